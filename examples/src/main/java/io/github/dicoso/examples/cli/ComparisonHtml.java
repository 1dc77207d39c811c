package io.github.dicoso.examples.cli;

import io.github.dicoso.Days;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.variant.ComparisonResult;
import io.github.dicoso.variant.OfficerComparison;
import io.github.dicoso.variant.Outcome;
import io.github.dicoso.variant.ParameterChange;
import io.github.dicoso.variant.StatusChange;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The HTML page {@code compare --html} writes, in the report's language: one self-contained page
 * (inline style, no script, nothing fetched, well-formed XML) with what each variant changes, the
 * officers' status and days under each policy (a changed status marked), the status changes with
 * the changed parameters that made them, and the unit reports side by side. Every table has header
 * cells; all text from the input or a variant file is {@linkplain Html#escape escaped}.
 *
 * <p>This class is stateless and thread-safe.
 */
final class ComparisonHtml {
  private static final String STYLE =
      """
      body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
      h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; }
      table { border-collapse: collapse; } td, th { padding: 0.2em 0.8em; text-align: left; }
      thead th { border-bottom: 1px solid #999; vertical-align: bottom; } td.n { text-align: right; }
      tr.changed td { background: #fff3cd; } .mark { color: #b71c1c; font-weight: 600; }
      """;

  private ComparisonHtml() {}

  /** Writes the page. */
  static void write(ComparisonResult result, Labels labels, Writer out) throws IOException {
    Locale locale = labels.locale();
    List<String> names = result.policyNames();
    String title =
        labels.get(
            "compare.title",
            String.valueOf(
                result.evaluations().values().iterator().next().period().getStart().getYear()));
    out.write(
        "<!DOCTYPE html>\n<html lang=\""
            + locale.getLanguage()
            + "\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>"
            + Html.escape(title)
            + "</title>\n<style>\n"
            + STYLE
            + "</style>\n</head>\n<body>\n<h1>"
            + Html.escape(title)
            + "</h1>\n");
    policies(result, labels, out);
    matrix(result, names, labels, out);
    changes(result, labels, out);
    reports(result, names, labels, out);
    out.write("</body>\n</html>\n");
  }

  private static void policies(ComparisonResult result, Labels labels, Writer out)
      throws IOException {
    Locale locale = labels.locale();
    out.write("<h2>" + Html.escape(labels.get("compare.parameters")) + "</h2>\n");
    out.write(
        "<table class=\"policies\">\n<thead><tr><th scope=\"col\">"
            + Html.escape(labels.get("compare.policy"))
            + "</th><th scope=\"col\">"
            + Html.escape(labels.get("report.period"))
            + "</th><th scope=\"col\">"
            + Html.escape(labels.get("compare.parameters"))
            + "</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<String, PopulationEvaluation> e : result.evaluations().entrySet()) {
      String name = e.getKey();
      List<ParameterChange> changes = result.parameterChanges().getOrDefault(name, List.of());
      String what;
      if (name.equals(result.baseline().name())) {
        what = Html.escape(labels.get("compare.baseline"));
      } else if (changes.isEmpty()) {
        what = Html.escape(labels.get("none"));
      } else {
        what =
            changes.stream()
                .map(c -> Html.escape(reason(c, labels)))
                .collect(Collectors.joining("<br/>"));
      }
      out.write(
          "<tr><th scope=\"row\">"
              + Html.escape(policyName(name, locale))
              + "</th><td>"
              + Html.escape(Vocabulary.value(e.getValue().period(), locale))
              + "</td><td>"
              + what
              + "</td></tr>\n");
    }
    out.write("</tbody>\n</table>\n");
  }

  private static void matrix(ComparisonResult result, List<String> names, Labels labels, Writer out)
      throws IOException {
    Locale locale = labels.locale();
    out.write("<h2>" + Html.escape(labels.get("compare.officers")) + "</h2>\n");
    out.write(
        "<table class=\"matrix\">\n<thead><tr><th scope=\"col\">"
            + Html.escape(labels.get("col.officer"))
            + "</th><th scope=\"col\">"
            + Html.escape(labels.get("col.name"))
            + "</th>");
    for (String name : names) {
      out.write("<th scope=\"col\">" + Html.escape(policyName(name, locale)) + "</th>");
    }
    out.write("</tr></thead>\n<tbody>\n");
    for (OfficerComparison o : result.officers()) {
      boolean changed = !o.sameStatusEverywhere();
      out.write(
          "<tr"
              + (changed ? " class=\"changed\"" : "")
              + " data-officer=\""
              + Html.escape(o.officerId())
              + "\"><th scope=\"row\">"
              + Html.escape(o.officerId())
              + "</th><td>"
              + Html.escape(o.officerName())
              + "</td>");
      Outcome baseline = o.under(names.get(0));
      for (String name : names) {
        Outcome outcome = o.under(name);
        boolean differs = outcome.status() != baseline.status();
        out.write(
            "<td data-policy=\""
                + Html.escape(name)
                + "\" data-status=\""
                + outcome.status().name()
                + "\">"
                + Html.escape(outcome(outcome, labels))
                + (differs ? " <span class=\"mark\">*</span>" : "")
                + "</td>");
      }
      out.write("</tr>\n");
    }
    out.write("</tbody>\n</table>\n");
  }

  /** An outcome in words: {@code CHƯA ĐẠT, 59,5/60 ngày}. */
  static String outcome(Outcome o, Labels labels) {
    Locale locale = labels.locale();
    return Vocabulary.label(o.status(), locale)
        + ", "
        + labels.get(
            "days.of",
            Vocabulary.days(o.credited(), locale),
            Vocabulary.days(o.required(), locale));
  }

  private static void changes(ComparisonResult result, Labels labels, Writer out)
      throws IOException {
    Locale locale = labels.locale();
    out.write(
        "<h2>"
            + Html.escape(labels.get("compare.changes"))
            + " ("
            + result.statusChanges().size()
            + ")</h2>\n");
    if (result.statusChanges().isEmpty()) {
      out.write("<p>" + Html.escape(labels.get("compare.noChanges")) + "</p>\n");
      return;
    }
    out.write("<table class=\"changes\">\n<thead><tr>");
    for (String key :
        List.of(
            "col.officer",
            "col.name",
            "compare.variant",
            "compare.before",
            "compare.after",
            "compare.because",
            "compare.attribution")) {
      out.write("<th scope=\"col\">" + Html.escape(labels.get(key)) + "</th>");
    }
    out.write("</tr></thead>\n<tbody>\n");
    for (StatusChange c : result.statusChanges()) {
      out.write(
          "<tr data-officer=\""
              + Html.escape(c.officerId())
              + "\"><th scope=\"row\">"
              + Html.escape(c.officerId())
              + "</th><td>"
              + Html.escape(c.officerName())
              + "</td><td>"
              + Html.escape(policyName(c.variant(), locale))
              + "</td><td>"
              + Html.escape(outcome(c.baseline(), labels))
              + "</td><td>"
              + Html.escape(outcome(c.underVariant(), labels))
              + "</td><td>"
              + c.reasons().stream()
                  .map(r -> Html.escape(reason(r, labels)))
                  .collect(Collectors.joining("<br/>"))
              + "</td><td>"
              + Html.escape(labels.get("compare.attribution." + c.attribution().name()))
              + "</td></tr>\n");
    }
    out.write("</tbody>\n</table>\n");
  }

  private static void reports(
      ComparisonResult result, List<String> names, Labels labels, Writer out) throws IOException {
    Locale locale = labels.locale();
    out.write("<h2>" + Html.escape(labels.get("unit.report")) + "</h2>\n");
    out.write(
        "<table class=\"reports\">\n<thead><tr><th scope=\"col\">"
            + Html.escape(labels.get("compare.measure"))
            + "</th>");
    for (String name : names) {
      out.write("<th scope=\"col\">" + Html.escape(policyName(name, locale)) + "</th>");
    }
    out.write("</tr></thead>\n<tbody>\n");
    List<String> measures = ResultsWorkbook.unitHeader(labels);
    List<List<Object>> values = new ArrayList<>();
    for (String name : names) {
      values.add(ResultsWorkbook.unitValues(result.report(name)));
    }
    for (int m = 1; m < measures.size(); m++) {
      out.write("<tr><th scope=\"row\">" + Html.escape(measures.get(m)) + "</th>");
      for (List<Object> v : values) {
        out.write("<td class=\"n\">" + Html.escape(number(v.get(m - 1), locale)) + "</td>");
      }
      out.write("</tr>\n");
    }
    out.write("</tbody>\n</table>\n");
  }

  /**
   * A value of {@link ResultsWorkbook#unitValues} in the language: {@code 59,5}, {@code 73,68 %}.
   */
  static String number(Object value, Locale locale) {
    Object present = value instanceof Optional<?> o ? o.orElse(null) : value;
    if (present == null) {
      return "-";
    }
    if (present instanceof Days d) {
      return Vocabulary.days(d, locale);
    }
    if (present instanceof ResultsWorkbook.Rate r) {
      return Vocabulary.decimal(
              r.fraction().movePointRight(2).setScale(2, java.math.RoundingMode.HALF_EVEN), locale)
          + " %";
    }
    if (present instanceof BigDecimal d) {
      return Vocabulary.decimal(d, locale);
    }
    return present.toString();
  }

  /**
   * A changed parameter in the language: its name (in English, what it means) as the library gives
   * it and its values before and after in words ({@code các cấp thuộc diện: Trung ương, tỉnh ->
   * Trung ương, tỉnh, huyện (Tỉnh đoàn Tây Ninh, 2018)}).
   */
  static String reason(ParameterChange change, Labels labels) {
    Locale locale = labels.locale();
    return Vocabulary.value(change.parameter(), locale)
        + ": "
        + value(change, change.before(), locale)
        + " -> "
        + value(change, change.after(), locale)
        + " ("
        + Vocabulary.citation(change.citation(), locale)
        + ")";
  }

  /** A parameter's value in words, or as written if it cannot be read back. */
  private static String value(ParameterChange change, String written, Locale locale) {
    try {
      return Vocabulary.value(change.parameter().parse(written), locale);
    } catch (IllegalArgumentException e) {
      return written;
    }
  }

  /** A policy's name in the language: a preset's description, else its name. */
  static String policyName(String name, Locale locale) {
    return Vocabulary.policyName(name, locale);
  }
}
