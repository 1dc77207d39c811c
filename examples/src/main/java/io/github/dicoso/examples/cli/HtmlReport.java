package io.github.dicoso.examples.cli;

import io.github.dicoso.Days;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.accrual.Exclusion;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Status;
import io.github.dicoso.compliance.UnitReport;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.finding.Severity;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.requirement.Exemption;
import io.github.dicoso.requirement.LeaveOutcome;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The HTML report: one self-contained page (inline style, no scripts, nothing fetched) that prints
 * on A4. It holds, in the run's language:
 *
 * <ul>
 *   <li>the unit's name, the policy and the counting period;
 *   <li>the key figures of the library's unit report (officers in scope, subject, exempt by reason,
 *       evaluated, compliant, the rate, total, average, median, fewest and most days credited, host
 *       units covered) and the same figures by department;
 *   <li>per officer held to the requirement, a bar of credited days on a day scale, with a mark at
 *       the officer's own requirement, coloured by status;
 *   <li>the days by kind of work and host level, the findings, the officers not held to the
 *       requirement, and the visits and leaves that earned nothing, each with its reason in words.
 * </ul>
 *
 * Every table has a header row, identifiers never wrap, and rows and bars are not split across
 * printed pages. All text from the input is {@linkplain Html#escape escaped}; the page is also
 * well-formed XML, so that it can be checked with any XML parser.
 *
 * <p>This class is stateless and thread-safe.
 */
final class HtmlReport {
  private static final List<HostLevel> HOST_LEVELS =
      List.of(HostLevel.BRANCH, HostLevel.COMMUNE, HostLevel.DISTRICT);

  /** The steps of the day scale, smallest first; the first that gives at most ten ticks is used. */
  private static final int[] TICK_STEPS = {5, 10, 20, 50, 100, 200, 500, 1000};

  private static final int MAX_TICKS = 10;

  /** The codes the run's outputs carry, by name, to be written in words. */
  private static final Map<String, Enum<?>> CODES = codes();

  static final String STYLE =
      """
      @page { size: A4; margin: 14mm 12mm; }
      * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; margin: 2em auto;
        color: #222; max-width: 70em; font-size: 10.5pt; line-height: 1.3; }
      h1 { font-size: 1.5em; margin: 0 0 0.2em; } h2 { font-size: 1.15em; margin: 1.6em 0 0.4em; }
      h2 { break-after: avoid; page-break-after: avoid; }
      p.meta { margin: 0 0 1em; color: #444; }
      table { border-collapse: collapse; margin: 0.2em 0; }
      th, td { padding: 0.15em 0.5em; text-align: left; vertical-align: top; }
      thead th { border-bottom: 1.5px solid #555; background: #f0f0f0; font-weight: 600; }
      tbody td, tbody th { border-bottom: 1px solid #ddd; }
      tbody th { font-weight: normal; }
      tfoot td, tfoot th { border-top: 1.5px solid #555; font-weight: 600; }
      td.n, th.n { text-align: right; white-space: nowrap; }
      .id, td.name { white-space: nowrap; }
      table.departments tbody th, table.departments tfoot th { min-width: 9em; }
      thead th.n { white-space: normal; vertical-align: bottom; }
      table.departments thead th { font-size: 0.85em; }
      table.departments td.n { padding: 0.15em 0.35em; }
      tr { break-inside: avoid; page-break-inside: avoid; }
      thead { display: table-header-group; }
      table.wide { width: 100%; }
      .status { font-size: 0.85em; padding: 0 0.4em; border-radius: 0.2em; color: #fff;
        white-space: nowrap; }
      .status.COMPLIANT { background: #2e7d32; } .status.NON_COMPLIANT { background: #c62828; }
      table.bars td.barcell { width: 55%; padding-right: 1.2em; }
      .axis { position: relative; height: 1.2em; font-weight: normal; }
      .axis span { position: absolute; top: 0; transform: translateX(-50%); font-size: 0.85em; }
      .bar { position: relative; height: 1em; background: #eee; margin: 0.15em 0;
        break-inside: avoid; }
      .bar .fill { position: absolute; left: 0; top: 0; bottom: 0; }
      .bar.COMPLIANT .fill { background: #2e7d32; } .bar.NON_COMPLIANT .fill { background: #c62828; }
      .bar .tick { position: absolute; top: 0; bottom: 0; width: 1px; background: #fff; opacity: 0.7; }
      .bar .target { position: absolute; top: -0.25em; bottom: -0.25em; width: 3px;
        margin-left: -1px; background: #000; }
      .VIOLATION { color: #b71c1c; } .WARNING { color: #8d6e00; } .INFO { color: #555; }
      .detail { font-size: 0.9em; color: #444; }
      @media print {
        body { margin: 0; max-width: none; font-size: 9pt; }
        h2 { margin-top: 1.2em; }
      }
      """;

  private HtmlReport() {}

  /** Writes the page. */
  static void write(RunReport report, Labels labels, Writer out) throws IOException {
    Locale locale = labels.locale();
    UnitReport unit = report.unit();
    StringBuilder page = new StringBuilder(1 << 17);
    String title = labels.get("html.title", String.valueOf(report.year()), unit.name());
    page.append("<!DOCTYPE html>\n<html lang=\"")
        .append(locale.getLanguage())
        .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>")
        .append(Html.escape(title))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1 class=\"unit\">")
        .append(Html.escape(title))
        .append("</h1>\n<p class=\"meta\">")
        .append(Html.escape(labels.get("report.policy")))
        .append(": ")
        .append(Html.escape(Vocabulary.policyName(report.policy(), locale)))
        .append(": ")
        .append(Html.escape(report.policyDocument()))
        .append("<br/>")
        .append(Html.escape(labels.get("report.period")))
        .append(": ")
        .append(Html.escape(Html.dates(report.period(), locale)))
        .append("</p>\n");
    figures(report, labels, page);
    drain(page, out);
    departments(unit, labels, page);
    drain(page, out);
    bars(report, labels, page, out);
    drain(page, out);
    byKindAndLevel(report, labels, page, out);
    drain(page, out);
    findings(report, labels, page, out);
    drain(page, out);
    others(report, labels, page, out);
    drain(page, out);
    excludedVisits(report, labels, page, out);
    drain(page, out);
    excludedLeaves(report, labels, page, out);
    drain(page, out);
    page.append("</body>\n</html>\n");
    out.write(page.toString());
  }

  /**
   * Writes out what {@code page} holds once it holds more than 64 K characters, so that a report of
   * many officers is never held whole in memory.
   */
  private static void drain(StringBuilder page, Writer out) throws IOException {
    if (page.length() > 1 << 16) {
      out.write(page.toString());
      page.setLength(0);
    }
  }

  /** The key figures of the unit report, as a two-column table. */
  private static void figures(RunReport report, Labels labels, StringBuilder page) {
    Locale locale = labels.locale();
    UnitReport unit = report.unit();
    heading(labels.get("html.figures"), page);
    page.append("<table class=\"summary\">\n");
    head(page, new String[] {labels.get("html.figure"), labels.get("html.value")}, Set.of(1));
    page.append("<tbody>\n");
    String none = labels.get("none");
    figure(page, "inScope", labels.get("unit.inScope"), String.valueOf(unit.inScope()));
    figure(page, "subject", labels.get("unit.subject"), String.valueOf(unit.subject()));
    figure(page, "notSubject", labels.get("unit.notSubject"), String.valueOf(unit.notSubject()));
    String exempt = String.valueOf(unit.exempt());
    if (!unit.exemptByReason().isEmpty()) {
      exempt +=
          " ("
              + unit.exemptByReason().entrySet().stream()
                  .map(e -> Vocabulary.label(e.getKey(), locale) + " " + e.getValue())
                  .collect(Collectors.joining(", "))
              + ")";
    }
    figure(page, "exempt", labels.get("unit.exempt"), exempt);
    figure(page, "evaluated", labels.get("unit.evaluated"), String.valueOf(unit.evaluated()));
    figure(page, "compliant", labels.get("unit.compliant"), String.valueOf(unit.compliant()));
    figure(
        page, "nonCompliant", labels.get("unit.nonCompliant"), String.valueOf(unit.nonCompliant()));
    figure(page, "rate", labels.get("unit.complianceRate"), rate(unit, labels).orElse(none));
    figure(
        page, "total", labels.get("unit.totalDays"), Vocabulary.days(unit.totalCredited(), locale));
    figure(
        page,
        "average",
        labels.get("unit.averageDays"),
        unit.averageCredited().map(d -> Vocabulary.decimal(d, locale)).orElse(none));
    figure(
        page,
        "median",
        labels.get("html.median"),
        unit.medianCredited().map(d -> Vocabulary.decimal(d, locale)).orElse(none));
    figure(
        page,
        "min",
        labels.get("html.min"),
        unit.minCredited().map(d -> Vocabulary.days(d, locale)).orElse(none));
    figure(
        page,
        "max",
        labels.get("html.max"),
        unit.maxCredited().map(d -> Vocabulary.days(d, locale)).orElse(none));
    figure(
        page, "hostUnits", labels.get("unit.hostUnits"), String.valueOf(unit.hostUnitsCovered()));
    figure(
        page,
        "excludedVisits",
        labels.get("unit.excludedVisits"),
        String.valueOf(report.excludedVisits().size()));
    figure(
        page,
        "excludedLeaves",
        labels.get("unit.excludedLeaves"),
        String.valueOf(report.excludedLeaves().size()));
    page.append("</tbody>\n</table>\n");
  }

  private static void figure(StringBuilder page, String key, String label, String value) {
    page.append("<tr data-figure=\"")
        .append(key)
        .append("\"><th>")
        .append(Html.escape(label))
        .append("</th><td class=\"n\">")
        .append(Html.escape(value))
        .append("</td></tr>\n");
  }

  /** The compliance rate as a percentage with two decimals in the language, e.g. 73,68 %. */
  private static Optional<String> rate(UnitReport unit, Labels labels) {
    return unit.ratePercent()
        .map(p -> labels.get("html.percent", Vocabulary.decimal(p, labels.locale())));
  }

  /** The unit report's figures by department, with the whole unit as the footer row. */
  private static void departments(UnitReport unit, Labels labels, StringBuilder page) {
    heading(labels.get("html.departments"), page);
    page.append("<table class=\"departments wide\">\n");
    head(
        page,
        new String[] {
          labels.get("html.department"),
          labels.get("html.inScope"),
          labels.get("unit.subject"),
          labels.get("unit.exempt"),
          labels.get("html.evaluated"),
          labels.get("unit.compliant"),
          labels.get("unit.nonCompliant"),
          labels.get("html.rate"),
          labels.get("html.total"),
          labels.get("html.average"),
          labels.get("html.median"),
          labels.get("html.min"),
          labels.get("html.max")
        },
        Set.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    page.append("<tbody>\n");
    for (Map.Entry<String, UnitReport> department : unit.byDepartment().entrySet()) {
      String name =
          department.getKey().isEmpty() ? labels.get("html.noDepartment") : department.getKey();
      departmentRow(page, name, department.getValue(), labels);
    }
    page.append("</tbody>\n<tfoot>\n");
    departmentRow(page, labels.get("html.wholeUnit"), unit, labels);
    page.append("</tfoot>\n</table>\n");
  }

  private static void departmentRow(
      StringBuilder page, String name, UnitReport unit, Labels labels) {
    Locale locale = labels.locale();
    String none = "–";
    page.append("<tr><th>").append(Html.escape(name)).append("</th>");
    List<String> cells =
        List.of(
            String.valueOf(unit.inScope()),
            String.valueOf(unit.subject()),
            String.valueOf(unit.exempt()),
            String.valueOf(unit.evaluated()),
            String.valueOf(unit.compliant()),
            String.valueOf(unit.nonCompliant()),
            rate(unit, labels).orElse(none),
            Vocabulary.days(unit.totalCredited(), locale),
            unit.averageCredited().map(d -> Vocabulary.decimal(d, locale)).orElse(none),
            unit.medianCredited().map(d -> Vocabulary.decimal(d, locale)).orElse(none),
            unit.minCredited().map(d -> Vocabulary.days(d, locale)).orElse(none),
            unit.maxCredited().map(d -> Vocabulary.days(d, locale)).orElse(none));
    for (String value : cells) {
      number(page, value);
    }
    page.append("</tr>\n");
  }

  /**
   * Per officer held to the requirement, a bar of credited days on a common day scale (ticks in the
   * header, repeated on each printed page), with a mark at the officer's requirement.
   */
  private static void bars(RunReport report, Labels labels, StringBuilder page, Writer out)
      throws IOException {
    Locale locale = labels.locale();
    heading(labels.get("html.bars"), page);
    int end = scaleEnd(report.officers());
    int step = tickStep(end);
    page.append("<table class=\"bars wide\">\n<thead>\n<tr><th>")
        .append(Html.escape(labels.get("col.officer")))
        .append("</th><th>")
        .append(Html.escape(labels.get("col.name")))
        .append("</th><th>")
        .append(Html.escape(labels.get("col.status")))
        .append("</th><th class=\"n\">")
        .append(Html.escape(labels.get("html.days")))
        .append("</th><th class=\"scale\"><div class=\"detail\">")
        .append(Html.escape(labels.get("html.scale")))
        .append("</div><div class=\"axis\">");
    for (int day = 0; day <= end; day += step) {
      page.append("<span style=\"left: ")
          .append(percent(BigDecimal.valueOf(day), end))
          .append("%\">")
          .append(day)
          .append("</span>");
    }
    page.append("</div></th></tr>\n</thead>\n<tbody>\n");
    for (RunReport.OfficerResult officer : report.officers()) {
      if (!officer.evaluated()) {
        continue;
      }
      ResultRow row = officer.row();
      String id = Html.escape(row.officerId());
      String status = row.status();
      String days =
          labels.get(
              "days.of",
              Vocabulary.days(row.credited(), locale),
              Vocabulary.days(row.required(), locale));
      page.append("<tr><td class=\"id\">")
          .append(id)
          .append("</td><td class=\"name\">")
          .append(Html.escape(officer.name()))
          .append("</td><td><span class=\"status ")
          .append(status)
          .append("\">")
          .append(Html.escape(statusLabel(status, locale)))
          .append("</span></td><td class=\"n\">")
          .append(Html.escape(days))
          .append("</td><td class=\"barcell\"><div class=\"bar ")
          .append(status)
          .append("\" data-officer=\"")
          .append(id)
          .append("\" data-status=\"")
          .append(status)
          .append("\" data-credited=\"")
          .append(row.credited())
          .append("\" data-required=\"")
          .append(row.required())
          .append("\" title=\"")
          .append(Html.escape(days))
          .append("\"><div class=\"fill\" style=\"width: ")
          .append(percent(row.credited().toBigDecimal(), end))
          .append("%\"></div>");
      for (int day = step; day < end; day += step) {
        page.append("<div class=\"tick\" style=\"left: ")
            .append(percent(BigDecimal.valueOf(day), end))
            .append("%\"></div>");
      }
      page.append("<div class=\"target\" style=\"left: ")
          .append(percent(row.required().toBigDecimal(), end))
          .append("%\"></div></div></td></tr>\n");
      drain(page, out);
    }
    page.append("</tbody>\n</table>\n");
  }

  /** The end of the day scale: the largest requirement or credit, rounded up to a tick. */
  private static int scaleEnd(List<RunReport.OfficerResult> officers) {
    Days max = Days.ONE;
    for (RunReport.OfficerResult o : officers) {
      if (o.evaluated()) {
        max = max.max(o.row().required()).max(o.row().credited());
      }
    }
    int top = max.toBigDecimal().setScale(0, RoundingMode.CEILING).intValueExact();
    int step = tickStep(top);
    return (top + step - 1) / step * step;
  }

  private static int tickStep(int end) {
    for (int step : TICK_STEPS) {
      if (end <= step * MAX_TICKS) {
        return step;
      }
    }
    return (end + MAX_TICKS - 1) / MAX_TICKS;
  }

  private static String percent(BigDecimal days, int end) {
    return days.multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(end), 2, RoundingMode.HALF_UP)
        .toPlainString();
  }

  /** Days by kind of work and by host level of every officer. */
  private static void byKindAndLevel(
      RunReport report, Labels labels, StringBuilder page, Writer out) throws IOException {
    Locale locale = labels.locale();
    heading(labels.get("html.byKindAndLevel"), page);
    List<String> columns =
        new ArrayList<>(
            List.of(labels.get("col.officer"), labels.get("col.name"), labels.get("col.credited")));
    for (KindOfWork kind : KindOfWork.values()) {
      columns.add(labels.get("kind." + kind.name()));
    }
    for (HostLevel level : HOST_LEVELS) {
      columns.add(labels.get("level." + level.name()));
    }
    Set<Integer> numbers = new HashSet<>();
    for (int i = 2; i < columns.size(); i++) {
      numbers.add(i);
    }
    page.append("<table class=\"kinds wide\">\n");
    head(page, columns.toArray(String[]::new), numbers);
    page.append("<tbody>\n");
    for (RunReport.OfficerResult officer : report.officers()) {
      ResultRow row = officer.row();
      page.append("<tr><td class=\"id\">")
          .append(Html.escape(row.officerId()))
          .append("</td><td class=\"name\">")
          .append(Html.escape(officer.name()))
          .append("</td>");
      number(page, Vocabulary.days(row.credited(), locale));
      for (KindOfWork kind : KindOfWork.values()) {
        number(page, Vocabulary.days(row.daysOf(kind), locale));
      }
      for (HostLevel level : HOST_LEVELS) {
        number(page, Vocabulary.days(row.daysAt(level), locale));
      }
      page.append("</tr>\n");
      drain(page, out);
    }
    page.append("</tbody>\n</table>\n");
  }

  /** Every finding of every officer, in words with its citation. */
  private static void findings(RunReport report, Labels labels, StringBuilder page, Writer out)
      throws IOException {
    Locale locale = labels.locale();
    heading(labels.get("html.findings"), page);
    if (report.officers().stream().allMatch(o -> o.findings().isEmpty())) {
      page.append("<p>").append(Html.escape(labels.get("html.none"))).append("</p>\n");
      return;
    }
    page.append("<table class=\"findings wide\">\n");
    head(
        page,
        new String[] {
          labels.get("col.officer"),
          labels.get("html.finding"),
          labels.get("html.severity"),
          labels.get("html.detail")
        },
        Set.of());
    page.append("<tbody>\n");
    for (RunReport.OfficerResult officer : report.officers()) {
      for (RunReport.FindingLine f : officer.findings()) {
        page.append("<tr class=\"")
            .append(f.severity())
            .append("\"><td class=\"id\">")
            .append(Html.escape(officer.row().officerId()))
            .append("</td><td>")
            .append(Html.escape(words(f.code(), locale)))
            .append("</td><td>")
            .append(Html.escape(Vocabulary.label(Severity.valueOf(f.severity()), locale)))
            .append("</td><td class=\"detail\">")
            .append(Html.escape(f.message()))
            .append("</td></tr>\n");
        drain(page, out);
      }
    }
    page.append("</tbody>\n</table>\n");
  }

  /** The officers not held to the requirement, with the reason in words. */
  private static void others(RunReport report, Labels labels, StringBuilder page, Writer out)
      throws IOException {
    Locale locale = labels.locale();
    heading(labels.get("officers.others"), page);
    page.append("<table class=\"others wide\">\n");
    head(
        page,
        new String[] {
          labels.get("col.officer"),
          labels.get("col.name"),
          labels.get("col.status"),
          labels.get("col.reason")
        },
        Set.of());
    page.append("<tbody>\n");
    for (int i = 0; i < report.officers().size(); i++) {
      RunReport.OfficerResult o = report.officers().get(i);
      if (o.evaluated()) {
        continue;
      }
      page.append("<tr><td class=\"id\">")
          .append(Html.escape(o.row().officerId()))
          .append("</td><td>")
          .append(Html.escape(o.name()))
          .append("</td><td>")
          .append(Html.escape(statusLabel(o.row().status(), locale)))
          .append("</td><td>")
          .append(Html.escape(reason(report.evaluations().get(i), locale)))
          .append("</td></tr>\n");
      drain(page, out);
    }
    page.append("</tbody>\n</table>\n");
  }

  /** Why an officer is not held to the requirement, in words: eligibility or exemption. */
  static String reason(Evaluation e, Locale locale) {
    if (e.status() == Status.EXEMPT && e.exemption().isPresent()) {
      Exemption x = e.exemption().get();
      return Vocabulary.label(x.kind(), locale)
          + " "
          + Html.dates(x.leaveDates(), locale)
          + " ("
          + Vocabulary.citation(x.citation(), locale)
          + ")";
    }
    return Vocabulary.label(e.eligibility().reason(), locale)
        + " ("
        + Vocabulary.citation(e.eligibility().citation(), locale)
        + ")";
  }

  private static void excludedVisits(
      RunReport report, Labels labels, StringBuilder page, Writer out) throws IOException {
    Locale locale = labels.locale();
    heading(labels.get("unit.excludedVisits"), page);
    if (report.excludedVisits().isEmpty()) {
      page.append("<p>").append(Html.escape(labels.get("html.none"))).append("</p>\n");
      return;
    }
    Map<String, String> wholeOutside = new HashMap<>();
    report
        .outsidePeriodVisits()
        .forEach(v -> wholeOutside.put(v.id(), Html.dates(v.start(), v.end(), locale)));
    page.append("<table class=\"excluded wide\">\n");
    head(
        page,
        new String[] {
          labels.get("col.visit"),
          labels.get("col.officer"),
          labels.get("col.reason"),
          labels.get("html.detail")
        },
        Set.of());
    page.append("<tbody>\n");
    for (RunReport.ExcludedVisit v : report.excludedVisits()) {
      String detail;
      String outside = wholeOutside.get(v.visitId());
      if (outside != null && v.reason().equals(Exclusion.OUTSIDE_PERIOD.name())) {
        detail =
            outside
                + "; "
                + labels.get("report.period")
                + " "
                + Html.dates(report.period(), locale);
      } else {
        detail = v.detail().equals(v.reason()) ? "" : v.detail();
      }
      page.append("<tr><td class=\"id\">")
          .append(Html.escape(v.visitId()))
          .append("</td><td class=\"id\">")
          .append(Html.escape(v.officerId()))
          .append("</td><td>")
          .append(Html.escape(words(v.reason(), locale)))
          .append("</td><td class=\"detail\">")
          .append(Html.escape(detail))
          .append("</td></tr>\n");
      drain(page, out);
    }
    page.append("</tbody>\n</table>\n");
  }

  private static void excludedLeaves(
      RunReport report, Labels labels, StringBuilder page, Writer out) throws IOException {
    Locale locale = labels.locale();
    heading(labels.get("unit.excludedLeaves"), page);
    if (report.excludedLeaves().isEmpty()) {
      page.append("<p>").append(Html.escape(labels.get("html.none"))).append("</p>\n");
      return;
    }
    page.append("<table class=\"excluded-leaves wide\">\n");
    head(
        page,
        new String[] {
          labels.get("col.officer"),
          labels.get("html.leaveKind"),
          labels.get("html.dates"),
          labels.get("col.reason")
        },
        Set.of());
    page.append("<tbody>\n");
    for (RunReport.ExcludedLeave l : report.excludedLeaves()) {
      page.append("<tr><td class=\"id\">")
          .append(Html.escape(l.officerId()))
          .append("</td><td>")
          .append(Html.escape(words(l.kind(), locale)))
          .append("</td><td class=\"id\">")
          .append(Html.escape(Html.dates(l.start(), l.end(), locale)))
          .append("</td><td>")
          .append(Html.escape(words(l.reason(), locale)))
          .append("</td></tr>\n");
      drain(page, out);
    }
    page.append("</tbody>\n</table>\n");
  }

  private static void heading(String text, StringBuilder page) {
    page.append("<h2>").append(Html.escape(text)).append("</h2>\n");
  }

  /** A header row; the columns in {@code numbers} are aligned right, as their cells are. */
  private static void head(StringBuilder page, String[] columns, Set<Integer> numbers) {
    page.append("<thead>\n<tr>");
    for (int i = 0; i < columns.length; i++) {
      page.append(numbers.contains(i) ? "<th class=\"n\">" : "<th>")
          .append(Html.escape(columns[i]))
          .append("</th>");
    }
    page.append("</tr>\n</thead>\n");
  }

  private static void number(StringBuilder page, String value) {
    page.append("<td class=\"n\">").append(Html.escape(value)).append("</td>");
  }

  private static String statusLabel(String status, Locale locale) {
    return Vocabulary.label(Status.valueOf(status), locale);
  }

  /**
   * A code the outputs carry ({@code INVITED_ONLY}, {@code UNKNOWN_OFFICER}, {@code STUDY} ...) in
   * words, through the library's vocabulary; the code itself if the library has no such constant.
   */
  static String words(String code, Locale locale) {
    Enum<?> constant = CODES.get(code);
    return constant == null ? code : Vocabulary.label(constant, locale);
  }

  private static Map<String, Enum<?>> codes() {
    Map<String, Enum<?>> codes = new HashMap<>();
    List<Enum<?>[]> types =
        List.of(
            Exclusion.values(), FindingCode.values(), LeaveOutcome.values(), LeaveKind.values());
    for (Enum<?>[] constants : types) {
      for (Enum<?> constant : constants) {
        codes.putIfAbsent(constant.name(), constant);
      }
    }
    return Map.copyOf(codes);
  }
}
