package io.github.dicoso.examples.cli;

import static io.github.dicoso.examples.cli.EvaluateCommandTest.OFFICERS_HEADER;
import static io.github.dicoso.examples.cli.EvaluateCommandTest.VISITS_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input stops the run with exit status 2 and a message on standard error naming
 * the file, the line, the column and the value; nothing is written.
 */
class BadInputTest {
  @TempDir Path dir;
  Path officers;
  Path visits;
  Path leaves;

  @BeforeEach
  void writeGoodInput() throws IOException {
    officers = Tool.write(dir, "officers.csv", OFFICERS_HEADER, "O-1,Lan,PROVINCIAL,FULL_TIME,,,");
    visits =
        Tool.write(
            dir,
            "visits.csv",
            VISITS_HEADER,
            "V-1,O-1,2019-03-01,2019-03-05,THEMATIC,Huyện đoàn Hàm Tân,DISTRICT,,,,,,");
    leaves =
        Tool.write(
            dir, "leaves.csv", "officer_id,kind,start,end", "O-1,SICK,2019-09-01,2019-09-30");
  }

  private Tool.Run evaluate() {
    return Tool.run(
        "evaluate",
        "--officers",
        officers.toString(),
        "--visits",
        visits.toString(),
        "--leaves",
        leaves.toString(),
        "--year",
        "2019",
        "--out",
        dir.resolve("results.csv").toString());
  }

  /**
   * Asserts exit status 2, each fragment on standard error, nothing on standard output, no output.
   */
  private Tool.Run assertBadInput(String... fragments) {
    Tool.Run run = evaluate();
    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains(fragments);
    assertThat(run.out()).isEmpty();
    assertThat(dir.resolve("results.csv")).doesNotExist();
    return run;
  }

  private static String visit(
      String id, String start, String end, String kinds, String halfDay, String description) {
    return id
        + ",O-1,"
        + start
        + ","
        + end
        + ","
        + kinds
        + ",Huyện đoàn Hàm Tân,DISTRICT,,,,"
        + halfDay
        + ",,"
        + description;
  }

  @Test
  void evaluate_goodInput_succeeds() {
    assertThat(evaluate().status()).isZero();
  }

  @Test
  void evaluate_badDate_namesFileLineColumnAndValue() throws IOException {
    visits =
        Tool.write(
            dir,
            "visits.csv",
            VISITS_HEADER,
            visit("V-1", "2019-03-01", "", "THEMATIC", "", ""),
            visit("V-2", "2019-02-30", "", "THEMATIC", "", ""));

    assertBadInput("visits.csv line 3, column start, value '2019-02-30': not a date");
  }

  @Test
  void evaluate_unknownEnumValue_namesTheValueAndTheAllowedOnes() throws IOException {
    officers = Tool.write(dir, "officers.csv", OFFICERS_HEADER, "O-1,Lan,PROVINCE,FULL_TIME,,,");

    assertBadInput(
        "officers.csv line 2, column level, value 'PROVINCE': unknown value (expected one of"
            + " CENTRAL|PROVINCIAL|DISTRICT)");
  }

  @Test
  void evaluate_unknownKindInList_namesTheKind() throws IOException {
    visits =
        Tool.write(
            dir,
            "visits.csv",
            VISITS_HEADER,
            visit("V-1", "2019-03-01", "", "THEMATIC;TRAINING", "", ""));

    assertBadInput(
        "visits.csv line 2, column kinds, value 'THEMATIC;TRAINING': unknown value TRAINING");
  }

  @Test
  void evaluate_visitEndBeforeStart_namesTheEnd() throws IOException {
    visits =
        Tool.write(
            dir,
            "visits.csv",
            VISITS_HEADER,
            visit("V-1", "2019-03-05", "2019-03-01", "THEMATIC", "", ""));

    assertBadInput(
        "visits.csv line 2, column end, value '2019-03-01': the end is before the start 2019-03-05");
  }

  @Test
  void evaluate_leaveEndBeforeStart_namesTheEnd() throws IOException {
    leaves =
        Tool.write(
            dir, "leaves.csv", "officer_id,kind,start,end", "O-1,SICK,2019-09-30,2019-09-01");

    assertBadInput(
        "leaves.csv line 2, column end, value '2019-09-01': the end is before the start");
  }

