package io.github.dicoso.examples.cli;

import io.github.dicoso.Vocabulary;
import io.github.dicoso.accrual.Exclusion;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Status;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.requirement.Exemption;
import io.github.dicoso.requirement.Requirement;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report printed on standard output, every line at most {@value #WIDTH} columns wide: the unit
 * report, one line per officer (status, required, credited and short days, and notes: the findings
 * or the reason the officer is not held to the requirement), why a requirement is below the quota,
 * the days by kind of work and host level, the visits and leaves not credited, and a legend of the
 * words and marks the report uses. Every word is in the run's language, numbers too ({@code 59,5}
 * in Vietnamese).
 *
 * <p>This class is stateless and thread-safe.
 */
final class TextReport {
  /** The widest line the report prints, in columns (code points). */
  static final int WIDTH = 100;

  private static final List<HostLevel> HOST_LEVELS =
      List.of(HostLevel.BRANCH, HostLevel.COMMUNE, HostLevel.DISTRICT);

  /** The mark of a requirement below the quota, explained under the table. */
  private static final String REDUCED_MARK = "*";

  private TextReport() {}

  /**
   * Prints the whole report: the library's unit report (with its breakdown by department), the
   * per-officer table, the reasons of reduced requirements, the days by kind of work and host
   * level, the visits and leaves not credited, and the legend.
   */
  static void print(RunReport report, Labels labels, PrintWriter out) {
    Locale locale = labels.locale();
    Lines lines = new Lines(out);
    lines.add(
        labels.get("report.title")
            + " "
            + report.year()
            + " | "
            + labels.get("report.policy")
            + ": "
            + Vocabulary.policyName(report.policy(), locale));
    lines.add(labels.get("text.document") + ": " + report.policyDocument());
    lines.add(
        labels.get("report.period")
            + ": "
            + report.period().getStart()
            + ".."
            + report.period().getEndInclusive());
    lines.add("");
    report.unitReportText().lines().forEach(lines::add);
    lines.add(
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
    lines.add("");
    perOfficer(report, labels, lines);
    excluded(report, labels, lines);
    legend(labels, lines);
    out.flush();
  }

  /**
   * The per-officer table, the reasons of reduced requirements and the days by kind and level, made
   * in one pass over the officers (each pass evaluates them again when the run has more than one
   * chunk), then printed in that order.
   */
  private static void perOfficer(RunReport report, Labels labels, Lines lines) {
    Locale locale = labels.locale();
    List<List<String>> rows = new ArrayList<>();
    rows.add(
        List.of(
            labels.get("col.officer"),
            labels.get("col.name"),
            labels.get("col.status"),
            labels.get("col.required"),
            labels.get("col.credited"),
            labels.get("col.shortfall"),
            labels.get("text.notes")));
    List<String> reasons = new ArrayList<>();
    List<List<String>> breakdown = new ArrayList<>();
    breakdown.add(breakdownHeader(labels));
    for (int i = 0; i < report.officers().size(); i++) {
      RunReport.OfficerResult officer = report.officers().get(i);
      Evaluation e = report.evaluations().get(i);
      ResultRow row = officer.row();
      boolean reduced = isReduced(e);
      rows.add(
          List.of(
              row.officerId(),
              officer.name(),
              labels.get("status." + row.status()),
              Vocabulary.days(row.required(), locale) + (reduced ? REDUCED_MARK : ""),
              Vocabulary.days(row.credited(), locale),
              Vocabulary.days(row.shortfall(), locale),
              notes(e, locale)));
      if (reduced) {
        reasons.add(reducedReason(e, labels));
      }
      breakdown.add(breakdownRow(row, locale));
    }
    lines.add(labels.get("text.officers"));
    table(rows, 3, true, lines);
    if (!reasons.isEmpty()) {
      lines.add("");
      lines.add(labels.get("text.reduced.title"));
      reasons.forEach(lines::add);
    }
    lines.add("");
    lines.add(labels.get("text.breakdown.title"));
    lines.add(labels.get("text.breakdown.note"));
    table(breakdown, 1, false, lines);
  }

  /**
   * Prints a table: text columns left-aligned, number columns (from {@code firstNumber})
   * right-aligned; when {@code notes}, the last column is free text, wrapped under itself to fit
   * {@link #WIDTH}.
   */
  private static void table(List<List<String>> rows, int firstNumber, boolean notes, Lines lines) {
    int columns = rows.get(0).size();
    int aligned = notes ? columns - 1 : columns;
    int[] widths = new int[columns];
    for (List<String> cells : rows) {
      for (int i = 0; i < aligned; i++) {
        widths[i] = Math.max(widths[i], length(cells.get(i)));
      }
    }
    int notesStart = 0;
    for (int i = 0; i < aligned; i++) {
      notesStart += widths[i] + 2;
    }
    for (List<String> cells : rows) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < aligned; i++) {
        String cell = cells.get(i);
        if (i >= firstNumber) {
          line.append(" ".repeat(widths[i] - length(cell))).append(cell).append("  ");
        } else {
          line.append(pad(cell, widths[i])).append("  ");
        }
      }
      if (!notes) {
        lines.add(line.toString().stripTrailing());
        continue;
      }
      List<String> parts = wrap(cells.get(columns - 1), WIDTH - notesStart, "");
      lines.add((line + parts.get(0)).stripTrailing());
      for (String part : parts.subList(1, parts.size())) {
        lines.add(" ".repeat(notesStart) + part);
      }
    }
  }

  /**
   * The notes of an officer: the findings by their labels (a count where one repeats), or why the
   * officer is not held to the requirement.
   */
  static String notes(Evaluation e, Locale locale) {
    if (e.status() == Status.NOT_SUBJECT) {
      return Vocabulary.label(e.eligibility().reason(), locale);
    }
    if (e.status() == Status.EXEMPT) {
      Exemption x = e.exemption().orElseThrow();
      return Vocabulary.label(x.kind(), locale) + " " + Vocabulary.value(x.leaveDates(), locale);
    }
    Map<FindingCode, Integer> counts = new LinkedHashMap<>();
    e.findings().forEach(f -> counts.merge(f.code(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach(
        (code, n) -> parts.add(Vocabulary.label(code, locale) + (n == 1 ? "" : " ×" + n)));
    return String.join("; ", parts);
  }

  /** Whether the officer is held to a requirement below the policy's quota. */
  private static boolean isReduced(Evaluation e) {
    return e.evaluated() && e.requirement().map(Requirement::reduced).orElse(false);
  }

  /** Why a reduced requirement is below the quota, as one line. */
  private static String reducedReason(Evaluation e, Labels labels) {
    Locale locale = labels.locale();
    Requirement r = e.requirement().orElseThrow();
    StringBuilder why =
        new StringBuilder(
            labels.get(
                "text.reduced.service",
                String.valueOf(r.serviceDays()),
                String.valueOf(r.periodDays())));
    if (r.daysAway() > 0) {
      why.append("; ").append(labels.get("text.reduced.away", String.valueOf(r.daysAway())));
    }
    why.append("; ")
        .append(labels.get("text.reduced.prorated", Vocabulary.label(r.proRating(), locale)));
    return "  "
        + REDUCED_MARK
        + " "
        + e.officerId()
        + ": "
        + labels.get(
            "text.reduced.line",
            Vocabulary.days(r.required(), locale),
            Vocabulary.days(r.quota(), locale),
            why.toString());
  }

  /** The header of the days by kind of work and host level. */
  private static List<String> breakdownHeader(Labels labels) {
    List<String> header = new ArrayList<>(List.of(labels.get("col.officer")));
    for (KindOfWork kind : KindOfWork.values()) {
      header.add(labels.get("text.kind." + kind.name()));
    }
    for (HostLevel level : HOST_LEVELS) {
      header.add(labels.get("text.level." + level.name()));
    }
    return header;
  }

  /** One officer's days by kind of work and host level. */
  private static List<String> breakdownRow(ResultRow row, Locale locale) {
    List<String> cells = new ArrayList<>(List.of(row.officerId()));
    for (KindOfWork kind : KindOfWork.values()) {
      cells.add(Vocabulary.days(row.daysOf(kind), locale));
    }
    for (HostLevel level : HOST_LEVELS) {
      cells.add(Vocabulary.days(row.daysAt(level), locale));
    }
    return cells;
  }

  private static void excluded(RunReport report, Labels labels, Lines lines) {
    Locale locale = labels.locale();
    if (!report.excludedVisits().isEmpty()) {
      lines.add("");
      lines.add(labels.get("unit.excludedVisits"));
      for (RunReport.ExcludedVisit v : report.excludedVisits()) {
        lines.add(
            "  "
                + v.visitId()
                + "  "
                + v.officerId()
                + "  "
                + reason(v.reason(), locale)
                + ": "
                + v.detail());
      }
    }
    if (!report.excludedLeaves().isEmpty()) {
      lines.add("");
      lines.add(labels.get("unit.excludedLeaves"));
      for (RunReport.ExcludedLeave l : report.excludedLeaves()) {
        lines.add(
            "  "
                + l.officerId()
                + "  "
                + leaveKind(l.kind(), locale)
                + "  "
                + l.start()
                + ".."
                + l.end()
                + "  "
                + reason(l.reason(), locale));
      }
    }
  }

  /** The legend of the words, numbers and marks the report uses. */
  private static void legend(Labels labels, Lines lines) {
    lines.add("");
    lines.add(labels.get("text.legend"));
    for (Status status : Status.values()) {
      lines.add(
          "  "
              + labels.get("status." + status.name())
              + ": "
              + labels.get("text.legend.status." + status.name()));
    }
    for (String key :
        List.of("required", "reduced", "credited", "shortfall", "notes", "times", "hosts")) {
      lines.add("  " + labels.get("text.legend." + key));
    }
  }

  /** A reason code of the run (an exclusion or {@code UNKNOWN_OFFICER}) in words. */
  private static String reason(String code, Locale locale) {
    for (Exclusion x : Exclusion.values()) {
      if (x.name().equals(code)) {
        return Vocabulary.label(x, locale);
      }
    }
    for (FindingCode f : FindingCode.values()) {
      if (f.name().equals(code)) {
        return Vocabulary.label(f, locale);
      }
    }
    return code;
  }

  private static String leaveKind(String code, Locale locale) {
    for (LeaveKind k : LeaveKind.values()) {
      if (k.name().equals(code)) {
        return Vocabulary.label(k, locale);
      }
    }
    return code;
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - length(text)));
  }

  /**
   * Prints lines no wider than {@link #WIDTH}: a longer line is broken at spaces, its continuation
   * indented two columns past the line's own indent (past a list dash, too).
   */
  private static final class Lines {
    private final PrintWriter out;

    Lines(PrintWriter out) {
      this.out = out;
    }

    void add(String line) {
      wrap(line, WIDTH, continuation(line)).forEach(out::println);
    }
  }

  /**
   * {@code line} broken at spaces into lines of at most {@code width} code points (a word longer
   * than that stays whole), each continuation starting with {@code continuation}.
   */
  static List<String> wrap(String line, int width, String continuation) {
    List<String> result = new ArrayList<>();
    String rest = line;
    String prefix = "";
    while (length(prefix + rest) > width) {
      String candidate = prefix + rest;
      int limit = candidate.offsetByCodePoints(0, width);
      int floor = prefix.length() + leadingSpaces(rest);
      int cut = candidate.lastIndexOf(' ', limit);
      if (cut <= floor) {
        cut = candidate.indexOf(' ', limit);
        if (cut < 0) {
          break;
        }
      }
      result.add(candidate.substring(0, cut).stripTrailing());
      rest = candidate.substring(cut + 1).stripLeading();
      prefix = continuation;
    }
    result.add(prefix + rest);
    return result;
  }

  /** The continuation of a long report line: two columns past its indent and list dash. */
  static String continuation(String line) {
    int indent = leadingSpaces(line);
    if (line.startsWith("- ", indent)) {
      indent += 2;
    }
    return " ".repeat(Math.min(indent + 2, WIDTH / 2));
  }

  private static int leadingSpaces(String text) {
    int n = 0;
    while (n < text.length() && text.charAt(n) == ' ') {
      n++;
    }
    return n;
  }
}
