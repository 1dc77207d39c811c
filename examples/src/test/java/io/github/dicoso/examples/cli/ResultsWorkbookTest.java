package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code evaluate --xlsx}: the sample typed into the template workbook, evaluated, and the workbook
 * written read back: nothing lost, numbers as numeric cells, dates as date cells, words in the
 * report's language.
 */
class ResultsWorkbookTest {
  /** A raw code of the library: two capitalised words joined by an underscore. */
  private static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");

  @TempDir Path dir;

  private Path book;

  /**
   * Writes the template ({@code template DIR}) and fills its three sheets with the sample's rows,
   * column by column as the template's header names them (dates as date cells).
   */
  @BeforeEach
  void fillTheTemplate() throws IOException {
    Path folder = dir.resolve("template");
    Tool.Run template = Tool.run("template", folder.toString());
    assertThat(template.status()).as(template.err()).isZero();
    Map<String, List<List<Object>>> sheets = Workbooks.sheets();
    try (ReadableWorkbook read =
        new ReadableWorkbook(folder.resolve(TemplateCommand.WORKBOOK).toFile())) {
      for (String table : List.of("officers", "visits", "leaves")) {
        Sheet sheet = read.findSheet(table).orElseThrow();
        List<String> header =
            sheet.read().get(0).stream().map(Cell::getText).collect(Collectors.toList());
        sheets.put(table, inTemplateOrder(header, SheetInputTest.sampleSheet(table)));
      }
    }
    book = Workbooks.write(dir.resolve("bình-thuận-2019.xlsx"), sheets);
  }

  /** The sample's rows with their cells in the order of the template's {@code header}. */
  private static List<List<Object>> inTemplateOrder(List<String> header, List<List<Object>> rows) {
    List<Object> sampleHeader = rows.get(0);
    List<List<Object>> ordered = new ArrayList<>();
    ordered.add(new ArrayList<>(header));
    for (List<Object> row : rows.subList(1, rows.size())) {
      List<Object> cells = new ArrayList<>();
      for (String column : header) {
        int i = sampleHeader.indexOf(column);
        cells.add(i < 0 || i >= row.size() ? null : row.get(i));
      }
      ordered.add(cells);
    }
    return ordered;
  }