  @Test
  void evaluate_duplicateOfficerId_namesBothLines() throws IOException {
    officers =
        Tool.write(
            dir,
            "officers.csv",
            OFFICERS_HEADER,
            "O-1,Lan,PROVINCIAL,FULL_TIME,,,",
            "O-2,Minh,PROVINCIAL,FULL_TIME,,,",
            "O-1,Lan again,PROVINCIAL,FULL_TIME,,,");

    assertBadInput(
        "officers.csv line 4, column officer_id, value 'O-1': duplicate id (first on line 2)");
  }

  @Test
  void evaluate_duplicateVisitId_namesBothLines() throws IOException {
    visits =
        Tool.write(
            dir,
            "visits.csv",
            VISITS_HEADER,
            visit("V-1", "2019-03-01", "", "THEMATIC", "", ""),
            visit("V-1", "2019-04-01", "", "MEETING", "", ""));

    assertBadInput(
        "visits.csv line 3, column visit_id, value 'V-1': duplicate id (first on line 2)");
  }

  @Test
  void evaluate_missingRequiredColumn_namesTheColumn() throws IOException {
    visits =
        Tool.write(
            dir,
            "visits.csv",
            "visit_id,officer_id,start,kinds,host_unit",
            "V-1,O-1,2019-03-01,THEMATIC,Huyện đoàn Hàm Tân");

    assertBadInput("visits.csv line 1, column host_level, value '': required column is missing");
  }

  @Test
  void evaluate_blankRequiredValue_namesTheColumn() throws IOException {
    visits =
        Tool.write(
            dir,
            "visits.csv",
            VISITS_HEADER,
            ",O-1,2019-03-01,,THEMATIC,Huyện đoàn Hàm Tân,DISTRICT,,,,,,");

    assertBadInput("visits.csv line 2, column visit_id, value '': a value is required");
  }

  @Test
  void evaluate_badBoolean_namesTheValue() throws IOException {
    visits =
        Tool.write(
            dir,
            "visits.csv",
            VISITS_HEADER,
            "V-1,O-1,2019-03-01,,THEMATIC,Huyện đoàn Hàm Tân,DISTRICT,yes,,,,,");

    assertBadInput("visits.csv line 2, column invited, value 'yes': not true or false");
  }

  @Test
  void evaluate_halfDayOverSeveralDays_namesTheColumn() throws IOException {
    visits =
        Tool.write(
            dir,
            "visits.csv",
            VISITS_HEADER,
            visit("V-1", "2019-03-01", "2019-03-02", "MEETING", "true", ""));

    assertBadInput(
        "visits.csv line 2, column half_day, value 'true': a half-day visit lasts one day");
  }

  @Test
  void evaluate_noKindsAndNoDescription_namesTheColumn() throws IOException {
    visits =
        Tool.write(dir, "visits.csv", VISITS_HEADER, visit("V-1", "2019-03-01", "", "", "", ""));

    assertBadInput(
        "visits.csv line 2, column kinds, value '': no kinds of work and no description");
  }

  @Test
  void evaluate_badServicePeriod_namesTheValue() throws IOException {
    officers =
        Tool.write(
            dir,
            "officers.csv",
            OFFICERS_HEADER,
            "O-1,Lan,PROVINCIAL,FULL_TIME,,,2019-03-01-2019-12-31");

    assertBadInput("officers.csv line 2, column service, value '2019-03-01-2019-12-31'");
  }

  @Test
  void evaluate_implausibleDate_namesTheColumnAndValue() throws IOException {
    visits =
        Tool.write(
            dir, "visits.csv", VISITS_HEADER, visit("V-1", "1900-03-01", "", "THEMATIC", "", ""));

    assertBadInput(
        "visits.csv line 2, column start, value '1900-03-01': the date is outside the plausible"
            + " range 1931-03-26..2199-12-31");
  }

  @Test
  void evaluate_implausibleServicePeriod_namesTheColumnAndValue() throws IOException {
    officers =
        Tool.write(
            dir,
            "officers.csv",
            OFFICERS_HEADER,
            "O-1,Lan,PROVINCIAL,FULL_TIME,,,2019-03-01..2200-01-01");

    assertBadInput(
        "officers.csv line 2, column service, value '2019-03-01..2200-01-01': the date is outside");
  }

