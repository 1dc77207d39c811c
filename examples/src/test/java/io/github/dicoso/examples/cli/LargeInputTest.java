package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A year of 100,000 visits runs to completion and shows progress only in a terminal. */
class LargeInputTest {
  static final int OFFICERS = 1_000;
  static final int VISITS_EACH = 100;

  @TempDir Path dir;

  /** Officer i makes 100 one-day visits, every third day from 2 January: 100 credited days each. */
  private void writeInput() throws IOException {
    try (BufferedWriter out =
        Files.newBufferedWriter(dir.resolve("officers.csv"), StandardCharsets.UTF_8)) {
      out.write("officer_id,name,level,employment\n");
      for (int i = 0; i < OFFICERS; i++) {
        out.write("O-" + i + ",Officer " + i + ",PROVINCIAL,FULL_TIME\n");
      }
    }
    LocalDate first = LocalDate.of(2019, 1, 2);
    try (BufferedWriter out =
        Files.newBufferedWriter(dir.resolve("visits.csv"), StandardCharsets.UTF_8)) {
      out.write("visit_id,officer_id,start,kinds,host_unit,host_level\n");
      int id = 0;
      for (int v = 0; v < VISITS_EACH; v++) {
        String date = first.plusDays(3L * v).toString();
        String kind = List.of("THEMATIC", "CO_ORGANIZING", "INSPECTION", "MEETING").get(v % 4);
        for (int i = 0; i < OFFICERS; i++) {
          out.write(
              "V-"
                  + id++
                  + ",O-"
                  + i
                  + ","
                  + date
                  + ","
                  + kind
                  + ",Đoàn xã "
                  + (v % 7)
                  + ",COMMUNE\n");
        }
      }
    }
  }

  @Test
  void evaluate_100000Visits_completesWithEveryOfficerCreditedAndProgressOnStandardError()
      throws IOException {
    writeInput();
    Path json = dir.resolve("results.json");
    Path out = dir.resolve("results.csv");

    Tool.Run run =
        Tool.run(
            true,
            "evaluate",
            "--officers",
            dir.resolve("officers.csv").toString(),
            "--visits",
            dir.resolve("visits.csv").toString(),
            "--year",
            "2019",
            "--out",
            out.toString(),
            "--json",
            json.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).contains("visits.csv: 100,000 rows read");
    JsonNode summary = new ObjectMapper().readTree(json.toFile()).get("unitReport");
    assertThat(summary.get("evaluated").asInt()).isEqualTo(OFFICERS);
    assertThat(summary.get("compliant").asInt()).isEqualTo(OFFICERS);
    assertThat(summary.get("totalCredited").asLong()).isEqualTo((long) OFFICERS * VISITS_EACH);
    assertThat(summary.get("hostUnits")).hasSize(7);
    List<String> lines = Files.readAllLines(out);
    assertThat(lines).hasSize(OFFICERS + 1);
    assertThat(lines.subList(1, lines.size()))
        .allSatisfy(l -> assertThat(l).contains(",,COMPLIANT,,60,100,0,25,25,25,25,0,100,0"));
  }

  @Test
  void evaluate_notInATerminal_showsNoProgress() throws IOException {
    List<String> lines = new java.util.ArrayList<>(List.of(EvaluateCommandTest.VISITS_HEADER));
    for (int i = 0; i < Progress.EVERY; i++) {
      lines.add("V-" + i + ",O-1,2019-03-01,,THEMATIC,Huyện đoàn,DISTRICT,,,,,,");
    }
    Tool.write(dir, "visits.csv", lines.toArray(String[]::new));
    Tool.write(dir, "officers.csv", "officer_id,level,employment", "O-1,PROVINCIAL,FULL_TIME");

    Tool.Run run =
        Tool.run(
            false,
            "evaluate",
            "--officers",
            dir.resolve("officers.csv").toString(),
            "--visits",
            dir.resolve("visits.csv").toString(),
            "--year",
            "2019");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("rows read");
  }
}
