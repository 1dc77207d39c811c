package io.github.dicoso.examples.cli;

import static io.github.dicoso.examples.cli.EvaluateCommandTest.VISITS_HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection, messages: each test feeds the tool one kind of bad input end to end and checks
 * what the message says: where, what, and nothing raw or unbounded.
 */
class MessageFaultsTest {
  @TempDir Path dir;

  private Path officers;
  private Path visits;

  private Tool.Run evaluate(String... extra) throws IOException {
    if (officers == null) {
      officers =
          Tool.write(
              dir,
              "officers.csv",
              "officer_id,name,level,employment",
              "O-1,Lan,PROVINCIAL,FULL_TIME");
    }
    if (visits == null) {
      visits =
          Tool.write(
              dir,
              "visits.csv",
              "visit_id,officer_id,start,end,kinds,host_unit,host_level",
              "V-1,O-1,2019-03-01,2019-03-05,THEMATIC,Huyện đoàn,DISTRICT");
    }
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "evaluate",
                "--officers",
                officers.toString(),
                "--visits",
                visits.toString(),
                "--year",
                "2019"));
    args.addAll(List.of(extra));
    return Tool.run(args.toArray(String[]::new));
  }

  // Defect 9: bad values are echoed in full.

  @Test
  @DisplayName("9. a 10 MB bad value is echoed in at most 80 characters")
  void badValue_tenMegabytes_isEchoedInAtMost80Characters() throws IOException {
    String huge = "2019-03-01" + "x".repeat(10_000_000);
    visits =
        Tool.write(
            dir,
            "visits.csv",
            "visit_id,officer_id,start,kinds,host_unit,host_level",
            "V-1,O-1," + huge + ",THEMATIC,Huyện đoàn,DISTRICT");

    Tool.Run run = evaluate();

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).hasSizeLessThan(1_000);
    Matcher value = Pattern.compile("value '([^']*)'").matcher(run.err());
    assertThat(value.find()).as(run.err()).isTrue();
    assertThat(value.group(1)).hasSizeLessThanOrEqualTo(80).startsWith("2019-03-01xxx");
  }

  // Defect 11: an unreadable file hides the cause.

  @Test
  @DisplayName("11. an unreadable input file gives the cause: permission denied")
  void unreadableFile_saysPermissionWasDenied() throws IOException {
    evaluate(); // writes the input files
    List<String> command =
        Launch.subjectToPermissions(
            dir,
            Launch.command(
                List.of(),
                "evaluate",
                "--officers",
                officers.toString(),
                "--visits",
                visits.toString(),
                "--year",
                "2019"));
    Files.setPosixFilePermissions(officers, PosixFilePermissions.fromString("---------"));

    Launch.Result run = Launch.run(command, dir);

    assertThat(run.status()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains(officers + ": cannot be read: permission denied");
  }

  @Test
  @DisplayName("11. an input that is a folder says so")
  void inputFolder_saysItIsAFolder() throws IOException {
    visits = Files.createDirectory(dir.resolve("visits"));

    Tool.Run run = evaluate();

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains(visits + ": cannot be read: it is a folder");
  }

  // Defect 12: an unterminated quote is reported at the wrong place.

  @Test
  @DisplayName("12. an unterminated quote is reported at the line and column where it opens")
  void unterminatedQuote_isReportedWhereItOpens() throws IOException {
    visits =
        Tool.write(
            dir,
            "visits.csv",
            VISITS_HEADER,
            "V-1,O-1,2019-03-01,,THEMATIC,Huyện đoàn,DISTRICT,,,,,,Khảo sát",
            "V-2,O-1,2019-03-02,,THEMATIC,Huyện đoàn,DISTRICT,,,,,,Khảo sát",
            "V-3,O-1,2019-03-03,,MEETING,Chi đoàn,BRANCH,,,,true,,\"Dự sinh hoạt chi đoàn buổi tối",
            "V-4,O-1,2019-03-04,,THEMATIC,Huyện đoàn,DISTRICT,,,,,,Khảo sát",
            "V-5,O-1,2019-03-05,,THEMATIC,Huyện đoàn,DISTRICT,,,,,,Khảo sát",
            "V-6,O-1,2019-03-06,,THEMATIC,Huyện đoàn,DISTRICT,,,,,,Khảo sát",
            "V-7,O-1,2019-03-07,,THEMATIC,Huyện đoàn,DISTRICT,,,,,,Khảo sát",
            "V-8,O-1,2019-03-08,,THEMATIC,Huyện đoàn,DISTRICT,,,,,,Khảo sát",
            "V-9,O-1,2019-03-09,,THEMATIC,Huyện đoàn,DISTRICT,,,,,,Khảo sát",
            "V-10,O-1,2019-03-10,,THEMATIC,Huyện đoàn,DISTRICT,,,,,,Khảo sát");

    Tool.Run run = evaluate();

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains(visits + " line 4, column description, value '\"Dự sinh hoạt chi đoàn")
        .contains("character 54")
        .contains("never closed")
        .doesNotContain("line 11")
        .doesNotContain("EOF");
  }

  // Defect 13: implausible dates lose their context.

  @Test
  @DisplayName("13. a date outside 1931-03-26..2199-12-31 is reported with its column and value")
  void implausibleDates_areReportedWithTheirColumnAndValue() throws IOException {
    visits =
        Tool.write(
            dir,
            "visits.csv",
            "visit_id,officer_id,start,end,kinds,host_unit,host_level",
            "V-1,O-1,2019-03-01,9999-12-31,THEMATIC,Huyện đoàn,DISTRICT",
            "V-2,O-1,0019-05-01,,THEMATIC,Huyện đoàn,DISTRICT",
            "V-3,O-1,+20199-01-01,,THEMATIC,Huyện đoàn,DISTRICT");

    Tool.Run run = evaluate();

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            visits + " line 2, column end, value '9999-12-31': the date is outside",
            visits + " line 3, column start, value '0019-05-01': the date is outside",
            visits + " line 4, column start, value '+20199-01-01': the date is outside",
            "1931-03-26..2199-12-31")
        .doesNotContain("value ''");
  }

  // Defect 14: problem order is unstable.

  @Test
  @DisplayName("14. problems are listed by file, line and column, the same on every run")
  void problems_areListedByFileLineAndColumn() throws IOException {
    officers = Tool.write(dir, "officers.csv", "name,officer_id", "Lan,O-1");
    visits =
        Tool.write(
            dir,
            "visits.csv",
            "host_level,start,visit_id,officer_id,host_unit,kinds",
            "PROVINCE,2019-02-30,,O-1,Huyện đoàn,THEMATIC",
            "DISTRICT,2019-13-01,V-2,,Huyện đoàn,THEMATIC");

    Tool.Run run = evaluate();

    assertThat(run.status()).isEqualTo(2);
    List<String> places =
        run.err()
            .lines()
            .map(l -> Pattern.compile("(\\S+) line (\\d+), column (\\w+)").matcher(l))
            .filter(Matcher::find)
            .map(m -> Path.of(m.group(1)).getFileName() + ":" + m.group(2) + ":" + m.group(3))
            .toList();
    assertThat(places)
        .containsExactly(
            "officers.csv:1:level",
            "officers.csv:1:employment",
            "visits.csv:2:host_level",
            "visits.csv:2:start",
            "visits.csv:2:visit_id",
            "visits.csv:3:start",
            "visits.csv:3:officer_id");
  }

  // Defect 15: control characters pass through raw.

  @Test
  @DisplayName("15. control characters in a text field are a named error, escaped in the message")
  void controlCharacters_areANamedErrorAndEscaped() throws IOException {
    officers =
        Tool.write(
            dir,
            "officers.csv",
            "officer_id,name,level,employment",
            "O-1,Lan\u0000\u000B\u001B[31m,PROVINCIAL,FULL_TIME");
    Path html = dir.resolve("report.html");

    Tool.Run run = evaluate("--html", html.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains(officers + " line 2, column name, value 'Lan\\u0000\\u000B\\u001B[31m'")
        .contains("control character");
    assertThat(run.err().chars().filter(c -> c < 0x20 && c != '\n' && c != '\r')).isEmpty();
    assertThat(html).doesNotExist();
  }
}