  @Test
  void evaluate_wrongNumberOfValues_namesTheLine() throws IOException {
    visits =
        Tool.write(
            dir, "visits.csv", VISITS_HEADER, "V-1,O-1,2019-03-01,THEMATIC,Huyện đoàn,DISTRICT");

    assertBadInput(
        "visits.csv line 2, value 'V-1,O-1,2019-03-01,THEMATIC,Huyện đoàn,DISTRICT': the row has 6 values"
            + " where the header has 13 columns");
  }

  @Test
  void evaluate_quotedValueOverSeveralLines_countsLinesFromTheRecordStart() throws IOException {
    visits =
        Tool.write(
            dir,
            "visits.csv",
            VISITS_HEADER,
            "V-1,O-1,2019-03-01,,THEMATIC,Huyện đoàn,DISTRICT,,,,,,\"first line\nsecond line\nthird\"",
            visit("V-2", "2019-03-32", "", "THEMATIC", "", ""));

    assertBadInput("visits.csv line 5, column start, value '2019-03-32'");
  }

  @Test
  void evaluate_problemsInSeveralFiles_listsThemAll() throws IOException {
    officers = Tool.write(dir, "officers.csv", OFFICERS_HEADER, "O-1,Lan,PROVINCIAL,FULLTIME,,,");
    leaves =
        Tool.write(
            dir, "leaves.csv", "officer_id,kind,start,end", "O-1,HOLIDAY,2019-09-01,2019-09-30");
    visits =
        Tool.write(
            dir,
            "visits.csv",
            VISITS_HEADER,
            visit("V-1", "2019-03-01", "", "THEMATIC", "", ""),
            visit("V-2", "2019-3-4", "", "THEMATIC", "", ""),
            visit("V-3", "2019-03-01", "", "THEMATIC", "maybe", ""));

    Tool.Run run =
        assertBadInput(
            "4 problems in the input; nothing was evaluated",
            "officers.csv line 2, column employment, value 'FULLTIME'",
            "leaves.csv line 2, column kind, value 'HOLIDAY'",
            "visits.csv line 3, column start, value '2019-3-4'",
            "visits.csv line 4, column half_day, value 'maybe'");
    assertThat(run.err().lines().filter(l -> l.startsWith("  "))).hasSize(4);
  }

  @Test
  void evaluate_manyProblems_listsUpToTheLimitAndCountsTheRest() throws IOException {
    List<String> lines = new ArrayList<>(List.of(VISITS_HEADER));
    int bad = Problems.LIMIT_PER_FILE + 50;
    IntStream.rangeClosed(1, bad)
        .forEach(i -> lines.add(visit("V-" + i, "2019-02-30", "", "THEMATIC", "", "")));
    visits = Tool.write(dir, "visits.csv", lines.toArray(String[]::new));

    Tool.Run run =
        assertBadInput(
            bad + " problems",
            "visits.csv line " + (Problems.LIMIT_PER_FILE + 1) + ",",
            "... and 50 more in " + visits);
    assertThat(run.err()).doesNotContain("visits.csv line " + (Problems.LIMIT_PER_FILE + 2) + ",");
  }

  @Test
  void evaluate_emptyFile_saysWhatHeaderIsExpected() throws IOException {
    leaves = Tool.write(dir, "leaves.csv");
    Files.writeString(leaves, "");

    assertBadInput(
        "leaves.csv line 1",
        "the file is empty; expected a header row naming the columns officer_id,"
            + " kind, start, end");
  }

  @Test
  void evaluate_missingFile_namesIt() {
    visits = dir.resolve("no-such-visits.csv");

    assertBadInput("no-such-visits.csv: cannot be read: no such file");
  }

  @Test
  void evaluate_fileNotUtf8_saysSo() throws IOException {
    Files.write(
        officers,
        (OFFICERS_HEADER + "\nO-1,L\u00ea,PROVINCIAL,FULL_TIME,,,\n")
            .getBytes(StandardCharsets.ISO_8859_1));

    assertBadInput("officers.csv: the file is not valid UTF-8 text");
  }

  @Test
  void evaluate_byteOrderMarkAndCrLf_areAccepted() throws IOException {
    Files.writeString(
        officers, "\uFEFF" + OFFICERS_HEADER + "\r\nO-1,Lan,PROVINCIAL,FULL_TIME,,,\r\n");

    Tool.Run run = evaluate();

    assertThat(run.status()).as(run.err()).isZero();
  }
}
