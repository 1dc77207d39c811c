package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The tool's command line: no arguments, help, version, usage errors and exit codes. */
class DicosoCliTest {
  static List<String> sampleOfficerIds() throws IOException {
    try (InputStream in = DicosoCliTest.class.getResourceAsStream("/sample/officers.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .skip(1)
          .map(l -> l.substring(0, l.indexOf(',')))
          .toList();
    }
  }

  @Test
  void run_noArguments_printsTheSampleUnitReportAndOneLinePerOfficer() throws IOException {
    Tool.Run run = Tool.run();

    assertThat(run.status()).as(run.err()).isZero();
    List<String> ids = sampleOfficerIds();
    assertThat(ids).hasSizeBetween(20, 30);
    assertThat(run.out())
        .contains(
            "Unit report: " + Sample.NAME,
            "In scope: " + ids.size() + ";",
            "rate:",
            "national-2018");
    for (String id : ids) {
      // one line in the results table, one in the table of days by kind of work and host level
      assertThat(run.out().lines().filter(l -> l.startsWith(id + " "))).as(id).hasSize(2);
    }
  }

  @Test
  void run_noArguments_sameAsEvaluateSample() {
    assertThat(Tool.run().out()).isEqualTo(Tool.run("evaluate", "--sample").out());
  }

  @Test
  void run_noArguments_reportsTheSampleDataProblemsOnStandardError() {
    Tool.Run run = Tool.run();

    assertThat(run.err())
        .contains("unknown column 'ghi_chu' ignored")
        .contains("name an officer not in the officers file");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "evaluate", "explain", "compare"})
  void run_help_printsUsageOnStandardOutputAndExitsZero(String command) {
    Tool.Run run = command.isEmpty() ? Tool.run("--help") : Tool.run(command, "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Usage: dicoso").contains("--help");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void run_help_listsTheCommands() {
    assertThat(Tool.run("--help").out()).contains("evaluate", "explain", "compare");
  }

  @Test
  void run_version_printsIt() {
    Tool.Run run = Tool.run("--version");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("dicoso ");
  }

  @Test
  void run_unknownOption_exits2WithTheMessageOnStandardError() {
    Tool.Run run = Tool.run("evaluate", "--sample", "--colour");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--colour'");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void run_unknownCommand_exits2() {
    Tool.Run run = Tool.run("evalute");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("evalute");
  }

  @Test
  void evaluate_withoutFilesOrSample_exits2NamingTheMissingOptions() {
    Tool.Run run = Tool.run("evaluate", "--year", "2019");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("'--officers=FILE', '--visits=FILE'");
  }

  @Test
  void evaluate_withoutYear_exits2() {
    Tool.Run run = Tool.run("evaluate", "--officers", "o.csv", "--visits", "v.csv");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--year");
  }

  @Test
  void evaluate_sampleWithFiles_exits2() {
    Tool.Run run = Tool.run("evaluate", "--sample", "--officers", "o.csv");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--sample cannot be combined");
  }

  @Test
  void evaluate_unknownLanguage_exits2() {
    Tool.Run run = Tool.run("evaluate", "--sample", "--lang", "fr");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--lang fr is not one of en, vi");
  }

  @Test
  void evaluate_unknownPolicy_exits2NamingTheKnownOnes() {
    Tool.Run run = Tool.run("evaluate", "--sample", "--policy", "national-2030");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("national-2030").contains("national-2018");
  }

  @Test
  void evaluate_vietnamese_printsTheReportInVietnamese() {
    Tool.Run run = Tool.run("evaluate", "--sample", "--lang", "vi");

    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("Báo cáo đơn vị", "tỷ lệ", "CHƯA ĐẠT", "Chuyên đề");
  }
}
