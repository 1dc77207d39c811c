package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The printable sheet per officer ({@code explain --html}, {@code evaluate --sheets}), parsed: who,
 * the result and how it was computed, every visit and leave of the officer, Vietnamese by default,
 * and the folder's rules.
 */
class OfficerSheetTest {
  private static final DateTimeFormatter VI = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  @TempDir Path dir;

  private static List<CSVRecord> sample(String file) throws Exception {
    try (Reader in =
        new InputStreamReader(
            Objects.requireNonNull(OfficerSheetTest.class.getResourceAsStream("/sample/" + file)),
            StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(in)
          .getRecords();
    }
  }

  private Path sheet(String officer, String... more) {
    Path file = dir.resolve(officer + ".html");
    List<String> args =
        new ArrayList<>(
            List.of("explain", "--sample", "--officer", officer, "--html", file.toString()));
    args.addAll(List.of(more));
    Tool.Run run = Tool.run(args.toArray(String[]::new));
    assertThat(run.status()).as(run.err()).isZero();
    return file;
  }

  private static String text(Path file) throws Exception {
    return HtmlReportTest.visibleText(HtmlReportTest.parse(file));
  }

  @Test
  void explainHtml_partYearOfficer_showsWhoTheResultAndHowTheRequirementWasComputed()
      throws Exception {
    Path file = sheet("BT-16");
    Document page = HtmlReportTest.parse(file);
    String text = HtmlReportTest.visibleText(page);

    assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("vi");
    assertThat(text)
        .contains("PHIẾU TỔNG HỢP KẾT QUẢ ĐI CƠ SỞ NĂM 2019", "kiểm điểm")
        .contains("BT-16", "Mai Thị Yến", "Ban Phong trào", "tỉnh, chuyên trách")
        .contains("01/01/2019 – 31/12/2019", "Hướng dẫn 03-HD/TWĐTN-BTC")
        .contains("CHƯA ĐẠT")
        // in post 1/1..30/6/2019: 181 of 365 days; 60 x 181 / 365 = 29.75, rounded up to 30
        .contains("181/365")
        .contains("Người tự kiểm điểm", "Xác nhận của đơn vị");
    assertThat(first(page, "required")).isEqualTo("30");
    assertThat(first(page, "credited")).isEqualTo("24");
    assertThat(first(page, "shortfall")).isEqualTo("6");
  }

  @Test
  void explainHtml_leaveThatReduces_saysByHowMuch() throws Exception {
    String text = text(sheet("BT-12"));

    // sick 1-30/9/2019: 30 days away; 60 x 335 / 365 = 55.07, rounded up to 56
    assertThat(text)
        .contains("ốm đau", "01/09/2019 – 30/09/2019", "được giảm trừ, giảm 30 ngày công tác")
        .contains("56");
  }

  @Test
  void explainHtml_visitsNotCredited_areListedWithTheirReason() throws Exception {
    Document invited = HtmlReportTest.parse(sheet("BT-08"));
    Document straddling = HtmlReportTest.parse(sheet("BT-22"));

    assertThat(row(invited, "V-0147")).contains("25/03/2019", "Huyện đoàn Hàm Tân");
    assertThat(HtmlReportTest.visibleText(invited)).contains("Không được tính: chỉ được mời dự");
    // V-0001 runs 28/12/2018..03/01/2019: 1-3 January credited, the four days of 2018 not
    assertThat(row(straddling, "V-0001")).contains("28/12/2018 – 03/01/2019", "3");
    assertThat(HtmlReportTest.visibleText(straddling))
        .contains("ngoài kỳ tính 28/12/2018 – 31/12/2018");
  }

  @Test
  void explainHtml_english_whenAskedFor() throws Exception {
    Path file = sheet("BT-16", "--lang", "en");

    assertThat(HtmlReportTest.parse(file).getDocumentElement().getAttribute("lang"))
        .isEqualTo("en");
    assertThat(text(file))
        .contains("Grassroots duty record 2019", "Days required")
        .contains("2019-01-01 – 2019-12-31", "Confirmed by the unit");
  }

  @Test
  void evaluateSheets_sample_writesOneSheetPerOfficerWithEveryVisitAndLeave() throws Exception {
    Path folder = dir.resolve("sheets/2019");
    Tool.Run run = Tool.run("evaluate", "--sample", "--sheets", folder.toString());
    assertThat(run.status()).as(run.err()).isZero();

    List<CSVRecord> officers = sample("officers.csv");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(
              officers.stream().map(o -> o.get("officer_id") + ".html").toList());
    }
    Map<String, List<CSVRecord>> visits =
        sample("visits.csv").stream().collect(Collectors.groupingBy(v -> v.get("officer_id")));
    Map<String, List<CSVRecord>> leaves =
        sample("leaves.csv").stream().collect(Collectors.groupingBy(l -> l.get("officer_id")));
    for (CSVRecord officer : officers) {
      String id = officer.get("officer_id");
      Document page = HtmlReportTest.parse(folder.resolve(id + ".html"));
      List<String> shown =
          HtmlReportTest.elements(page, "tr").stream()
              .map(r -> r.getAttribute("data-visit"))
              .filter(v -> !v.isEmpty())
              .toList();
      assertThat(shown)
          .as(id)
          .containsExactlyInAnyOrderElementsOf(
              visits.getOrDefault(id, List.of()).stream().map(v -> v.get("visit_id")).toList());
      String leaveTable =
          HtmlReportTest.elements(page, "table").stream()
              .filter(t -> t.getAttribute("class").equals("leaves"))
              .map(Element::getTextContent)
              .findFirst()
              .orElse("");
      for (CSVRecord leave : leaves.getOrDefault(id, List.of())) {
        assertThat(leaveTable)
            .as(id + " leave " + leave.get("start"))
            .contains(
                LocalDate.parse(leave.get("start")).format(VI)
                    + " – "
                    + LocalDate.parse(leave.get("end")).format(VI));
      }
      assertThat(page.getDocumentElement().getAttribute("lang")).isEqualTo("vi");
    }
  }

