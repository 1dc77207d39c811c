package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's report and sheets as headless Chromium ({@code /usr/bin/chromium}) renders and
 * prints them: what a reader looks for is on the page, and each officer's sheet prints on exactly
 * one A4 page. Skipped when Chromium is not installed.
 */
class SheetChromiumTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  /** A4 in PDF points: 210 x 297 mm. */
  private static final Pattern A4 =
      Pattern.compile("/MediaBox \\[0 0 59[45]\\.?\\d* 84[12]\\.?\\d*\\]");

  @TempDir static Path dir;
  static Path report;
  static Path sheets;

  @BeforeAll
  static void write() {
    assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed at " + CHROMIUM);
    report = dir.resolve("report.html");
    sheets = dir.resolve("sheets");
    Tool.Run run =
        Tool.run(
            "evaluate",
            "--sample",
            "--unit",
            "Tỉnh đoàn Bình Thuận",
            "--lang",
            "vi",
            "--html",
            report.toString(),
            "--sheets",
            sheets.toString());
    assertThat(run.status()).as(run.err()).isZero();
  }

  private static byte[] chromium(String... args) throws Exception {
    List<String> command =
        new ArrayList<>(
            List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu"));
    command.addAll(List.of(args));
    Process chromium =
        new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = chromium.getInputStream().readAllBytes();
    assertThat(chromium.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(chromium.exitValue()).isZero();
    return out;
  }

  private static int count(Pattern pattern, String text) {
    Matcher m = pattern.matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void report_rendered_showsTheUnitTheFiguresAndOneBarPerEvaluatedOfficer() throws Exception {
    String dom =
        new String(chromium("--dump-dom", report.toUri().toString()), StandardCharsets.UTF_8);

    assertThat(count(Pattern.compile("class=\"bar (COMPLIANT|NON_COMPLIANT)\""), dom))
        .isEqualTo(19);
    assertThat(dom)
        .contains("<h1 class=\"unit\">Ngày công tác cơ sở năm 2019: Tỉnh đoàn Bình Thuận");
    assertThat(dom)
        .containsPattern("data-figure=\"evaluated\"><th>[^<]*</th><td class=\"n\">19<")
        .containsPattern("data-figure=\"compliant\"><th>[^<]*</th><td class=\"n\">14<")
        .containsPattern("data-figure=\"rate\"><th>[^<]*</th><td class=\"n\">73,68 %<");
  }

  @Test
  void report_printed_isA4() throws Exception {
    Path pdf = dir.resolve("report.pdf");
    chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, report.toUri().toString());

    String content = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
    int pages = count(Pattern.compile("/Type /Page\\b(?!s)"), content);
    assertThat(pages).isBetween(2, 8);
    assertThat(count(A4, content)).isEqualTo(pages);
  }

  @Test
  void sheets_printed_fitOneA4PageEach() throws Exception {
    List<Path> files;
    try (Stream<Path> list = Files.list(sheets)) {
      files = list.sorted().toList();
    }
    assertThat(files).hasSize(25); // every sample officer, BT-13 with 27 visits the busiest

    for (Path sheet : files) {
      Path pdf = dir.resolve(sheet.getFileName() + ".pdf");
      chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, sheet.toUri().toString());
      String content = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
      assertThat(count(Pattern.compile("/Type /Page\\b(?!s)"), content))
          .as(sheet.getFileName().toString())
          .isEqualTo(1);
      assertThat(content).as(sheet.getFileName().toString()).containsPattern(A4);
    }
  }
}
