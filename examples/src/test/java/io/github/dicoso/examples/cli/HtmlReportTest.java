package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The sample's HTML report, parsed: one bar per evaluated officer, nothing fetched, no script. */
class HtmlReportTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path dir;
  Path html;
  List<String> evaluated = new ArrayList<>();

  @BeforeEach
  void writeSampleReport() throws Exception {
    html = dir.resolve("report.html");
    Path json = dir.resolve("results.json");
    Tool.Run run =
        Tool.run("evaluate", "--sample", "--html", html.toString(), "--json", json.toString());
    assertThat(run.status()).as(run.err()).isZero();
    for (JsonNode o : new ObjectMapper().readTree(json.toFile()).get("evaluations")) {
      String status = o.get("status").asText();
      if (status.equals("COMPLIANT") || status.equals("NON_COMPLIANT")) {
        evaluated.add(o.get("officerId").asText() + " " + status);
      }
    }
  }

  static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  static List<Element> elements(Document page, String tag) {
    NodeList nodes = page.getElementsByTagName(tag);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  @Test
  void write_sample_hasOneBarPerEvaluatedOfficerColouredByStatus() throws Exception {
    Document page = parse(html);

    List<String> bars =
        elements(page, "div").stream()
            .filter(e -> List.of(e.getAttribute("class").split(" ")).contains("bar"))
            .map(
                e -> {
                  assertThat(e.getAttribute("class")).endsWith(e.getAttribute("data-status"));
                  return e.getAttribute("data-officer") + " " + e.getAttribute("data-status");
                })
            .toList();

    assertThat(evaluated).isNotEmpty();
    assertThat(bars).containsExactlyElementsOf(evaluated);
  }

  @Test
  void write_sample_isSelfContained() throws Exception {
    Document page = parse(html);

    assertThat(elements(page, "script")).isEmpty();
    assertThat(elements(page, "link")).isEmpty();
    assertThat(elements(page, "img")).isEmpty();
    assertThat(Files.readString(html)).doesNotContain("http://", "https://", "url(");
    assertThat(elements(page, "style")).hasSize(1);
  }

  @Test
  void write_sample_showsDaysByKindAndFindings() throws Exception {
    String text = Files.readString(html);

    assertThat(text).contains("Thematic", "Co-organising", "Inspection", "Meetings");
    assertThat(text).contains("invited only, not counted", "unknown officer");
    assertThat(visibleText(parse(html))).doesNotContain("INVITED_ONLY", "UNKNOWN_OFFICER");
  }

  /** The text a reader sees: the body's text, without attributes or the style sheet. */
  static String visibleText(Document page) {
    return page.getElementsByTagName("body").item(0).getTextContent();
  }

  @Test
  void chromium_rendersTheSampleReportWithOneBarPerEvaluatedOfficer() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM), "headless Chromium is not installed at " + CHROMIUM);
    Process chromium =
        new ProcessBuilder(
                CHROMIUM.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--dump-dom",
                html.toUri().toString())
            .redirectError(ProcessBuilder.Redirect.DISCARD)
            .start();
    String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(chromium.waitFor(60, TimeUnit.SECONDS)).isTrue();

    Matcher bars = Pattern.compile("class=\"bar (COMPLIANT|NON_COMPLIANT)\"").matcher(dom);
    int count = 0;
    while (bars.find()) {
      count++;
    }
    assertThat(count).isEqualTo(evaluated.size());
  }
}
