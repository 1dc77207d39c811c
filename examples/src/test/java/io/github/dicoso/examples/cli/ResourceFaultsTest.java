package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection, resources: the tool run in a JVM of its own with a bounded heap, on inputs that
 * once exhausted it, and on one too large for the heap given.
 */
class ResourceFaultsTest {
  /** The population the issue measured: 10,000 officers, about 400,000 visits. */
  static final int OFFICERS = 10_000;

  @TempDir static Path shared;

  static GeneratedPopulation population;

  @TempDir Path dir;

  @BeforeAll
  static void generate() throws IOException {
    population = GeneratedPopulation.write(shared, OFFICERS, 20190101L);
  }

  // Defect 7: a tiny file can exhaust memory.

  @Test
  @DisplayName("7. 2,000 visits running to 2199 cost only their days in the year")
  void visitsEndingIn2199_costOnlyTheirDaysInTheYear() throws IOException {
    Tool.write(dir, "officers.csv", "officer_id,level,employment", "O-1,PROVINCIAL,FULL_TIME");
    Path visits = dir.resolve("visits.csv");
    try (BufferedWriter out = Files.newBufferedWriter(visits, StandardCharsets.UTF_8)) {
      out.write("visit_id,officer_id,start,end,kinds,host_unit,host_level\n");
      for (int i = 1; i <= 2_000; i++) {
        out.write("V-" + i + ",O-1,2019-03-01,2199-12-31,THEMATIC,Huyện đoàn,DISTRICT\n");
      }
    }
    assertThat(Files.size(visits)).isLessThan(140_000);
    Path results = dir.resolve("results.csv");

    Launch.Result run =
        Launch.run(
            Launch.command(
                List.of("-Xmx64m"),
                "evaluate",
                "--officers",
                "officers.csv",
                "--visits",
                "visits.csv",
                "--year",
                "2019",
                "--out",
                results.toString()),
            dir);

    assertThat(run.status()).as(run.err()).isZero();
    // 1 March to 31 December 2019: 306 days, once however many visits cover them
    assertThat(Files.readAllLines(results).get(1)).startsWith("O-1,,,COMPLIANT,,60,306,0,306,");
  }

  // Defect 8: running out of memory gives a raw stack trace and exit 1.

  @Test
  @DisplayName("8. running out of memory is exit 3 with one line saying how much to give")
  void outOfMemory_exits3WithOneLineSayingHowMuchMemoryToGive() throws IOException {
    Launch.Result run =
        Launch.run(
            Launch.command(
                List.of("-Xmx16m"),
                "evaluate",
                "--officers",
                population.officers().toString(),
                "--visits",
                population.visits().toString(),
                "--leaves",
                population.leaves().toString(),
                "--year",
                "2019",
                "--json",
                dir.resolve("results.json").toString()),
            dir);

    assertThat(run.status()).as(run.err()).isEqualTo(3);
    List<String> lines = run.err().lines().filter(l -> !l.startsWith("warning: ")).toList();
    assertThat(lines).as(run.err()).hasSize(1);
    assertThat(lines.get(0))
        .startsWith("dicoso: out of memory")
        .contains("16 MB")
        .containsPattern("-Xmx\\d+[mg]\\b");
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(dir.resolve("results.json")).doesNotExist();
  }

  // Done when: at 10,000 officers the tool peaks at no more than 512 MB heap.

  @Test
  @DisplayName("10,000 officers and every output run in a heap of 512 MB, every leave accounted")
  void tenThousandOfficers_runIn512MegabytesOfHeap() throws IOException {
    evaluatesEveryOfficerAndLeave("-Xmx512m", "--html", dir.resolve("report.html").toString());
  }

  // Memory bounded by a chunk of officers, not by the input: the visits are held in temporary
  // files.

  @Test
  @DisplayName("10,000 officers and 400,000 visits run in a heap of 128 MB with --out and --json")
  void tenThousandOfficers_runIn128MegabytesOfHeap_whenTheOutputsAreStreamed() throws IOException {
    evaluatesEveryOfficerAndLeave("-Xmx128m");
  }

  /**
   * Evaluates the population with {@code heap}, writing {@code --out}, {@code --json} and {@code
   * more} options, and checks that it succeeds with every officer and leave in the outputs.
   */
  private void evaluatesEveryOfficerAndLeave(String heap, String... more) throws IOException {
    Path json = dir.resolve("results.json");
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "evaluate",
                "--officers",
                population.officers().toString(),
                "--visits",
                population.visits().toString(),
                "--leaves",
                population.leaves().toString(),
                "--year",
                "2019",
                "--out",
                dir.resolve("results.csv").toString(),
                "--json",
                json.toString()));
    args.addAll(List.of(more));

    Launch.Result run = Launch.run(Launch.command(List.of(heap), args.toArray(String[]::new)), dir);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(population.visitCount()).isGreaterThan(350_000);
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.get("evaluations")).hasSize(OFFICERS);
    assertThat(root.get("inputLeaves")).hasSize(population.leaveCount());
    assertThat(Files.readAllLines(dir.resolve("results.csv"))).hasSize(OFFICERS + 1);
  }

  @Test
  @DisplayName("a temporary folder the visits cannot be written to is exit 1, naming it")
  void unwritableTemporaryFolder_isExit1_namingTheFolder_andWritesNothing() throws IOException {
    Path missing = dir.resolve("no-such-folder");
    Path results = dir.resolve("results.csv");

    Launch.Result run =
        Launch.run(
            Launch.command(
                List.of("-Djava.io.tmpdir=" + missing),
                "evaluate",
                "--sample",
                "--out",
                results.toString()),
            dir);

    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .contains("dicoso: cannot hold the visits in temporary files (in " + missing)
        .contains("-Djava.io.tmpdir=FOLDER")
        .contains("no output file was replaced")
        .doesNotContain("\tat ");
    assertThat(results).doesNotExist();
  }
}
