package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Excel workbooks in: one workbook of three sheets or one workbook per table, real date cells and
 * text dates, validation as for CSV with the sheet, row, column and value named, and empty rows.
 */
class SheetInputTest {
  private static final Set<String> DATE_COLUMNS = Set.of("start", "end", "report_date");
  private static final Set<String> BOOLEAN_COLUMNS =
      Set.of("committee_member", "invited", "approved", "travel_order", "half_day");

  @TempDir Path dir;

  /**
   * The sample's table as sheet rows: dates as real Excel date cells, true and false as Excel
   * booleans, everything else text.
   */
  static List<List<Object>> sampleSheet(String table) throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    try (InputStream in = SheetInputTest.class.getResourceAsStream("/sample/" + table + ".csv");
        CSVParser parser =
            CSVParser.builder()
                .setReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                .setFormat(CsvTable.FORMAT)
                .get()) {
      List<String> header = null;
      for (CSVRecord record : parser) {
        if (header == null) {
          header = record.toList();
          rows.add(new ArrayList<>(header));
          continue;
        }
        List<Object> row = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
          String column = header.get(i).strip();
          String value = record.get(i);
          if (DATE_COLUMNS.contains(column) && !value.isBlank()) {
            row.add(LocalDate.parse(value.strip()));
          } else if (BOOLEAN_COLUMNS.contains(column) && !value.isBlank()) {
            row.add(Boolean.parseBoolean(value.strip()));
          } else {
            row.add(value.isEmpty() ? null : value);
          }
        }
        rows.add(row);
      }
    }
    return rows;
  }

  /**
   * The rows of a CSV file as sheet rows: the columns in {@code dates} as real Excel date cells,
   * everything else text.
   */
  static List<List<Object>> rowsOf(Path csv, Set<String> dates) throws IOException {
    List<List<Object>> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder()
            .setReader(Files.newBufferedReader(csv, StandardCharsets.UTF_8))
            .setFormat(CsvTable.FORMAT)
            .get()) {
      List<String> header = null;
      for (CSVRecord record : parser) {
        if (header == null) {
          header = record.toList();
          rows.add(new ArrayList<>(header));
          continue;
        }
        List<Object> row = new ArrayList<>();
        for (int i = 0; i < record.size(); i++) {
          String value = record.get(i);
          row.add(
              value.isBlank()
                  ? null
                  : dates.contains(header.get(i)) ? LocalDate.parse(value) : value);
        }
        rows.add(row);
      }
    }
    return rows;
  }

  private Path sampleWorkbook() throws IOException {
    Map<String, List<List<Object>>> sheets = Workbooks.sheets();
    for (String table : List.of("officers", "visits", "leaves")) {
      sheets.put(table, sampleSheet(table));
    }
    return Workbooks.write(dir.resolve("sample.xlsx"), sheets);
  }

  private static Tool.Run evaluate(String officers, String visits, String leaves, String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "evaluate",
                "--officers",
                officers,
                "--visits",
                visits,
                "--leaves",
                leaves,
                "--year",
                "2019",
                "--unit",
                Sample.NAME));
    args.addAll(Arrays.asList(more));
    return Tool.run(args.toArray(String[]::new));
  }

  @Test
  void evaluate_sampleAsOneWorkbookOfThreeSheets_printsWhatTheCsvSampleGives() throws IOException {
    Path book = sampleWorkbook();

    Tool.Run run = evaluate(book.toString(), book.toString(), book.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(Tool.run("evaluate", "--sample").out());
    assertThat(run.err()).contains(book + ", sheet visits: unknown column 'ghi_chu' ignored");
  }

  @Test
  void evaluate_oneWorkbookPerTableWithAnyNamedSheet_readsTheOnlySheet() throws IOException {
    Path officers =
        Workbooks.write(dir.resolve("officers.xlsx"), Map.of("Sheet1", sampleSheet("officers")));
    Path visits =
        Workbooks.write(dir.resolve("visits.xlsx"), Map.of("Trang tính1", sampleSheet("visits")));
    Path leaves =
        Workbooks.write(dir.resolve("leaves.xlsx"), Map.of("leaves", sampleSheet("leaves")));

    Tool.Run run = evaluate(officers.toString(), visits.toString(), leaves.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).isEqualTo(Tool.run("evaluate", "--sample").out());
  }

  @Test
  void evaluate_badValueInASheet_namesTheWorkbookSheetRowColumnAndValue() throws IOException {
    Map<String, List<List<Object>>> sheets = Workbooks.sheets();
    sheets.put(
        "officers",
        List.of(
            List.of("officer_id", "level", "employment"),
            List.of("O-1", "PROVINCIAL", "FULL_TIME")));
    sheets.put(
        "visits",
        List.of(
            List.of("visit_id", "officer_id", "start", "kinds", "host_unit", "host_level"),
            List.of(
                "V-1",
                "O-1",
                LocalDate.of(2019, 3, 4),
                "THEMATIC",
                "Huyện đoàn Hàm Tân",
                "DISTRICT"),
            List.of("V-2", "O-1", "2019-02-30", "THEMATIC", "Huyện đoàn Hàm Tân", "DISTRICT"),
            List.of("V-3", "O-1", "2019-04-01", "THEMATIC", "Huyện đoàn Hàm Tân", "TOWN")));
    Path book = Workbooks.write(dir.resolve("book.xlsx"), sheets);

    Tool.Run run =
        Tool.run(
            "evaluate",
            "--officers",
            book.toString(),
            "--visits",
            book.toString(),
            "--year",
            "2019");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            book
                + ", sheet visits row 3, column start, value '2019-02-30': not a date (expected"
                + " YYYY-MM-DD, e.g. 2019-03-01)")
        .contains(book + ", sheet visits row 4, column host_level, value 'TOWN': unknown value");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void evaluate_textDatesWithDateFormat_readInSheetsAndCsvAlike() throws IOException {
    Map<String, List<List<Object>>> sheets = Workbooks.sheets();
    sheets.put(
        "officers",
        List.of(
            List.of("officer_id", "level", "employment", "service"),
            List.of("O-1", "PROVINCIAL", "FULL_TIME", "01/07/2019..")));
    sheets.put(
        "visits",
        List.of(
            List.of("visit_id", "officer_id", "start", "end", "kinds", "host_unit", "host_level"),
            List.of(
                "V-1",
                "O-1",
                LocalDate.of(2019, 7, 1),
                LocalDate.of(2019, 7, 5),
                "THEMATIC",
                "Huyện đoàn Hàm Tân",
                "DISTRICT"),
            List.of(
                "V-2",
                "O-1",
                "02/09/2019",
                "06/09/2019",
                "MEETING",
                "Huyện đoàn Tuy Phong",
                "DISTRICT")));
    Path book = Workbooks.write(dir.resolve("book.xlsx"), sheets);
    Path csv =
        Tool.write(
            dir,
            "visits.csv",
            "visit_id,officer_id,start,end,kinds,host_unit,host_level",
            "V-1,O-1,01/07/2019,05/07/2019,THEMATIC,Huyện đoàn Hàm Tân,DISTRICT",
            "V-2,O-1,02/09/2019,06/09/2019,MEETING,Huyện đoàn Tuy Phong,DISTRICT");

    Tool.Run fromSheets =
        Tool.run(
            "explain",
            "--officers",
            book.toString(),
            "--visits",
            book.toString(),
            "--year",
            "2019",
            "--officer",
            "O-1",
            "--date-format",
            "dd/MM/yyyy");
    Tool.Run fromCsv =
        Tool.run(
            "explain",
            "--officers",
            book.toString(),
            "--visits",
            csv.toString(),
            "--year",
            "2019",
            "--officer",
            "O-1",
            "--date-format",
            "dd/MM/yyyy");

    assertThat(fromSheets.status()).as(fromSheets.err()).isZero();
    assertThat(fromSheets.out())
        .contains("10 days credited from 2 of 2 visits")
        .contains("184 of 365 days in post");
    assertThat(fromCsv.out()).isEqualTo(fromSheets.out());
  }

  @Test
  void evaluate_isoTextWithDateFormat_namesThePatternExpected() throws IOException {
    Path officers =
        Tool.write(dir, "officers.csv", "officer_id,level,employment", "O-1,PROVINCIAL,FULL_TIME");
    Path visits =
        Tool.write(
            dir,
            "visits.csv",
            "visit_id,officer_id,start,kinds,host_unit,host_level",
            "V-1,O-1,2019-03-04,THEMATIC,Huyện đoàn Hàm Tân,DISTRICT");

    Tool.Run run =
        Tool.run(
            "evaluate",
            "--officers",
            officers.toString(),
            "--visits",
            visits.toString(),
            "--year",
            "2019",
            "--date-format",
            "dd/MM/yyyy");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            "visits.csv line 2, column start, value '2019-03-04': not a date (expected dd/MM/yyyy,"
                + " e.g. 01/03/2019)");
  }

  @Test
  void dateFormat_notAPattern_isAUsageError() {
    Tool.Run run = Tool.run("evaluate", "--sample", "--date-format", "dd/MM");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--date-format").contains("'dd/MM' does not give the day");
    assertThat(run.err().lines()).hasSize(2);
  }

  @Test
  void evaluate_emptyRowsAtTheEndOfASheetAndACsvFile_areIgnoredWithAWarning() throws IOException {
    Map<String, List<List<Object>>> sheets = Workbooks.sheets();
    List<Object> formatted = Arrays.asList(Workbooks.FORMATTED, Workbooks.FORMATTED, "");
    sheets.put(
        "officers",
        List.of(
            List.of("officer_id", "level", "employment"),
            List.of("O-1", "PROVINCIAL", "FULL_TIME"),
            formatted,
            formatted,
            formatted));
    Path book = Workbooks.write(dir.resolve("book.xlsx"), sheets);
    Path visits =
        Tool.write(
            dir,
            "visits.csv",
            "visit_id,officer_id,start,kinds,host_unit,host_level",
            "V-1,O-1,2019-03-04,THEMATIC,Huyện đoàn Hàm Tân,DISTRICT",
            ",,,,,",
            ",,,,,");

    Tool.Run run =
        Tool.run(
            "evaluate",
            "--officers",
            book.toString(),
            "--visits",
            visits.toString(),
            "--year",
            "2019");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err())
        .contains(book + ", sheet officers: 3 empty rows at the end (rows 3-5) ignored")
        .contains(visits + ": 2 empty rows at the end (lines 3-4) ignored");
    assertThat(run.out()).contains("O-1 ");
  }

  @Test
  void evaluate_emptyRowsBetweenRows_areAProblem() throws IOException {
    Map<String, List<List<Object>>> sheets = Workbooks.sheets();
    sheets.put(
        "officers",
        Arrays.asList(
            List.of("officer_id", "level", "employment"),
            List.of("O-1", "PROVINCIAL", "FULL_TIME"),
            null,
            List.of("O-2", "PROVINCIAL", "FULL_TIME")));
    Path book = Workbooks.write(dir.resolve("book.xlsx"), sheets);
    Path visits =
        Tool.write(
            dir,
            "visits.csv",
            "visit_id,officer_id,start,kinds,host_unit,host_level",
            ",,,,,",
            "V-1,O-1,2019-03-04,THEMATIC,Huyện đoàn Hàm Tân,DISTRICT");

    Tool.Run run =
        Tool.run(
            "evaluate",
            "--officers",
            book.toString(),
            "--visits",
            visits.toString(),
            "--year",
            "2019");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains(book + ", sheet officers row 3, value '': the row is empty")
        .contains(visits + " line 2, value ',,,,,': the row is empty");
  }

  @Test
  void evaluate_workbookWithoutTheSheet_namesTheSheetsItHas() throws IOException {
    Map<String, List<List<Object>>> sheets = Workbooks.sheets();
    sheets.put("Cán bộ", List.of(List.of("officer_id", "level", "employment")));
    sheets.put("Chuyến đi", List.of(List.of("visit_id")));
    Path book = Workbooks.write(dir.resolve("book.xlsx"), sheets);

    Tool.Run run =
        Tool.run(
            "evaluate",
            "--officers",
            book.toString(),
            "--visits",
            book.toString(),
            "--year",
            "2019");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            book
                + ": the workbook has no sheet named 'officers' (its sheets: 'Cán bộ', 'Chuyến đi')")
        .contains(book + ": the workbook has no sheet named 'visits'");
  }

  @Test
  void evaluate_valueInAColumnWithoutHeader_isAProblemNamingTheColumnLetter() throws IOException {
    Map<String, List<List<Object>>> sheets = Workbooks.sheets();
    sheets.put(
        "officers",
        List.of(
            List.of("officer_id", "level", "employment"),
            List.of("O-1", "PROVINCIAL", "FULL_TIME", "nghỉ phép?")));
    Path book = Workbooks.write(dir.resolve("officers.xlsx"), sheets);
    Path visits =
        Tool.write(dir, "visits.csv", "visit_id,officer_id,start,kinds,host_unit,host_level");

    Tool.Run run =
        Tool.run(
            "evaluate",
            "--officers",
            book.toString(),
            "--visits",
            visits.toString(),
            "--year",
            "2019");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains(
            book
                + ", sheet officers row 2, value 'nghỉ phép?': a value in column D, which has no header");
  }

  @Test
  void evaluate_notAWorkbook_saysSo() throws IOException {
    Path fake = Tool.write(dir, "officers.xlsx", "officer_id,level,employment");
    Path old = dir.resolve("visits.xlsx");
    Files.write(
        old,
        new byte[] {
          (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        });

    Tool.Run run =
        Tool.run(
            "evaluate",
            "--officers",
            fake.toString(),
            "--visits",
            old.toString(),
            "--year",
            "2019");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains(fake + ": is not an Excel workbook (.xlsx)")
        .contains(
            old + ": is an Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx)");
  }

  @Test
  void isDateFormat_datesYesNumbersNo() {
    assertThat(SheetTable.isDateFormat(14, null)).isTrue();
    assertThat(SheetTable.isDateFormat(164, "dd/mm/yyyy")).isTrue();
    assertThat(SheetTable.isDateFormat(165, "[$-42A]d mmmm yyyy")).isTrue();
    assertThat(SheetTable.isDateFormat(2, "0.00")).isFalse();
    assertThat(SheetTable.isDateFormat(166, "\"ngày\" 0")).isFalse();
    assertThat(SheetTable.isDateFormat(0, "General")).isFalse();
    assertThat(SheetTable.isDateFormat(null, null)).isFalse();
  }
}
