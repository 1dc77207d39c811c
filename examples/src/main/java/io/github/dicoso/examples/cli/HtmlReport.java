package io.github.dicoso.examples.cli;

import io.github.dicoso.Days;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The HTML report: one self-contained page (inline style, no scripts, nothing fetched) with the
 * unit summary and, per officer held to the requirement, a horizontal bar of credited days against
 * the requirement coloured by status, the days by kind of work and host level, and the officer's
 * findings. Officers not held to the requirement and visits not credited are listed after. All text
 * from the input is {@linkplain Html#escape escaped}. The page is also well-formed XML, so that it
 * can be checked with any XML parser.
 *
 * <p>This class is stateless and thread-safe.
 */
final class HtmlReport {
  private static final String STYLE =
      """
      body { font-family: system-ui, sans-serif; margin: 2em; color: #222; max-width: 70em; }
      h1 { font-size: 1.5em; } h2 { font-size: 1.2em; margin-top: 2em; }
      table { border-collapse: collapse; } td, th { padding: 0.2em 0.8em; text-align: left; }
      th { border-bottom: 1px solid #999; } td.n { text-align: right; }
      .officer { margin: 1em 0; } .officer .head { font-weight: 600; }
      .officer .status { font-size: 0.85em; padding: 0 0.4em; border-radius: 0.2em; color: #fff; }
      .COMPLIANT .status, .bar.COMPLIANT .fill { background: #2e7d32; }
      .NON_COMPLIANT .status, .bar.NON_COMPLIANT .fill { background: #c62828; }
      .bar { position: relative; height: 1.1em; background: #eee; margin: 0.3em 0; }
      .bar .fill { position: absolute; left: 0; top: 0; bottom: 0; }
      .bar .target { position: absolute; top: -0.2em; bottom: -0.2em; width: 2px; background: #000; }
      .detail { font-size: 0.9em; color: #444; }
      .findings { font-size: 0.9em; margin: 0.2em 0; }
      .VIOLATION { color: #b71c1c; } .WARNING { color: #8d6e00; } .INFO { color: #555; }
      """;

  private HtmlReport() {}

  /** Writes the page. */
  static void write(RunReport report, Labels labels, Writer out) throws IOException {
    String lang = labels.locale().getLanguage();
    out.write("<!DOCTYPE html>\n<html lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    String title =
        labels.get("report.title")
            + " "
            + report.year()
            + ": "
            + Vocabulary.policyName(report.policy(), labels.locale());
    out.write(
        "<title>"
            + Html.escape(title)
            + "</title>\n<style>\n"
            + STYLE
            + "</style>\n</head>\n<body>\n");
    out.write("<h1>" + Html.escape(title) + "</h1>\n");
    out.write(
        "<p>"
            + Html.escape(labels.get("report.policy"))
            + ": "
            + Html.escape(report.policyDocument())
            + "<br/>"
            + Html.escape(labels.get("report.period"))
            + ": "
            + report.period().getStart()
            + " .. "
            + report.period().getEndInclusive()
            + "</p>\n");

    summary(report, labels, out);

    out.write(
        "<h2>"
            + Html.escape(labels.get("officers.evaluated"))
            + "</h2>\n<div class=\"officers\">\n");
    BigDecimal scale = scale(report.officers());
    for (RunReport.OfficerResult officer : report.officers()) {
      if (officer.evaluated()) {
        officer(officer, scale, labels, out);
      }
    }
    out.write("</div>\n");

    others(report, labels, out);
    excluded(report, labels, out);
    out.write("</body>\n</html>\n");
  }

  private static void summary(RunReport report, Labels labels, Writer out) throws IOException {
    out.write(
        "<h2>" + Html.escape(labels.get("unit.report")) + "</h2>\n<table class=\"summary\">\n");
    List<String[]> lines = summaryLines(report, labels);
    for (String[] line : lines) {
      out.write(
          "<tr><th>"
              + Html.escape(line[0])
              + "</th><td class=\"n\">"
              + Html.escape(line[1])
              + "</td></tr>\n");
    }
    out.write("</table>\n");
  }

  /** The unit summary as label-value pairs, in the run's language. */
  private static List<String[]> summaryLines(RunReport report, Labels labels) {
    RunReport.Summary s = report.summary();
    NumberFormat numbers = NumberFormat.getNumberInstance(labels.locale());
    numbers.setMaximumFractionDigits(2);
    NumberFormat percent = NumberFormat.getPercentInstance(labels.locale());
    percent.setMaximumFractionDigits(1);
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {labels.get("unit.inScope"), numbers.format(s.inScope())});
    lines.add(new String[] {labels.get("unit.subject"), numbers.format(s.subject())});
    lines.add(
        new String[] {labels.get("unit.notSubject"), numbers.format(s.inScope() - s.subject())});
    StringBuilder exempt = new StringBuilder(numbers.format(s.exempt()));
    if (!s.exemptByReason().isEmpty()) {
      Map<String, Integer> sorted = new TreeMap<>(s.exemptByReason());
      exempt.append(" (");
      sorted.forEach(
          (reason, n) ->
              exempt
                  .append(exempt.charAt(exempt.length() - 1) == '(' ? "" : ", ")
                  .append(ResultsWorkbook.code(reason, labels.locale()))
                  .append(' ')
                  .append(n));
      exempt.append(')');
    }
    lines.add(new String[] {labels.get("unit.exempt"), exempt.toString()});
    lines.add(new String[] {labels.get("unit.evaluated"), numbers.format(s.evaluated())});
    lines.add(new String[] {labels.get("unit.compliant"), numbers.format(s.compliant())});
    lines.add(new String[] {labels.get("unit.nonCompliant"), numbers.format(s.nonCompliant())});
    lines.add(
        new String[] {
          labels.get("unit.complianceRate"), s.complianceRate().map(percent::format).orElse("-")
        });
    lines.add(
        new String[] {labels.get("unit.totalDays"), numbers.format(s.totalDays().toBigDecimal())});
    lines.add(
        new String[] {
          labels.get("unit.averageDays"),
          s.averageDays().map(BigDecimal::doubleValue).map(numbers::format).orElse("-")
        });
    lines.add(new String[] {labels.get("unit.hostUnits"), numbers.format(s.hostUnitsCovered())});
    lines.add(
        new String[] {
          labels.get("unit.excludedVisits"), numbers.format(report.excludedVisits().size())
        });
    if (!report.excludedLeaves().isEmpty()) {
      lines.add(
          new String[] {
            labels.get("unit.excludedLeaves"), numbers.format(report.excludedLeaves().size())
          });
    }
    return lines;
  }

  /** The number of days the full width of a bar stands for: the largest requirement or credit. */
  private static BigDecimal scale(List<RunReport.OfficerResult> officers) {
    Days max = Days.ONE;
    for (RunReport.OfficerResult o : officers) {
      if (o.evaluated()) {
        max = max.max(o.row().required()).max(o.row().credited());
      }
    }
    return max.toBigDecimal();
  }

  /** {@code 59,5/60 ngày}: days credited over required, numbers in the run's language. */
  private static String daysOf(ResultRow row, Labels labels) {
    return labels.get("days.of", days(row.credited(), labels), days(row.required(), labels));
  }

  private static String days(@Nullable Days days, Labels labels) {
    return days == null ? "0" : Vocabulary.days(days, labels.locale());
  }

  private static String percent(Days days, BigDecimal scale) {
    return days.toBigDecimal()
        .multiply(BigDecimal.valueOf(100))
        .divide(scale, 2, RoundingMode.HALF_UP)
        .toPlainString();
  }

  private static void officer(
      RunReport.OfficerResult officer, BigDecimal scale, Labels labels, Writer out)
      throws IOException {
    ResultRow row = officer.row();
    String id = Html.escape(row.officerId());
    String status = row.status();
    out.write(
        "<div class=\"officer "
            + status
            + "\">\n<div class=\"head\">"
            + id
            + " "
            + Html.escape(officer.name())
            + (officer.department().isEmpty() ? "" : " (" + Html.escape(officer.department()) + ")")
            + " <span class=\"status\">"
            + Html.escape(labels.get("status." + status))
            + "</span> "
            + Html.escape(daysOf(row, labels))
            + "</div>\n");
    out.write(
        "<div class=\"bar "
            + status
            + "\" data-officer=\""
            + id
            + "\" data-status=\""
            + status
            + "\" data-credited=\""
            + row.credited()
            + "\" data-required=\""
            + row.required()
            + "\" title=\""
            + Html.escape(daysOf(row, labels))
            + "\">");
    out.write(
        "<div class=\"fill\" style=\"width: " + percent(row.credited(), scale) + "%\"></div>");
    out.write(
        "<div class=\"target\" style=\"left: "
            + percent(row.required(), scale)
            + "%\"></div></div>\n");
    StringBuilder detail = new StringBuilder();
    for (KindOfWork kind : KindOfWork.values()) {
      detail
          .append(detail.length() == 0 ? "" : " · ")
          .append(labels.get("kind." + kind.name()))
          .append(' ')
          .append(days(row.byKind().get(kind), labels));
    }
    detail.append(" | ");
    for (HostLevel level : List.of(HostLevel.BRANCH, HostLevel.COMMUNE, HostLevel.DISTRICT)) {
      detail
          .append(level == HostLevel.BRANCH ? "" : " · ")
          .append(labels.get("level." + level.name()))
          .append(' ')
          .append(days(row.byHostLevel().get(level), labels));
    }
    out.write("<div class=\"detail\">" + Html.escape(detail.toString()) + "</div>\n");
    findings(officer, labels, out);
    out.write("</div>\n");
  }

  private static void findings(RunReport.OfficerResult officer, Labels labels, Writer out)
      throws IOException {
    if (officer.findings().isEmpty()) {
      return;
    }
    out.write("<ul class=\"findings\">\n");
    for (RunReport.FindingLine f : officer.findings()) {
      out.write(
          "<li class=\""
              + f.severity()
              + "\">"
              + Html.escape(ResultsWorkbook.code(f.code(), labels.locale()))
              + ": "
              + Html.escape(f.message())
              + "</li>\n");
    }
    out.write("</ul>\n");
  }

  private static void others(RunReport report, Labels labels, Writer out) throws IOException {
    out.write(
        "<h2>"
            + Html.escape(labels.get("officers.others"))
            + "</h2>\n<table class=\"others\">\n<tr><th>"
            + Html.escape(labels.get("col.officer"))
            + "</th><th>"
            + Html.escape(labels.get("col.name"))
            + "</th><th>"
            + Html.escape(labels.get("col.status"))
            + "</th><th>"
            + Html.escape(labels.get("col.reason"))
            + "</th></tr>\n");
    for (RunReport.OfficerResult o : report.officers()) {
      if (!o.evaluated()) {
        out.write(
            "<tr><td>"
                + Html.escape(o.row().officerId())
                + "</td><td>"
                + Html.escape(o.name())
                + "</td><td>"
                + Html.escape(labels.get("status." + o.row().status()))
                + "</td><td>"
                + Html.escape(ResultsWorkbook.reason(o.reason(), labels.locale()))
                + "</td></tr>\n");
      }
    }
    out.write("</table>\n");
  }

  private static void excluded(RunReport report, Labels labels, Writer out) throws IOException {
    out.write(
        "<h2>"
            + Html.escape(labels.get("unit.excludedVisits"))
            + "</h2>\n<table class=\"excluded\">\n<tr><th>"
            + Html.escape(labels.get("col.visit"))
            + "</th><th>"
            + Html.escape(labels.get("col.officer"))
            + "</th><th>"
            + Html.escape(labels.get("col.reason"))
            + "</th></tr>\n");
    for (RunReport.ExcludedVisit v : report.excludedVisits()) {
      out.write(
          "<tr><td>"
              + Html.escape(v.visitId())
              + "</td><td>"
              + Html.escape(v.officerId())
              + "</td><td>"
              + Html.escape(ResultsWorkbook.code(v.reason(), labels.locale()))
              + ": "
              + Html.escape(v.detail())
              + "</td></tr>\n");
    }
    out.write("</table>\n");
    if (!report.excludedLeaves().isEmpty()) {
      out.write(
          "<h2>"
              + Html.escape(labels.get("unit.excludedLeaves"))
              + "</h2>\n<table class=\"excluded-leaves\">\n");
      for (RunReport.ExcludedLeave l : report.excludedLeaves()) {
        out.write(
            "<tr><td>"
                + Html.escape(l.officerId())
                + "</td><td>"
                + Html.escape(ResultsWorkbook.code(l.kind(), labels.locale()))
                + "</td><td>"
                + l.start()
                + " .. "
                + l.end()
                + "</td><td>"
                + Html.escape(ResultsWorkbook.code(l.reason(), labels.locale()))
                + "</td></tr>\n");
      }
      out.write("</table>\n");
    }
  }
}
