package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.accrual.Exclusion;
import io.github.dicoso.compliance.Status;
import io.github.dicoso.eligibility.EligibilityReason;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.requirement.LeaveOutcome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The sample's HTML report in Vietnamese for a named unit, parsed: the unit's name, the key figures
 * and the department table (worked out by hand from the sample's per-officer days), a header row on
 * every table, no raw code, identifiers that do not wrap, A4 print rules.
 */
class UnitHtmlReportTest {
  private static final String UNIT = "Tỉnh đoàn Bình Thuận";

  @TempDir Path dir;
  Path html;
  Document page;

  @BeforeEach
  void writeReport() throws Exception {
    html = dir.resolve("report.html");
    Tool.Run run =
        Tool.run("evaluate", "--sample", "--unit", UNIT, "--lang", "vi", "--html", html.toString());
    assertThat(run.status()).as(run.err()).isZero();
    page = HtmlReportTest.parse(html);
  }

  @Test
  void write_namedUnit_isInTheTitleAndHeading() {
    String title = page.getElementsByTagName("title").item(0).getTextContent();
    String heading = page.getElementsByTagName("h1").item(0).getTextContent();

    assertThat(title).contains(UNIT).contains("2019");
    assertThat(heading).contains(UNIT);
  }

  @Test
  void write_sample_showsTheKeyFiguresInVietnameseForm() {
    Map<String, String> figures = new LinkedHashMap<>();
    for (Element row : HtmlReportTest.elements(page, "tr")) {
      if (!row.getAttribute("data-figure").isEmpty()) {
        figures.put(
            row.getAttribute("data-figure"),
            row.getElementsByTagName("td").item(0).getTextContent());
      }
    }

    // 25 officers; BT-06, BT-20 part-time and BT-21 district: not subject; BT-09, BT-11, BT-18
    // exempt; 19 evaluated, of whom BT-05, -08, -14, -16, -23 fall short: 14/19 = 73.68 %.
    assertThat(figures)
        .containsEntry("inScope", "25")
        .containsEntry("notSubject", "3")
        .containsEntry("exempt", "3 (đi học 1, ốm đau 1, thai sản 1)")
        .containsEntry("evaluated", "19")
        .containsEntry("compliant", "14")
        .containsEntry("nonCompliant", "5")
        .containsEntry("rate", "73,68 %")
        // the 19 credited days sorted: 24 (BT-16) first, 70 (BT-13) last, the tenth 60
        .containsEntry("min", "24")
        .containsEntry("median", "60,00")
        .containsEntry("max", "70")
        .containsEntry("excludedVisits", "6")
        .containsEntry("excludedLeaves", "1");
  }

  @Test
  void write_sample_hasOneRowPerDepartmentAndTheWholeUnit() {
    Element table = table("departments");
    List<List<String>> rows = new ArrayList<>();
    for (Element row : HtmlReportTest.elements(page, "tr")) {
      if (table.isSameNode(row.getParentNode().getParentNode())) {
        List<String> cells = new ArrayList<>();
        Stream.of("th", "td")
            .forEach(
                tag -> {
                  for (int i = 0; i < row.getElementsByTagName(tag).getLength(); i++) {
                    cells.add(row.getElementsByTagName(tag).item(i).getTextContent());
                  }
                });
        rows.add(cells);
      }
    }

    assertThat(rows.get(0)).first().isEqualTo("Ban, đơn vị"); // the header row
    assertThat(rows)
        .extracting(r -> r.get(0))
        .containsExactly(
            "Ban, đơn vị",
            "Ban Phong trào",
            "Ban Thanh niên trường học",
            "Ban Tuyên giáo",
            "Ban Tổ chức - Kiểm tra",
            "Thường trực",
            "Văn phòng",
            "Ủy viên BCH (Huyện đoàn Hàm Tân)",
            "Toàn đơn vị");
    // Ban Phong trào: BT-13 70, BT-14 44.5, BT-15 33, BT-16 24, BT-25 60; BT-14 and BT-16 short
    assertThat(rows.get(1))
        .containsExactly(
            "Ban Phong trào",
            "5",
            "5",
            "0",
            "5",
            "3",
            "2",
            "60,00 %",
            "231,5",
            "46,30",
            "44,50",
            "24",
            "70");
    assertThat(rows.get(rows.size() - 1))
        .startsWith("Toàn đơn vị", "25", "22", "3", "19", "14", "5", "73,68 %");
  }

  @Test
  void write_everyTable_hasAHeaderRow() {
    List<Element> tables = HtmlReportTest.elements(page, "table");

    assertThat(tables).hasSizeGreaterThanOrEqualTo(7);
    for (Element table : tables) {
      assertThat(table.getElementsByTagName("thead").getLength())
          .as("thead of table " + table.getAttribute("class"))
          .isEqualTo(1);
      Element head = (Element) table.getElementsByTagName("thead").item(0);
      assertThat(head.getElementsByTagName("th").getLength()).isPositive();
    }
    assertThat(table("excluded-leaves").getTextContent()).contains("BT-30", "đi học");
  }

  @Test
  void write_vietnamese_showsNoRawCode() {
    String text = HtmlReportTest.visibleText(page);
    List<String> codes = new ArrayList<>();
    for (Enum<?>[] values :
        List.<Enum<?>[]>of(
            Status.values(),
            FindingCode.values(),
            Exclusion.values(),
            LeaveKind.values(),
            LeaveOutcome.values(),
            EligibilityReason.values())) {
      for (Enum<?> value : values) {
        codes.add(value.name());
      }
    }

    assertThat(codes).allSatisfy(code -> assertThat(text).doesNotContain(code));
    assertThat(text).contains("chỉ được mời dự", "mã cán bộ không có trong danh sách");
  }

  @Test
  void write_identifiers_doNotWrapAndThePagePrintsOnA4() throws Exception {
    for (Element cell : HtmlReportTest.elements(page, "td")) {
      if (cell.getTextContent().matches("(V|BT)-\\d+")) {
        assertThat(cell.getAttribute("class")).as(cell.getTextContent()).contains("id");
      }
    }
    String style = page.getElementsByTagName("style").item(0).getTextContent();
    assertThat(style)
        .contains("@page { size: A4")
        .containsPattern("\\.id[^{]*\\{ white-space: nowrap")
        .contains("break-inside: avoid");
    assertThat(Files.readString(html)).contains("class=\"axis\"");
  }

  private Element table(String cssClass) {
    return HtmlReportTest.elements(page, "table").stream()
        .filter(t -> List.of(t.getAttribute("class").split(" ")).contains(cssClass))
        .findFirst()
        .orElseThrow();
  }
}