  @Test
  void evaluateSheets_langGiven_followsIt() throws Exception {
    Path folder = dir.resolve("en");
    Path html = dir.resolve("report.html");

    Tool.Run run =
        Tool.run(
            "evaluate",
            "--sample",
            "--lang",
            "en",
            "--html",
            html.toString(),
            "--sheets",
            folder.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(
            HtmlReportTest.parse(folder.resolve("BT-08.html"))
                .getDocumentElement()
                .getAttribute("lang"))
        .isEqualTo("en");
    assertThat(text(folder.resolve("BT-08.html")))
        .contains("Not credited: invited only", "Bùi Văn Nam");
  }

  @Test
  void evaluateSheets_existingFile_isRefusedAndNothingIsWritten() throws Exception {
    Path file = Tool.write(dir, "sheets", "not a folder");
    Path html = dir.resolve("report.html");

    Tool.Run run =
        Tool.run("evaluate", "--sample", "--html", html.toString(), "--sheets", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--sheets", "is not a folder");
    assertThat(html).doesNotExist();
    assertThat(Tool.read(file)).isEqualTo("not a folder\n");
  }

  @Test
  void evaluateSheets_sheetThatIsAnotherOutput_isRefused() throws Exception {
    Path folder = dir.resolve("new");
    Files.createDirectory(folder);
    Path html = folder.resolve("BT-01.html");

    Tool.Run run =
        Tool.run(
            "evaluate",
            "--sample",
            "--html",
            html.toString(),
            "--sheets",
            folder.resolve("sub").toString());
    Tool.Run clash =
        Tool.run("evaluate", "--sample", "--html", html.toString(), "--sheets", folder.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(clash.status()).isEqualTo(2);
    assertThat(clash.err()).contains("--sheets", "BT-01.html", "--html");
    assertThat(folder.resolve("sub/BT-01.html")).exists();
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("BT-01.html", "sub");
    }
  }

  @Test
  void fileName_unsafeCharacters_areEncodedSoNoTwoIdsShareAFile() {
    assertThat(SheetFolder.fileName("BT-01")).isEqualTo("BT-01.html");
    assertThat(SheetFolder.fileName("Đ.1")).isEqualTo("Đ.1.html");
    assertThat(SheetFolder.fileName("a/b")).isEqualTo("a%2Fb.html");
    assertThat(SheetFolder.fileName("a%2Fb")).isEqualTo("a%252Fb.html");
    assertThat(SheetFolder.fileName("..")).isEqualTo("%2E..html");
  }

  private static String first(Document page, String cssClass) {
    return HtmlReportTest.elements(page, "b").stream()
        .filter(e -> e.getAttribute("class").equals(cssClass))
        .findFirst()
        .orElseThrow()
        .getTextContent();
  }

  private static String row(Document page, String visit) {
    return HtmlReportTest.elements(page, "tr").stream()
        .filter(r -> r.getAttribute("data-visit").equals(visit))
        .findFirst()
        .orElseThrow()
        .getTextContent();
  }
}
