package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.schedule.FirstFullWeek;
import io.github.dicoso.schedule.ScheduleCalendar;
import io.github.dicoso.schedule.ScheduleCalendars;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan}: the review of quarterly plans against the windows, and pacing. */
class PlanCommandTest {
  private static final String SAMPLE = "src/main/resources/sample/";

  @TempDir Path dir;

  @Test
  void bundledCalendar_isBinhThuans2019Windows() {
    Problems problems = new Problems();

    ScheduleCalendar calendar =
        PlanInputs.calendar(
                CsvSource.resource(PlanCommand.SAMPLE_CALENDAR), problems, m -> {}, Progress.none())
            .orElseThrow();

    assertThat(problems.isEmpty()).isTrue();
    assertThat(calendar.windows()).isEqualTo(ScheduleCalendars.binhThuan2019().windows());
  }

  @Test
  void plan_sample_printsTheWindowsAndFlagsTheLateUnapprovedAndOverloadedPlans() {
    Tool.Run run = Tool.run("plan", "--sample");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "  2019-Q1: 03-18..03-29\n"
                + "  2019-Q2: 04-01..04-05, 05-06..05-10, 06-03..06-07\n"
                + "  2019-Q3: 07-01..07-05, 08-05..08-09, 09-02..09-06\n"
                + "  2019-Q4: 10-01..10-10, 11-04..11-08, 12-05..12-06\n")
        .contains("Not approved: BT-13 (submitted, 2019-03-20), BT-17 (draft)")
        .contains("registered late (2):")
        .contains("BT-07: Warning: The plan for 2019-Q2 (registered: 2019-03-29) missed the")
        .contains("BT-17: Warning: The plan for 2019-Q2 (registered: none) missed the")
        .contains("BT-07: Violation: Planned visit P19-09 (2019-04-08..2019-04-10) lies outside")
        .contains(
            "BT-01: Warning: Planned visits P19-02 and P19-03 overlap on 2019-05-07..2019-05-08")
        .contains("Officers BT-10, BT-11 of Ban Tuyên giáo planned the same topic")
        .contains("Huyện đoàn Hàm Tân receives 5 delegations in window 2019-Q2#1")
        .contains("they could travel as one (ghép đoàn)")
        .contains(
            "    - BT-13: Violation: Visit V-0223 was carried out without approval: its plan is"
                + " not approved (plan: submitted)");
    int carriedOut = run.out().indexOf("carried out without approval (");
    assertThat(run.out().indexOf("V-0223", carriedOut))
        .as("the visit of a registered plan comes first")
        .isLessThan(run.out().indexOf("never registered", carriedOut));
  }

  @Test
  void plan_asOfMidYear_givesEachOfficersPace() {
    Tool.Run run = Tool.run("plan", "--sample", "--as-of", "2019-06-30");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Pacing at 2019-06-30")
        .contains(
            "  BT-01: AT_RISK, 39 days credited + 15 planned ahead = 54 of 60 required; at most 223"
                + " reachable")
        .contains("  BT-16: UNREACHABLE, 24 days credited + 0 planned ahead = 24 of 30 required")
        .contains("Not paced (not subject or exempt): BT-06 NOT_SUBJECT, BT-09 EXEMPT");
  }

  @Test
  void plan_asOfYearEnd_paceOfACompliantOfficerIsOnTrack() {
    Tool.Run run = Tool.run("plan", "--sample", "--as-of", "2019-12-31", "--lang", "vi");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Rà soát kế hoạch năm 2019")
        .contains("Chưa được phê duyệt: BT-13 (đã nộp, 2019-03-20), BT-17 (bản nháp)")
        .contains("ngoài mọi đợt (1):")
        .containsPattern("  BT-01: đúng tiến độ, đã ghi nhận [0-9,]+ ngày");
  }

  @Test
  void plan_out_writesEveryRowAsCsvAndNeverOverAnInput() throws IOException {
    Path out = dir.resolve("review.csv");

    Tool.Run run = Tool.run("plan", "--sample", "--out", out.toString(), "--as-of", "2019-06-30");

    assertThat(run.status()).as(run.err()).isZero();
    List<CSVRecord> rows;
    try (CSVParser parser =
        CSVParser.builder()
            .setReader(new StringReader(Tool.read(out)))
            .setFormat(CsvTable.FORMAT)
            .get()) {
      rows = parser.getRecords();
    }
    assertThat(rows.get(0).toList()).isEqualTo(PlanReport.COLUMNS);
    long carriedOut =
        rows.stream().filter(r -> r.get(2).equals("CARRIED_OUT_WITHOUT_APPROVAL")).count();
    assertThat(carriedOut).isEqualTo(156 + 142);
    assertThat(rows)
        .anySatisfy(r -> assertThat(r.toList()).startsWith("plan", "2019-Q2", "SUBMITTED"))
        .anySatisfy(r -> assertThat(r.toList()).startsWith("finding", "2019-Q2", "HOST_OVERLOADED"))
        .anySatisfy(r -> assertThat(r.toList()).startsWith("pacing", "", "UNREACHABLE"));

    Path plans = Files.copy(Path.of(SAMPLE + "plan-2019.csv"), dir.resolve("plans.csv"));
    Tool.Run over =
        Tool.run(
            "plan",
            "--plans",
            plans.toString(),
            "--officers",
            SAMPLE + "officers.csv",
            "--calendar",
            SAMPLE + "calendar-binh-thuan-2019.csv",
            "--out",
            plans.toString());
    assertThat(over.status()).isEqualTo(2);
    assertThat(over.err()).contains("outputs never overwrite inputs");
    assertThat(Tool.read(plans)).isEqualTo(Files.readString(Path.of(SAMPLE + "plan-2019.csv")));
  }

  @Test
  void plan_generatedFirstFullWeek_movesSeptemberPastTheHoliday() {
    Tool.Run run =
        Tool.run(
            "plan",
            "--plans",
            SAMPLE + "plan-2019.csv",
            "--officers",
            SAMPLE + "officers.csv",
            "--generate",
            "first-full-week",
            "--holidays",
            "2019-09-02,2019-04-30",
            "--policy",
            SAMPLE + "binh-thuan-2019-plans.properties");

    assertThat(run.status()).as(run.err()).isZero();
    ScheduleCalendar expected =
        FirstFullWeek.calendar(
            Year.of(2019), Set.of(LocalDate.of(2019, 9, 2), LocalDate.of(2019, 4, 30)));
    assertThat(run.out())
        .contains("Windows (first-full-week, holidays 2019-09-02, 2019-04-30):")
        .contains("  2019-Q3: 07-01..07-05, 08-05..08-09, 09-09..09-13")
        .contains(expected.toString().lines().findFirst().orElseThrow());
  }

  @Test
  void plan_plansAndCalendarInOneWorkbook_readAsFromCsv() throws IOException {
    Map<String, List<List<Object>>> sheets = Workbooks.sheets();
    sheets.put(
        "plans",
        SheetInputTest.rowsOf(
            Path.of(SAMPLE + "plan-2019.csv"),
            Set.of("start", "end", "registered", "approved_on")));
    sheets.put(
        "calendar",
        SheetInputTest.rowsOf(
            Path.of(SAMPLE + "calendar-binh-thuan-2019.csv"), Set.of("start", "end")));
    Path book = Workbooks.write(dir.resolve("plans.xlsx"), sheets);
    String[] common = {
      "--officers", SAMPLE + "officers.csv", "--policy", SAMPLE + "binh-thuan-2019-plans.properties"
    };

    Tool.Run fromBook =
        Tool.run(
            concat(
                List.of("plan", "--plans", book.toString(), "--calendar", book.toString()),
                common));
    Tool.Run fromCsv =
        Tool.run(
            concat(
                List.of(
                    "plan",
                    "--plans",
                    SAMPLE + "plan-2019.csv",
                    "--calendar",
                    SAMPLE + "calendar-binh-thuan-2019.csv"),
                common));

    assertThat(fromBook.status()).as(fromBook.err()).isZero();
    assertThat(fromBook.out().substring(fromBook.out().indexOf("  2019-Q1")))
        .isEqualTo(fromCsv.out().substring(fromCsv.out().indexOf("  2019-Q1")));
  }

  @Test
  void plan_badPlanRows_exit2NamingFileLineColumnAndValue() throws IOException {
    Path plans =
        Tool.write(
            dir,
            "plans.csv",
            String.join(",", PlanInputs.PLANS.columns()),
            "BT-01,2019-Q2,P-1,2019-04-01,2019-04-03,Huyện đoàn Hàm Tân,DISTRICT,Chủ đề,,APPROVED,2019-03-20,,2019-03-25",
            "BT-01,2019-Q2,P-2,2019-07-01,,Huyện đoàn Hàm Tân,DISTRICT,Chủ đề,,APPROVED,2019-03-20,Thường trực,2019-03-25",
            "BT-99,2019-Q2,P-3,2019-04-01,,Huyện đoàn Hàm Tân,DISTRICT,Chủ đề,,SUBMITTED,2019-03-20,,");

    Tool.Run run =
        Tool.run(
            "plan",
            "--plans",
            plans.toString(),
            "--officers",
            SAMPLE + "officers.csv",
            "--calendar",
            SAMPLE + "calendar-binh-thuan-2019.csv");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            plans + " line 2, column approved_by, value '': an APPROVED plan needs who approved it")
        .contains(
            plans
                + " line 3, column quarter, value '2019-Q2': the visit starts on 2019-07-01, in 2019-Q3")
        .contains(
            plans
                + " line 4, column officer_id, value 'BT-99': no such officer in the officers file");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void plan_noOptions_namesEveryMissingOneAtOnce() {
    Tool.Run run = Tool.run("plan");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines().toList())
        .containsExactly(
            "dicoso plan: Missing required options: '--plans=FILE', '--officers=FILE',"
                + " '--calendar=FILE' (or --generate first-full-week) (or --sample)",
            "see 'dicoso plan --help'");
  }

  private static String[] concat(List<String> first, String... rest) {
    List<String> all = new ArrayList<>(first);
    all.addAll(List.of(rest));
    return all.toArray(String[]::new);
  }
}
