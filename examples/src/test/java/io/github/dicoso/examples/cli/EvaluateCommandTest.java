package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End-to-end runs of {@code evaluate} on small CSV files in a temporary folder. */
class EvaluateCommandTest {
  static final String OFFICERS_HEADER =
      "officer_id,name,level,employment,committee_member,department,service";
  static final String VISITS_HEADER =
      "visit_id,officer_id,start,end,kinds,host_unit,host_level,invited,approved,travel_order,half_day,report_date,description";

  @TempDir Path dir;
  Path officers;
  Path visits;
  Path leaves;

  @BeforeEach
  void writeInput() throws IOException {
    officers =
        Tool.write(
            dir,
            "officers.csv",
            OFFICERS_HEADER,
            "O-1,Nguyễn Thị Lan,PROVINCIAL,FULL_TIME,false,Ban Tuyên giáo,",
            "O-2,Trần Văn Minh,PROVINCIAL,FULL_TIME,,Văn phòng,",
            "O-3,Lê Văn Hải,PROVINCIAL,PART_TIME,,Văn phòng,",
            "O-4,Phạm Thị Thu,PROVINCIAL,FULL_TIME,,Văn phòng,");
    visits =
        Tool.write(
            dir,
            "visits.csv",
            VISITS_HEADER,
            // 31 days of March and 29 of April: 60 days
            "V-1,O-1,2019-03-01,2019-04-29,THEMATIC;MEETING,Huyện đoàn Hàm Tân,DISTRICT,,,,,,",
            "V-2,O-2,2019-05-06,2019-05-10,INSPECTION,Đoàn xã Tân Thắng,COMMUNE,,,,,,",
            "V-3,O-2,2019-05-13,,MEETING,Chi đoàn thôn Hiệp Hòa,BRANCH,,,,true,,Dự sinh hoạt chi đoàn buổi tối",
            "V-4,O-2,2019-06-03,,MEETING,Chi đoàn ấp Tân Điền,BRANCH,true,,,,,",
            "V-5,O-9,2019-06-03,,MEETING,Chi đoàn ấp Tân Điền,BRANCH,,,,,,");
    leaves =
        Tool.write(
            dir,
            "leaves.csv",
            "officer_id,kind,start,end",
            "O-4,STUDY,2019-01-01,2019-12-31",
            "O-9,SICK,2019-02-01,2019-02-10");
  }

