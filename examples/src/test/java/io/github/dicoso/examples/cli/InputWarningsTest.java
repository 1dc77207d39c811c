package io.github.dicoso.examples.cli;

import static io.github.dicoso.examples.cli.EvaluateCommandTest.VISITS_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that are odd but usable: the run succeeds (exit 0) and says what it noticed. */
class InputWarningsTest {
  @TempDir Path dir;
  Path officers;
  Path visits;

  @BeforeEach
  void writeOfficers() throws IOException {
    officers =
        Tool.write(dir, "officers.csv", "officer_id,level,employment", "O-1,PROVINCIAL,FULL_TIME");
  }

  private Tool.Run evaluate(String year) {
    return Tool.run(
        "evaluate",
        "--officers",
        officers.toString(),
        "--visits",
        visits.toString(),
        "--year",
        year,
        "--out",
        dir.resolve("results.csv").toString());
  }

  @Test
  void evaluate_visitsFileWithNoRows_warnsAndEvaluates() throws IOException {
    visits = Tool.write(dir, "visits.csv", VISITS_HEADER);

    Tool.Run run = evaluate("2019");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).contains("warning: " + visits + " has no rows: no visit is credited");
    assertThat(Tool.read(dir.resolve("results.csv"))).contains("O-1,,,NON_COMPLIANT,,60,0,60,");
  }

  @Test
  void evaluate_yearWithoutVisits_warnsNamingWhenTheVisitsAre() throws IOException {
    visits =
        Tool.write(
            dir,
            "visits.csv",
            VISITS_HEADER,
            "V-1,O-1,2018-03-01,2018-03-05,THEMATIC,Huyện đoàn,DISTRICT,,,,,,",
            "V-2,O-1,2018-11-01,,THEMATIC,Huyện đoàn,DISTRICT,,,,,,");

    Tool.Run run = evaluate("2019");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err())
        .contains(
            "warning: no visit falls in the period 2019-01-01..2019-12-31"
                + " (the 2 visits run from 2018-03-01 to 2018-11-01)");
  }

  @Test
  void evaluate_excelTrailingEmptyRows_areIgnoredWithAWarning() throws IOException {
    visits =
        Tool.write(
            dir,
            "visits.csv",
            VISITS_HEADER,
            "V-1,O-1,2019-03-01,2019-03-05,THEMATIC,Huyện đoàn,DISTRICT,,,,,,",
            ",,,,,,,,,,,,",
            ",,,,,,,,,,,,",
            ",,,,,,,,,,,,");

    Tool.Run run = evaluate("2019");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("warning: " + visits + ": 3 empty rows at the end (lines 3-5) ignored");
    assertThat(Tool.read(dir.resolve("results.csv"))).contains("O-1,,,NON_COMPLIANT,,60,5,55,");
  }

  @Test
  void evaluate_emptyRowBetweenRows_isAProblem() throws IOException {
    visits =
        Tool.write(
            dir,
            "visits.csv",
            VISITS_HEADER,
            ",,,,,,,,,,,,",
            "V-1,O-1,2019-03-01,2019-03-05,THEMATIC,Huyện đoàn,DISTRICT,,,,,,");

    Tool.Run run = evaluate("2019");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains(visits + " line 2, value ',,,,,,,,,,,,'")
        .contains("the row is empty")
        .doesNotContain("a value is required");
  }
}
