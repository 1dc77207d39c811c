package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.compliance.Status;
import io.github.dicoso.variant.ComparisonResult;
import io.github.dicoso.variant.StatusChange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code compare}'s outputs on the sample, national-2018 against district-included: the language of
 * the text, the CSV matrix, the JSON document, the HTML page and the workbook, and outputs that
 * would destroy an input. Expected values worked out from the sample: BT-21, a full-time district
 * committee member with 40 days credited, is not subject nationally and becomes subject (60 days
 * required, so non-compliant) when the district level is; nobody else changes.
 */
class CompareOutputsTest {
  /** A raw code of the library: capitalised words joined by an underscore. */
  private static final Pattern CODE = Pattern.compile("\\b[A-Z]+_[A-Z_]+\\b");

  /** English words a Vietnamese page must not hold. */
  private static final Pattern ENGLISH =
      Pattern.compile(
          "\\b(officer|status|days?|required|credited|compliant|exempt|subject|because|before"
              + "|after|policy|change[sd]?|unit|rate|year|yes|no|none|baseline|variant)\\b",
          Pattern.CASE_INSENSITIVE);

  @TempDir Path dir;

  private static Tool.Run compare(String... more) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "compare",
                "--sample",
                "--policy",
                "national-2018",
                "--policy",
                "district-included"));
    args.addAll(List.of(more));
    return Tool.run(args.toArray(String[]::new));
  }

  @Test
  void compare_langVi_printsTheComparisonInVietnamese() {
    Tool.Run run = compare("--lang", "vi");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("BT-05 Hoàng Thị Lan")
        .contains("CHƯA ĐẠT 59,5/60")
        .contains(
            "BT-21 theo gồm cả cán bộ cấp huyện (Tây Ninh 2018): KHÔNG THUỘC DIỆN 40/0 -> CHƯA"
                + " ĐẠT 40/60")
        .doesNotContain("NON_COMPLIANT", "NOT_SUBJECT", "COMPLIANT 62/60");
  }

  @Test
  void compare_out_writesTheMatrixWithTheChangedParameter() throws IOException {
    Path csv = dir.resolve("compare.csv");

    Tool.Run run = compare("--out", csv.toString());

    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(csv);
    assertThat(lines.get(0))
        .isEqualTo(
            "officer_id,name,national-2018:status,national-2018:credited_days,"
                + "national-2018:required_days,district-included:status,"
                + "district-included:credited_days,district-included:required_days,status_changes");
    assertThat(lines).hasSize(26);
    assertThat(lines)
        .contains(
            "BT-05,Hoàng Thị Lan,NON_COMPLIANT,59.5,60,NON_COMPLIANT,59.5,60,",
            "BT-09,Đỗ Thị Hương,EXEMPT,12,0,EXEMPT,12,0,",
            "BT-21,Kiều Văn Định,NOT_SUBJECT,40,0,NON_COMPLIANT,40,60,"
                + "district-included=subject-levels");
    assertThat(lines.stream().filter(l -> !l.endsWith(",")).count()).isEqualTo(2); // header, BT-21
    assertThat(run.out()).contains("Status changes (1)");
  }

  @Test
  void compare_json_writesTheLibrarysComparisonDocument() throws IOException {
    Path json = dir.resolve("compare.json");

    Tool.Run run = compare("--json", json.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Tool.read(json)).contains("\"schema\" : \"dicoso-comparison/1\"");
    ComparisonResult read = JsonReport.MAPPER.readValue(json.toFile(), ComparisonResult.class);
    assertThat(read.policyNames()).containsExactly("national-2018", "district-included");
    assertThat(read.statusChanges()).hasSize(1);
    StatusChange change = read.statusChanges().get(0);
    assertThat(change.officerId()).isEqualTo("BT-21");
    assertThat(change.baseline().status()).isEqualTo(Status.NOT_SUBJECT);
    assertThat(change.underVariant().status()).isEqualTo(Status.NON_COMPLIANT);
    assertThat(change.reasonParameters()).hasSize(1);
    assertThat(change.reasonParameters().get(0).key()).isEqualTo("subject-levels");
    // the visits of officers not in officers.csv (V-0220 of BT-26, V-0388 of BT-3) are kept
    assertThat(read.evaluations().get("national-2018").unmatchedVisits())
        .extracting(v -> v.id())
        .containsExactly("V-0220", "V-0388");
  }

  @Test
  void compare_jsonToStandardOutput_printsOnlyTheDocument() {
    Tool.Run run = compare("--json", "-");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("{").doesNotContain("Status changes");
  }

  @Test
  void compare_htmlVi_isWellFormedWithHeadersAndVietnameseWordsOnly() throws Exception {
    Path html = dir.resolve("compare.html");

    Tool.Run run = compare("--lang", "vi", "--html", html.toString());

    assertThat(run.status()).as(run.err()).isZero();
    String page = Tool.read(html);
    assertThat(page).doesNotContain("<script").doesNotContain("http");
    Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(html.toFile());
    NodeList tables = doc.getElementsByTagName("table");
    assertThat(tables.getLength()).isEqualTo(4);
    for (int i = 0; i < tables.getLength(); i++) {
      Element table = (Element) tables.item(i);
      assertThat(table.getElementsByTagName("thead").getLength()).isEqualTo(1);
      assertThat(table.getElementsByTagName("th").getLength()).isGreaterThan(1);
    }
    String text = doc.getElementsByTagName("body").item(0).getTextContent();
    assertThat(CODE.matcher(text).find()).as(text).isFalse();
    assertThat(ENGLISH.matcher(text).find())
        .as("English word %s", ENGLISH.matcher(text).results().map(m -> m.group()).toList())
        .isFalse();
    assertThat(text)
        .contains("CHƯA ĐẠT, 59,5/60 ngày")
        .contains("KHÔNG THUỘC DIỆN, 40/0 ngày")
        .contains("CHƯA ĐẠT, 40/60 ngày")
        .contains("các cấp thuộc diện: Trung ương, tỉnh -> Trung ương, tỉnh, huyện")
        .contains("73,68 %")
        .contains("70,00 %");
  }

  @Test
  void compare_xlsxVi_hasTheMatrixChangesAndReportsAsNumbers() throws IOException {
    Path xlsx = dir.resolve("compare.xlsx");

    Tool.Run run = compare("--lang", "vi", "--xlsx", xlsx.toString());

    assertThat(run.status()).as(run.err()).isZero();
    Map<String, List<Row>> sheets = new LinkedHashMap<>();
    try (ReadableWorkbook book =
        new ReadableWorkbook(xlsx.toFile(), new ReadingOptions(true, false))) {
      for (Sheet sheet : book.getSheets().toList()) {
        sheets.put(sheet.getName(), sheet.read());
      }
    }
    assertThat(sheets.keySet())
        .containsExactly("Cán bộ theo từng quy định", "Thay đổi kết quả", "Báo cáo đơn vị");
    List<Row> matrix = sheets.get("Cán bộ theo từng quy định");
    assertThat(matrix).hasSize(26);
    Row bt05 = matrix.get(5);
    assertThat(bt05.getCellText(0)).isEqualTo("BT-05");
    assertThat(bt05.getCellText(2)).isEqualTo("CHƯA ĐẠT");
    assertThat(number(bt05, 3)).isEqualByComparingTo("59.5");
    assertThat(number(bt05, 4)).isEqualByComparingTo("60");
    assertThat(bt05.getCellText(8)).isEqualTo("không");
    Row bt21 = matrix.get(21);
    assertThat(bt21.getCellText(5)).isEqualTo("CHƯA ĐẠT");
    assertThat(number(bt21, 7)).isEqualByComparingTo("60");
    assertThat(bt21.getCellText(8)).isEqualTo("có");

    List<Row> changes = sheets.get("Thay đổi kết quả");
    assertThat(changes).hasSize(2);
    Row change = changes.get(1);
    assertThat(change.getCellText(0)).isEqualTo("BT-21");
    assertThat(change.getCellText(3)).isEqualTo("KHÔNG THUỘC DIỆN");
    assertThat(number(change, 4)).isEqualByComparingTo("40");
    assertThat(number(change, 5)).isEqualByComparingTo("0");
    assertThat(number(change, 8)).isEqualByComparingTo("60");
    assertThat(change.getCellText(9)).startsWith("các cấp thuộc diện: Trung ương, tỉnh ->");

    List<Row> reports = sheets.get("Báo cáo đơn vị");
    Row subject = find(reports, "Thuộc diện thực hiện");
    assertThat(number(subject, 1)).isEqualByComparingTo("22");
    assertThat(number(subject, 2)).isEqualByComparingTo("23");
    Row rate = find(reports, "Tỷ lệ đạt");
    assertThat(number(rate, 1)).isEqualByComparingTo("0.7368"); // 14 of 19
    assertThat(number(rate, 2)).isEqualByComparingTo("0.7"); // 14 of 20
    assertThat(rate.getCell(1).getDataFormatString()).contains("%");

    List<String> words = new ArrayList<>();
    sheets.values().forEach(rows -> rows.forEach(r -> r.forEach(c -> words.add(text(c)))));
    for (String word : words) {
      assertThat(CODE.matcher(word).find()).as("raw code in '%s'", word).isFalse();
    }
  }

  private static String text(Cell cell) {
    return cell == null || cell.getType() != CellType.STRING ? "" : cell.getText();
  }

  private static Row find(List<Row> rows, String first) {
    return rows.stream().filter(r -> r.getCellText(0).equals(first)).findFirst().orElseThrow();
  }

  private static java.math.BigDecimal number(Row row, int c) {
    assertThat(row.getCell(c).getType()).isEqualTo(CellType.NUMBER);
    return row.getCell(c).asNumber();
  }

  @Test
  void compare_outputIsAVariantFile_exits2AndLeavesItAlone() throws IOException {
    Path variant =
        Tool.write(
            dir,
            "thirty.properties",
            "name = thirty",
            "base = national-2018",
            "document = draft thirty",
            "required-days = 30");
    String before = Tool.read(variant);

    Tool.Run run =
        Tool.run(
            "compare", "--sample", "--policy", variant.toString(), "--out", variant.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--out").contains("is also the input --policy");
    assertThat(Tool.read(variant)).isEqualTo(before);
  }

  @Test
  void compare_xlsxIsTheOfficersFile_exits2AndLeavesItAlone() throws IOException {
    Path officers = dir.resolve("officers.csv");
    Files.copy(CompareOutputsTest.class.getResourceAsStream("/sample/officers.csv"), officers);
    Path visits = dir.resolve("visits.csv");
    Files.copy(CompareOutputsTest.class.getResourceAsStream("/sample/visits.csv"), visits);
    byte[] before = Files.readAllBytes(officers);

    Tool.Run run =
        Tool.run(
            "compare",
            "--officers",
            officers.toString(),
            "--visits",
            visits.toString(),
            "--year",
            "2019",
            "--policy",
            "thirty-day-year",
            "--xlsx",
            officers.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--xlsx").contains("is also the input --officers");
    assertThat(Files.readAllBytes(officers)).isEqualTo(before);
  }

  @Test
  void compare_twoOutputsToOneFile_exits2() {
    String file = dir.resolve("same").toString();

    Tool.Run run = compare("--out", file, "--html", file);

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("is also the output --out");
    assertThat(Files.exists(Path.of(file))).isFalse();
  }
}