  private Tool.Run evaluate(String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "evaluate",
                "--officers",
                officers.toString(),
                "--visits",
                visits.toString(),
                "--leaves",
                leaves.toString(),
                "--year",
                "2019"));
    args.addAll(List.of(extra));
    return Tool.run(args.toArray(String[]::new));
  }

  private static Map<String, Map<String, String>> resultsById(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file);
    List<String> header = List.of(lines.get(0).split(",", -1));
    return lines.stream()
        .skip(1)
        .map(l -> l.split(",", -1))
        .collect(
            Collectors.toMap(
                cells -> cells[0],
                cells -> {
                  Map<String, String> row = new java.util.LinkedHashMap<>();
                  for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), cells[i]);
                  }
                  return row;
                }));
  }

  @Test
  void evaluate_goodInput_writesResultsCsvWithTheDocumentedColumns() throws IOException {
    Path out = dir.resolve("results.csv");

    Tool.Run run = evaluate("--out", out.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.readAllLines(out).get(0))
        .isEqualTo(
            "officer_id,name,department,status,status_reason,required_days,credited_days,"
                + "shortfall_days,thematic_days,co_organizing_days,"
                + "inspection_days,meeting_days,branch_days,commune_days,district_days,findings");
    Map<String, Map<String, String>> rows = resultsById(out);
    assertThat(rows).containsOnlyKeys("O-1", "O-2", "O-3", "O-4");
    assertThat(rows.get("O-1"))
        .containsEntry("name", "Nguyễn Thị Lan")
        .containsEntry("department", "Ban Tuyên giáo")
        .containsEntry("status", "COMPLIANT")
        .containsEntry("status_reason", "")
        .containsEntry("required_days", "60")
        .containsEntry("credited_days", "60")
        .containsEntry("shortfall_days", "0")
        .containsEntry("thematic_days", "60")
        .containsEntry("meeting_days", "60")
        .containsEntry("district_days", "60")
        .containsEntry("branch_days", "0");
    assertThat(rows.get("O-2"))
        .containsEntry("status", "NON_COMPLIANT")
        .containsEntry("credited_days", "5.5")
        .containsEntry("shortfall_days", "54.5")
        .containsEntry("inspection_days", "5")
        .containsEntry("meeting_days", "0.5")
        .containsEntry("branch_days", "0.5")
        .containsEntry("commune_days", "5");
    assertThat(rows.get("O-2").get("findings").split(";")).contains("INVITED_ONLY_NOT_COUNTED");
    assertThat(rows.get("O-3"))
        .containsEntry("status", "NOT_SUBJECT")
        .containsEntry("status_reason", "EMPLOYMENT_NOT_SUBJECT");
    assertThat(rows.get("O-4"))
        .containsEntry("status", "EXEMPT")
        .containsEntry("status_reason", "STUDY")
        .containsEntry("required_days", "0");
  }

  @Test
  void evaluate_goodInput_printsUnitReportAndOneLinePerOfficer() {
    Tool.Run run = evaluate();

    assertThat(run.status()).isZero();
    assertThat(run.out())
        .contains(
            "Unit report: all officers",
            "In scope: 4; subject: 3; not subject: 1.",
            "compliant: 1; non-compliant: 1; rate: 50.00%");
    for (String id : List.of("O-1", "O-2", "O-3", "O-4")) {
      // one line in the results table, one in the table of days by kind of work and host level
      assertThat(run.out().lines().filter(l -> l.startsWith(id + " "))).hasSize(2);
    }
  }

  @Test
  void evaluate_json_holdsEvaluationsUnitReportAndExcludedVisits() throws IOException {
    Path json = Files.createDirectory(dir.resolve("out")).resolve("results.json");

    Tool.Run run = evaluate("--json", json.toString());

    assertThat(run.status()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.get("schema").asText()).isEqualTo("dicoso-tool-report/1");
    assertThat(root.get("evaluations")).hasSize(4);
    JsonNode unit = root.get("unitReport");
    assertThat(unit.get("inScope").asInt()).isEqualTo(4);
    assertThat(unit.get("subject").asInt()).isEqualTo(3);
    assertThat(unit.get("exempt").asInt()).isEqualTo(1);
    assertThat(unit.get("evaluated").asInt()).isEqualTo(2);
    assertThat(unit.get("compliant").asInt()).isEqualTo(1);
    assertThat(unit.get("nonCompliant").asInt()).isEqualTo(1);
    assertThat(unit.get("rate").decimalValue()).isEqualByComparingTo("0.5");
    assertThat(unit.get("totalCredited").decimalValue()).isEqualByComparingTo("65.5");
    assertThat(unit.get("averageCredited").decimalValue()).isEqualByComparingTo("32.75");
    assertThat(unit.get("hostUnits")).hasSize(3);
    assertThat(Tool.read(json)).contains("\"credited\" : 5.5").contains("\"required\" : 60,");
    Map<String, String> excluded = new java.util.HashMap<>();
    for (JsonNode e : root.get("evaluations")) {
      for (JsonNode entry : e.get("ledger").get("entries")) {
        if (entry.get("outcome").asText().equals("EXCLUDED")) {
          excluded.put(
              entry.get("visit").get("id").asText(),
              entry.get("excludedDates").fieldNames().next());
        }
      }
    }
    root.get("unknownOfficerVisits")
        .forEach(v -> excluded.put(v.get("visit").get("id").asText(), v.get("reason").asText()));
    assertThat(excluded)
        .containsEntry("V-5", "UNKNOWN_OFFICER")
        .containsEntry("V-4", "INVITED_ONLY");
    assertThat(root.get("inputLeaves"))
        .filteredOn(l -> l.get("outcome").asText().equals("UNKNOWN_OFFICER"))
        .singleElement()
        .satisfies(l -> assertThat(l.get("leave").get("officerId").asText()).isEqualTo("O-9"));
  }

  @Test
  void evaluate_visitWhollyOutsideTheYear_isListedAsExcludedWithItsReason() throws IOException {
    visits =
        Tool.write(
            dir,
            "visits.csv",
            VISITS_HEADER,
            "V-1,O-1,2019-03-01,2019-04-29,THEMATIC;MEETING,Huyện đoàn Hàm Tân,DISTRICT,,,,,,",
            "V-6,O-1,2018-11-05,2018-11-09,INSPECTION,Đoàn xã Tân Thắng,COMMUNE,,,,,,");
    Path json = dir.resolve("results.json");

    Tool.Run run = evaluate("--json", json.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("V-6 +O-1 +outside the period: ");
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    assertThat(root.get("outsidePeriodVisits"))
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.get("visit").get("id").asText()).isEqualTo("V-6");
              assertThat(v.get("reason").asText()).isEqualTo("OUTSIDE_PERIOD");
            });
  }

  @Test
  void evaluate_unknownOfficers_keepsTheirVisitsAndLeavesAsExcludedAndSaysSo() {
    Tool.Run run = evaluate();

    assertThat(run.status()).isZero();
    assertThat(run.out()).containsPattern("V-5 +O-9 +unknown officer: ");
    assertThat(run.out()).containsPattern("O-9 +sick +2019-02-01\\.\\.2019-02-10 +unknown officer");
    assertThat(run.err()).contains("1 visit and 1 leave name an officer not in the officers file");
  }

  @Test
  void evaluate_unknownExtraColumns_warnsOnStandardErrorAndIgnoresThem() throws IOException {
    officers =
        Tool.write(
            dir,
            "officers.csv",
            "ghi_chu,officer_id,level,employment,phone",
            "x,O-1,PROVINCIAL,FULL_TIME,0900");

    Tool.Run run = evaluate();

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).contains("officers.csv: unknown columns 'ghi_chu', 'phone' ignored");
  }

  @Test
  void evaluate_columnsInAnyOrderAndCase_readsTheSame() throws IOException {
    Path first = dir.resolve("first.csv");
    evaluate("--out", first.toString());
    officers =
        Tool.write(
            dir,
            "officers.csv",
            "SERVICE , Department,employment,level,Name,officer_id",
            ",Ban Tuyên giáo,FULL_TIME,PROVINCIAL,Nguyễn Thị Lan,O-1",
            ",Văn phòng,FULL_TIME,PROVINCIAL,Trần Văn Minh,O-2",
            ",Văn phòng,PART_TIME,PROVINCIAL,Lê Văn Hải,O-3",
            ",Văn phòng,FULL_TIME,PROVINCIAL,Phạm Thị Thu,O-4");
    Path second = dir.resolve("second.csv");

    Tool.Run run = evaluate("--out", second.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Tool.read(second)).isEqualTo(Tool.read(first));
  }

  @Test
  void evaluate_formulaInInputText_isNeutralisedInResultsCsv() throws Exception {
    officers =
        Tool.write(
            dir,
            "officers.csv",
            "officer_id,level,employment",
            "=HYPERLINK(\"http://example.invalid\"),PROVINCIAL,FULL_TIME",
            "+1,PROVINCIAL,FULL_TIME",
            "-1,PROVINCIAL,FULL_TIME",
            "@SUM(A1),PROVINCIAL,FULL_TIME");
    Path out = dir.resolve("results.csv");

    Tool.Run run = evaluate("--out", out.toString());

    assertThat(run.status()).as(run.err()).isZero();
    List<String> firstCells =
        Files.readAllLines(out).stream()
            .skip(1)
            .map(
                l ->
                    l.startsWith("\"")
                        ? l.substring(1, l.indexOf('"', 1) + 1)
                        : l.substring(0, l.indexOf(',')))
            .toList();
    assertThat(firstCells).hasSize(4).allSatisfy(cell -> assertThat(cell).startsWith("'"));
    assertThat(ResultsCsv.read(CsvSource.file(out)))
        .extracting(ResultRow::officerId)
        .containsExactly("=HYPERLINK(\"http://example.invalid\")", "+1", "-1", "@SUM(A1)");
  }

  @Test
  void evaluate_markupInInputText_isEscapedInHtml() throws IOException {
    officers =
        Tool.write(
            dir,
            "officers.csv",
            "officer_id,name,level,employment,department",
            "O-1,<script>alert('x')</script>,PROVINCIAL,FULL_TIME,\"R&D <b>\"");
    Path html = dir.resolve("report.html");

    Tool.Run run = evaluate("--html", html.toString());

    assertThat(run.status()).as(run.err()).isZero();
    String page = Tool.read(html);
    assertThat(page)
        .doesNotContain("<script")
        .doesNotContain("<b>")
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;")
        .contains("R&amp;D &lt;b&gt;");
  }

  @Test
  void evaluate_badInput_leavesAnExistingOutputUntouched() throws IOException {
    Path out = Tool.write(dir, "results.csv", "earlier results");
    visits =
        Tool.write(
            dir,
            "visits.csv",
            VISITS_HEADER,
            "V-1,O-1,2019-13-01,,THEMATIC,Huyện đoàn,DISTRICT,,,,,,");

    Tool.Run run = evaluate("--out", out.toString(), "--json", dir.resolve("r.json").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(Tool.read(out)).isEqualTo("earlier results\n");
    assertThat(dir.resolve("r.json")).doesNotExist();
  }

  @Test
  void evaluate_outputIsAFolder_exits2BeforeReadingAndWritesNothing() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("results.csv"));
    Files.writeString(folder.resolve("keep"), "x");
    visits = dir.resolve("missing.csv");

    Tool.Run run = evaluate("--out", folder.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("--out " + folder + ": is a folder")
        .doesNotContain("missing.csv");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("keep");
    }
  }

  @Test
  void evaluate_outputFolderMissing_exits2AndCreatesNoFolder() {
    Path out = dir.resolve("no-such-folder/results.csv");

    Tool.Run run = evaluate("--out", out.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("--out " + out + ": the folder " + out.getParent() + " does not exist");
    assertThat(out.getParent()).doesNotExist();
  }

  @Test
  void evaluate_newOutputFile_getsThePermissionsTheUmaskGives() throws IOException {
    Path reference = Files.writeString(dir.resolve("reference.txt"), "x");
    Path out = dir.resolve("results.csv");

    Tool.Run run = evaluate("--out", out.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.getPosixFilePermissions(out))
        .isEqualTo(Files.getPosixFilePermissions(reference));
  }

  @Test
  void evaluate_jsonToStandardOutput_printsTheJsonInsteadOfTheReport() throws IOException {
    Tool.Run run = evaluate("--json", "-");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(new ObjectMapper().readTree(run.out()).get("evaluations")).hasSize(4);
  }

  @Test
  void evaluate_allOutputs_areWrittenAndAgree() throws IOException {
    Path out = dir.resolve("results.csv");
    Path json = dir.resolve("results.json");
    Path html = dir.resolve("report.html");

    Tool.Run run =
        evaluate(
            "--out",
            out.toString(),
            "--json",
            json.toString(),
            "--html",
            html.toString(),
            "--lang",
            "vi");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("Báo cáo đơn vị");
    Map<String, JsonNode> byId = new java.util.HashMap<>();
    new ObjectMapper()
        .readTree(json.toFile())
        .get("evaluations")
        .forEach(o -> byId.put(o.get("officerId").asText(), o));
    Map<String, Map<String, String>> rows = resultsById(out);
    assertThat(byId.keySet()).isEqualTo(rows.keySet());
    rows.forEach(
        (id, row) ->
            row.forEach(
                (column, value) -> {
                  if (column.endsWith("_days")) {
                    assertThat(days(byId.get(id), column))
                        .as(id + " " + column)
                        .isEqualByComparingTo(value);
                  }
                }));
    assertThat(Tool.read(html)).contains("lang=\"vi\"");
  }

  /**
   * The value of the results.csv column {@code column} (e.g. {@code credited_days}, {@code
   * thematic_days}, {@code branch_days}) in an evaluation as the JSON holds it: the evaluation's
   * days, or the ledger's days by kind of work or host level (absent: none).
   */
  private static java.math.BigDecimal days(JsonNode evaluation, String column) {
    String name = column.substring(0, column.length() - "_days".length());
    if (List.of("required", "credited", "shortfall").contains(name)) {
      return evaluation.get(name).decimalValue();
    }
    String key = name.toUpperCase(java.util.Locale.ROOT);
    JsonNode ledger = evaluation.get("ledger");
    JsonNode byKind = ledger.path("byKind").path(key);
    JsonNode days = byKind.isMissingNode() ? ledger.path("byHostLevel").path(key) : byKind;
    return days.isMissingNode() ? java.math.BigDecimal.ZERO : days.decimalValue();
  }
}