  private Tool.Run evaluate(String... outputs) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "evaluate",
                "--officers",
                book.toString(),
                "--visits",
                book.toString(),
                "--leaves",
                book.toString(),
                "--year",
                "2019",
                "--unit",
                Sample.NAME));
    args.addAll(List.of(outputs));
    return Tool.run(args.toArray(String[]::new));
  }

  /** The sheets of a workbook by name, each as its rows. */
  private static Map<String, List<Row>> read(Path file) throws IOException {
    Map<String, List<Row>> sheets = new LinkedHashMap<>();
    try (ReadableWorkbook workbook =
        new ReadableWorkbook(file.toFile(), new ReadingOptions(true, false))) {
      for (Sheet sheet : workbook.getSheets().toList()) {
        sheets.put(sheet.getName(), sheet.read());
      }
    }
    return sheets;
  }

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (CSVParser parser =
        CSVParser.builder()
            .setReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))
            .setFormat(CsvTable.FORMAT.builder().setHeader().setSkipHeaderRecord(true).get())
            .get()) {
      return parser.getRecords();
    }
  }

  private static String text(Row row, int c) {
    return row.getOptionalCell(c).map(Cell::getText).orElse("");
  }

  /** The numeric cell at {@code c}: fails if it is text. */
  private static BigDecimal number(Row row, int c) {
    Cell cell = row.getCell(c);
    assertThat(cell.getType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.NUMBER);
    return cell.asNumber();
  }

  /** The date cell at {@code c}: a number with a date format. */
  private static LocalDate date(Row row, int c) {
    Cell cell = row.getCell(c);
    assertThat(cell.getType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.NUMBER);
    assertThat(cell.getDataFormatString()).as("format of %s", cell.getAddress()).contains("yy");
    return cell.asDate().toLocalDate();
  }

  @Test
  void evaluate_xlsx_everyOfficerRowEqualsTheCsvRowInNumericCells() throws IOException {
    Path xlsx = dir.resolve("out.xlsx");
    Path out = dir.resolve("out.csv");

    Tool.Run run = evaluate("--lang", "vi", "--xlsx", xlsx.toString(), "--out", out.toString());

    assertThat(run.status()).as(run.err()).isZero();
    Map<String, List<Row>> sheets = read(xlsx);
    assertThat(sheets.keySet())
        .containsExactly(
            "Cán bộ", "Đơn vị và các ban", "Chuyến đi không được tính", "Thời gian nghỉ");
    List<Row> officers = sheets.get("Cán bộ");
    List<CSVRecord> rows = csv(out);
    assertThat(officers).hasSize(rows.size() + 1);
    assertThat(rows).hasSize(25);
    for (int i = 0; i < rows.size(); i++) {
      CSVRecord expected = rows.get(i);
      Row row = officers.get(i + 1);
      assertThat(text(row, 0)).isEqualTo(expected.get("officer_id"));
      assertThat(text(row, 1)).isEqualTo(expected.get("name"));
      assertThat(text(row, 2)).isEqualTo(expected.get("department"));
      assertThat(text(row, 3))
          .isEqualTo(
              switch (expected.get("status")) {
                case "COMPLIANT" -> "ĐẠT";
                case "NON_COMPLIANT" -> "CHƯA ĐẠT";
                case "EXEMPT" -> "ĐƯỢC MIỄN";
                default -> "KHÔNG THUỘC DIỆN";
              });
      assertThat(text(row, 4).isEmpty()).isEqualTo(expected.get("status_reason").isEmpty());
      List<String> numbers =
          List.of(
              "required_days",
              "credited_days",
              "shortfall_days",
              "thematic_days",
              "co_organizing_days",
              "inspection_days",
              "meeting_days",
              "branch_days",
              "commune_days",
              "district_days");
      for (int c = 0; c < numbers.size(); c++) {
        assertThat(number(row, 5 + c))
            .as("%s %s", expected.get("officer_id"), numbers.get(c))
            .isEqualByComparingTo(expected.get(numbers.get(c)));
      }
      assertThat(text(row, 15).isEmpty()).isEqualTo(expected.get("findings").isEmpty());
    }
    // hand-worked from the sample: BT-05 59.5 of 60; BT-09 on maternity leave 2019-04-15..10-14
    Row bt05 = officers.get(5);
    assertThat(text(bt05, 0)).isEqualTo("BT-05");
    assertThat(number(bt05, 6)).isEqualByComparingTo("59.5");
    assertThat(number(bt05, 7)).isEqualByComparingTo("0.5");
    Row bt09 = officers.get(9);
    assertThat(text(bt09, 4)).isEqualTo("thai sản 2019-04-15..2019-10-14");
    assertThat(text(officers.get(6), 4)).isEqualTo("cán bộ kiêm nhiệm, không thuộc diện");
    assertThat(text(officers.get(8), 15)).isEqualTo("chỉ được mời, không tính (2)");
  }

  @Test
  void evaluate_xlsx_listsEveryVisitAndLeaveTheTextReportListsAsExcluded() throws IOException {
    Path xlsx = dir.resolve("out.xlsx");
    Tool.Run text = evaluate();
    Tool.Run run = evaluate("--xlsx", xlsx.toString());

    assertThat(run.status()).as(run.err()).isZero();
    Map<String, List<Row>> sheets = read(xlsx);
    List<Row> visits = sheets.get("Visits not credited");
    List<String> ids = visits.stream().skip(1).map(r -> text(r, 0)).toList();
    // the text report's section "Visits not credited": "  V-0147  BT-08  INVITED_ONLY  ..."
    String section = text.out().substring(text.out().lastIndexOf("\nVisits not credited\n"));
    List<String> listed =
        section
            .lines()
            .filter(l -> l.startsWith("  V-"))
            .map(l -> l.strip().split("\\s+")[0])
            .toList();
    assertThat(ids).isEqualTo(listed).contains("V-0147", "V-0220", "V-0388");
    Row v0147 = visits.stream().filter(r -> text(r, 0).equals("V-0147")).findFirst().orElseThrow();
    assertThat(date(v0147, 2)).isEqualTo(LocalDate.of(2019, 3, 25));
    assertThat(date(v0147, 3)).isEqualTo(LocalDate.of(2019, 3, 25));
    assertThat(text(v0147, 5)).isEqualTo("invited only");
    Row v0220 = visits.stream().filter(r -> text(r, 0).equals("V-0220")).findFirst().orElseThrow();
    assertThat(text(v0220, 1)).isEqualTo("BT-26");
    assertThat(text(v0220, 6)).contains("BT-26");

    // leaves.csv has 6 leaves, BT-30's (an officer not in officers.csv) among them
    List<Row> leaves = sheets.get("Leaves");
    assertThat(leaves).hasSize(7);
    Row bt30 = leaves.get(6);
    assertThat(text(bt30, 0)).isEqualTo("BT-30");
    assertThat(date(bt30, 2)).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(date(bt30, 3)).isEqualTo(LocalDate.of(2019, 6, 30));
    assertThat(text(bt30, 4)).isEqualTo("no");
    assertThat(text.out()).contains("BT-30  study  2019-01-01..2019-06-30  unknown officer");
    Row bt09 = leaves.get(1);
    assertThat(text(bt09, 0)).isEqualTo("BT-09");
    assertThat(text(bt09, 1)).isEqualTo("maternity");
    assertThat(text(bt09, 4)).isEqualTo("yes");
    assertThat(number(bt09, 6)).isEqualByComparingTo("0");
  }

  @Test
  void evaluate_xlsx_unitSummaryHasNumbersAndThePercentRate() throws IOException {
    Path xlsx = dir.resolve("out.xlsx");

    Tool.Run run = evaluate("--xlsx", xlsx.toString());

    assertThat(run.status()).as(run.err()).isZero();
    List<Row> units = read(xlsx).get("Unit and departments");
    Row period = units.stream().filter(r -> text(r, 0).equals("Counting period")).findFirst().get();
    assertThat(date(period, 1)).isEqualTo(LocalDate.of(2019, 1, 1));
    assertThat(date(period, 2)).isEqualTo(LocalDate.of(2019, 12, 31));
    int top = 0;
    while (!text(units.get(top), 0).equals("Unit or department")) {
      top++;
    }
    List<String> columns = units.get(top).stream().map(Cell::getText).toList();
    Row unit = units.get(top + 1);
    assertThat(text(unit, 0)).isEqualTo(Sample.NAME);
    // 25 officers; 22 subject (BT-06, BT-20 part-time, BT-21 district); 3 exempt: BT-09, BT-11,
    // BT-18; 19 evaluated, 14 compliant: 14/19 = 73.68 %
    assertThat(number(unit, columns.indexOf("Officers in scope"))).isEqualByComparingTo("25");
    assertThat(number(unit, columns.indexOf("Subject"))).isEqualByComparingTo("22");
    assertThat(number(unit, columns.indexOf("Exempt"))).isEqualByComparingTo("3");
    assertThat(number(unit, columns.indexOf("Exempt: maternity"))).isEqualByComparingTo("1");
    assertThat(number(unit, columns.indexOf("Compliant"))).isEqualByComparingTo("14");
    int rate = columns.indexOf("Compliance rate");
    assertThat(number(unit, rate)).isEqualByComparingTo("0.7368");
    assertThat(unit.getCell(rate).getDataFormatString()).contains("%");
    assertThat(number(unit, columns.indexOf("Total days credited"))).isEqualByComparingTo("1057");
    assertThat(columns).contains("Median days", "Fewest days", "Most days", "Host units covered");
    // one row per department of officers.csv after the unit's: Ban Phong trào ... Ủy viên BCH
    List<String> departments = units.stream().skip(top + 2).map(r -> text(r, 0)).toList();
    assertThat(departments)
        .contains("Văn phòng", "Ban Tổ chức - Kiểm tra", "Thường trực")
        .hasSize(7);
  }

  @Test
  void evaluate_xlsxInVietnamese_hasNoEnglishHeaderAndNoRawCode() throws IOException {
    Path xlsx = dir.resolve("out.xlsx");

    Tool.Run run = evaluate("--lang", "vi", "--xlsx", xlsx.toString());

    assertThat(run.status()).as(run.err()).isZero();
    Map<String, List<Row>> sheets = read(xlsx);
    List<String> words = new ArrayList<>();
    sheets.get("Cán bộ").forEach(r -> words.addAll(cells(r, 3, 4, 15)));
    words.addAll(cells(sheets.get("Cán bộ").get(0), 0, 16));
    sheets.get("Đơn vị và các ban").stream()
        .filter(r -> text(r, 0).equals("Đơn vị, ban"))
        .forEach(r -> words.addAll(cells(r, 0, 30)));
    sheets.get("Chuyến đi không được tính").forEach(r -> words.addAll(cells(r, 5)));
    words.addAll(cells(sheets.get("Chuyến đi không được tính").get(0), 0, 7));
    sheets.get("Thời gian nghỉ").forEach(r -> words.addAll(cells(r, 1, 4, 5)));
    words.addAll(cells(sheets.get("Thời gian nghỉ").get(0), 0, 7));

    assertThat(words).isNotEmpty();
    for (String word : words) {
      assertThat(CODE.matcher(word).find()).as("raw code in '%s'", word).isFalse();
      assertThat(word.toLowerCase(java.util.Locale.ROOT))
          .as(word)
          .doesNotContainPattern(
              "\\b(officer|status|days?|reason|exempt|compliant|maternity|study|sick|yes|no"
                  + "|invited|unknown|visit|leave|department|unit)\\b");
    }
    assertThat(words).contains("ĐẠT", "CHƯA ĐẠT", "thai sản", "có", "không", "chỉ được mời dự");
  }

  private static List<String> cells(Row row, int... columns) {
    List<String> texts = new ArrayList<>();
    for (int c : columns) {
      Optional<Cell> cell = row.getOptionalCell(c);
      cell.filter(x -> x.getType() == CellType.STRING).ifPresent(x -> texts.add(x.getText()));
    }
    return texts;
  }

  private static List<String> cells(Row row, int from, int to) {
    List<String> texts = new ArrayList<>();
    for (int c = from; c < to; c++) {
      texts.addAll(cells(row, c));
    }
    return texts;
  }

  @Test
  void evaluate_xlsxIsAnInput_exits2AndLeavesTheInputAlone() throws IOException {
    byte[] before = Files.readAllBytes(book);

    Tool.Run run = evaluate("--xlsx", book.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--xlsx").contains("is also the input");
    assertThat(Files.readAllBytes(book)).isEqualTo(before);
  }

  @Test
  void evaluate_xlsxToStandardOutput_exits2() {
    Tool.Run run = evaluate("--xlsx", "-");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--xlsx -: a workbook cannot be written to standard output");
  }

  @Test
  void evaluate_xlsxAndAFailingOutput_replacesNothing() throws IOException {
    Path xlsx = Tool.write(dir, "old.xlsx", "the old workbook");

    Tool.Run run =
        evaluate("--xlsx", xlsx.toString(), "--out", dir.resolve("no/such/folder.csv").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(Tool.read(xlsx)).isEqualTo("the old workbook\n");
  }
}
