package io.github.dicoso.examples.cli;

import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report printed on standard output: the unit report, then one line per officer (status,
 * required, credited and short days, days by kind of work and host level, findings or the reason
 * the officer is not held to the requirement), then the visits and leaves not credited.
 *
 * <p>This class is stateless and thread-safe.
 */
final class TextReport {
  private static final List<HostLevel> HOST_LEVELS =
      List.of(HostLevel.BRANCH, HostLevel.COMMUNE, HostLevel.DISTRICT);

  private TextReport() {}

  /**
   * Prints the whole report: the library's unit report (with its breakdown by department), the
   * per-officer table and the visits and leaves not credited.
   */
  static void print(RunReport report, Labels labels, PrintWriter out) {
    out.println(
        labels.get("report.title")
            + " "
            + report.year()
            + " | "
            + labels.get("report.policy")
            + " "
            + report.policy()
            + ": "
            + report.policyDocument());
    out.println(
        labels.get("report.period")
            + ": "
            + report.period().getStart()
            + ".."
            + report.period().getEndInclusive());
    out.println();
    out.println(report.unitReportText());
    out.println(
        "  "
            + labels.get("unit.excludedVisits")
            + ": "
            + report.excludedVisits().size()
            + (report.excludedLeaves().isEmpty()
                ? ""
                : "; "
                    + labels.get("unit.excludedLeaves")
                    + ": "
                    + report.excludedLeaves().size()));
    out.println();
    officers(report, labels, out);
    excluded(report, labels, out);
    out.flush();
  }

  private static void officers(RunReport report, Labels labels, PrintWriter out) {
    List<String> header =
        new ArrayList<>(
            List.of(
                labels.get("col.officer"),
                labels.get("col.name"),
                labels.get("col.status"),
                labels.get("col.required"),
                labels.get("col.credited"),
                labels.get("col.shortfall")));
    for (KindOfWork kind : KindOfWork.values()) {
      header.add(labels.get("kind." + kind.name()));
    }
    for (HostLevel level : HOST_LEVELS) {
      header.add(labels.get("level." + level.name()));
    }
    header.add(labels.get("col.findings") + " / " + labels.get("col.reason"));
    List<List<String>> rows = new ArrayList<>();
    rows.add(header);
    for (RunReport.OfficerResult officer : report.officers()) {
      ResultRow row = officer.row();
      List<String> cells =
          new ArrayList<>(
              List.of(
                  row.officerId(),
                  officer.name(),
                  labels.get("status." + row.status()),
                  row.required().toString(),
                  row.credited().toString(),
                  row.shortfall().toString()));
      for (KindOfWork kind : KindOfWork.values()) {
        cells.add(row.daysOf(kind).toString());
      }
      for (HostLevel level : HOST_LEVELS) {
        cells.add(row.daysAt(level).toString());
      }
      cells.add(officer.evaluated() ? codes(row.findings()) : officer.reason());
      rows.add(cells);
    }
    int columns = header.size();
    int[] widths = new int[columns];
    for (List<String> cells : rows) {
      for (int i = 0; i < columns - 1; i++) {
        widths[i] = Math.max(widths[i], length(cells.get(i)));
      }
    }
    for (List<String> cells : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        String cell = cells.get(i);
        boolean number = i >= 3 && i < columns - 1;
        if (i == columns - 1) {
          line.append(cell);
        } else if (number) {
          line.append(" ".repeat(widths[i] - length(cell))).append(cell).append("  ");
        } else {
          line.append(pad(cell, widths[i])).append("  ");
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }

  /** Distinct codes in order of first appearance, with a count where one repeats. */
  static String codes(List<String> findings) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    findings.forEach(code -> counts.merge(code, 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((code, n) -> parts.add(n == 1 ? code : code + " x" + n));
    return String.join(", ", parts);
  }

  private static void excluded(RunReport report, Labels labels, PrintWriter out) {
    if (!report.excludedVisits().isEmpty()) {
      out.println();
      out.println(labels.get("unit.excludedVisits"));
      for (RunReport.ExcludedVisit v : report.excludedVisits()) {
        out.println(
            "  " + v.visitId() + "  " + v.officerId() + "  " + v.reason() + "  " + v.detail());
      }
    }
    if (!report.excludedLeaves().isEmpty()) {
      out.println();
      out.println(labels.get("unit.excludedLeaves"));
      for (RunReport.ExcludedLeave l : report.excludedLeaves()) {
        out.println(
            "  "
                + l.officerId()
                + "  "
                + l.kind()
                + "  "
                + l.start()
                + ".."
                + l.end()
                + "  "
                + l.reason());
      }
    }
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - length(text)));
  }
}
