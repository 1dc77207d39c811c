package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection, inputs: a variant file as Windows tools save it, and leaves of every fate, each
 * of which must be accounted for in the JSON.
 */
class InputFaultsTest {
  @TempDir Path dir;

  // Defect 10: a variant file with a UTF-8 BOM is rejected.

  @Test
  @DisplayName("10. a variant file with a UTF-8 byte order mark is read like any other")
  void variantFileWithByteOrderMark_isRead() throws IOException {
    Path variant = dir.resolve("trial.properties");
    Files.writeString(
        variant,
        "\uFEFFname = bom-trial\nbase = national-2018\nrequired-days = 30\n",
        StandardCharsets.UTF_8);

    Tool.Run run = Tool.run("evaluate", "--sample", "--policy", variant.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("Policy: bom-trial");
    assertThat(run.err()).doesNotContain("unknown key");
  }

  // Defect 17: leaves cannot be accounted for.

  @Test
  @DisplayName("17. the JSON says what became of every leave: applied, or why not")
  void json_everyLeaveOfEveryFate_isListedWithWhatBecameOfIt() throws IOException {
    Path officers =
        Tool.write(
            dir,
            "officers.csv",
            "officer_id,level,employment",
            "O-1,PROVINCIAL,FULL_TIME",
            "O-2,PROVINCIAL,PART_TIME",
            "O-3,PROVINCIAL,FULL_TIME");
    Path visits =
        Tool.write(
            dir,
            "visits.csv",
            "visit_id,officer_id,start,kinds,host_unit,host_level",
            "V-1,O-1,2019-03-01,THEMATIC,Huyện đoàn,DISTRICT");
    Path leaves =
        Tool.write(
            dir,
            "leaves.csv",
            "officer_id,kind,start,end",
            "O-1,OTHER,2019-07-22,2019-07-26",
            "O-2,SICK,2019-09-01,2019-09-30",
            "O-1,SICK,2018-03-01,2018-03-31",
            "O-9,SICK,2019-02-01,2019-02-10",
            "O-1,SICK,2019-09-01,2019-09-30",
            "O-3,MATERNITY,2019-04-15,2019-10-14");
    Path json = dir.resolve("results.json");

    Tool.Run run =
        Tool.run(
            "evaluate",
            "--officers",
            officers.toString(),
            "--visits",
            visits.toString(),
            "--leaves",
            leaves.toString(),
            "--year",
            "2019",
            "--json",
            json.toString());

    assertThat(run.status()).as(run.err()).isZero();
    List<String> fates = new ArrayList<>();
    new ObjectMapper()
        .readTree(json.toFile())
        .get("inputLeaves")
        .forEach(
            l ->
                fates.add(
                    l.get("line").asInt()
                        + " "
                        + l.get("leave").get("officerId").asText()
                        + " "
                        + l.get("leave").get("kind").asText()
                        + " "
                        + (l.get("applied").asBoolean() ? "applied " : "not applied ")
                        + l.get("outcome").asText()
                        + " "
                        + l.get("daysAway").asInt()));
    assertThat(fates)
        .containsExactly(
            "2 O-1 OTHER not applied NOT_QUALIFYING 0",
            "3 O-2 SICK not applied OFFICER_NOT_SUBJECT 0",
            "4 O-1 SICK not applied OUTSIDE_PERIOD 0",
            "5 O-9 SICK not applied UNKNOWN_OFFICER 0",
            "6 O-1 SICK applied REDUCES 30",
            "7 O-3 MATERNITY applied EXEMPTS 0");
  }

  @Test
  @DisplayName("17. in a generated agency every input leave is in the JSON, once")
  void json_generatedAgency_listsEveryInputLeaveOnce() throws IOException {
    GeneratedPopulation population = GeneratedPopulation.write(dir, 2_000, 17L);
    Path json = dir.resolve("results.json");

    Tool.Run run =
        Tool.run(
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
            json.toString());

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode leaves = new ObjectMapper().readTree(json.toFile()).get("inputLeaves");
    Set<Long> lines = new HashSet<>();
    TreeMap<String, Integer> byOutcome = new TreeMap<>();
    leaves.forEach(
        l -> {
          lines.add(l.get("line").asLong());
          byOutcome.merge(l.get("outcome").asText(), 1, Integer::sum);
        });
    assertThat(lines)
        .containsExactlyInAnyOrderElementsOf(
            LongStream.rangeClosed(2, population.leaveCount() + 1).boxed().toList());
    assertThat(byOutcome)
        .containsKeys(
            "EXEMPTS",
            "REDUCES",
            "NOT_QUALIFYING",
            "OFFICER_NOT_SUBJECT",
            "OUTSIDE_PERIOD",
            "UNKNOWN_OFFICER");
    assertThat(byOutcome.values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(population.leaveCount());
  }
}
