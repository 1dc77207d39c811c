package io.github.dicoso.examples.cli;

import io.github.dicoso.Days;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.accrual.Exclusion;
import io.github.dicoso.accrual.VisitEntry;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Status;
import io.github.dicoso.compliance.UnitReport;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.requirement.LeaveOutcome;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * The Excel workbook {@code evaluate --xlsx} writes, in the run's language, with four sheets:
 *
 * <ol>
 *   <li>the officers: id, name, department, status and its reason in words, days required, credited
 *       and short, days by kind of work and by host level, and the findings in words;
 *   <li>the unit summary, one row for the unit and one per department: officers in scope, subject,
 *       not subject, exempt (and by kind of leave), evaluated, compliant, non-compliant, the
 *       compliance rate, total, average, median, fewest and most days credited, host units covered;
 *   <li>the visits not credited, each with its dates, host unit and reason (every visit the text
 *       report lists as excluded);
 *   <li>every leave of the input with what became of it: applied or not, and why.
 * </ol>
 *
 * Days and counts are numeric cells ({@code 59.5}), the rate a number with a percent format, dates
 * date cells; each sheet has a frozen header row. Statuses, reasons, kinds and findings are written
 * with the library's {@link Vocabulary}, headers with the tool's {@link Labels}.
 *
 * <p>This class is stateless and thread-safe.
 */
final class ResultsWorkbook {
  /** The host levels in column order, lowest first, as in {@code results.csv}. */
  static final List<HostLevel> HOST_LEVELS =
      List.of(HostLevel.BRANCH, HostLevel.COMMUNE, HostLevel.DISTRICT);

  /** The Excel format of date cells. */
  static final String DATE_FORMAT = "yyyy-mm-dd";

  /** The Excel format of rates (a fraction shown as a percentage). */
  static final String RATE_FORMAT = "0.00%";

  /** The Excel format of days and averages: up to two decimals, none when whole. */
  static final String DAYS_FORMAT = "0.##";

  private static final int ROWS_PER_FLUSH = 1_000;

  private ResultsWorkbook() {}

  /**
   * The target of {@code option}: a file, never the standard output, which takes text only.
   *
   * @throws BadInputException for {@code -} or a name of the standard output
   */
  static OutputTarget target(String option, String given) throws BadInputException {
    OutputTarget target = OutputTarget.of(option, given);
    if (target.kind() == OutputTarget.Kind.STANDARD_OUTPUT) {
      throw new BadInputException(
          option
              + " "
              + Echo.of(given)
              + ": a workbook cannot be written to standard output; give a file name, e.g."
              + " results.xlsx");
    }
    return target;
  }

  /** Writes the workbook of {@code report} to {@code out}. */
  static void write(RunReport report, Labels labels, OutputStream out) throws IOException {
    Workbook book = new Workbook(out, "dicoso", "1.0");
    officers(book.newWorksheet(labels.get("xlsx.sheet.officers")), report, labels);
    units(book.newWorksheet(labels.get("xlsx.sheet.units")), report, labels);
    visits(book.newWorksheet(labels.get("xlsx.sheet.visits")), report, labels);
    leaves(book.newWorksheet(labels.get("xlsx.sheet.leaves")), report, labels);
    book.finish();
  }

  private static void officers(Worksheet sheet, RunReport report, Labels labels)
      throws IOException {
    Locale locale = labels.locale();
    List<String> header =
        new ArrayList<>(
            List.of(
                labels.get("col.officer"),
                labels.get("col.name"),
                labels.get("xlsx.col.department"),
                labels.get("col.status"),
                labels.get("col.reason"),
                labels.get("col.required"),
                labels.get("col.credited"),
                labels.get("col.shortfall")));
    for (KindOfWork kind : KindOfWork.values()) {
      header.add(labels.get("xlsx.col.days", labels.get("kind." + kind.name())));
    }
    for (HostLevel level : HOST_LEVELS) {
      header.add(labels.get("xlsx.col.days", labels.get("level." + level.name())));
    }
    header.add(labels.get("col.findings"));
    header(sheet, 0, header);
    widths(sheet, List.of(10.0, 24.0, 24.0, 18.0, 36.0), header.size(), 12, 48);
    sheet.freezePane(1, 1);
    int r = 1;
    for (int i = 0; i < report.officers().size(); i++) {
      RunReport.OfficerResult officer = report.officers().get(i);
      Evaluation evaluation = report.evaluations().get(i);
      ResultRow row = officer.row();
      int c = 0;
      sheet.value(r, c++, row.officerId());
      sheet.value(r, c++, row.name());
      sheet.value(r, c++, row.department());
      sheet.value(r, c++, Vocabulary.label(Status.valueOf(row.status()), locale));
      sheet.value(r, c++, statusReason(evaluation, locale));
      days(sheet, r, c++, row.required());
      days(sheet, r, c++, row.credited());
      days(sheet, r, c++, row.shortfall());
      for (KindOfWork kind : KindOfWork.values()) {
        days(sheet, r, c++, row.daysOf(kind));
      }
      for (HostLevel level : HOST_LEVELS) {
        days(sheet, r, c++, row.daysAt(level));
      }
      sheet.value(r, c, findings(row.findings(), locale));
      r = next(sheet, r);
    }
    sheet.finish();
  }

  /**
   * Why an officer is not held to the requirement, in words: the eligibility reason, or the kind
   * and dates of the exempting leave; empty for an officer held to it.
   */
  static String statusReason(Evaluation e, Locale locale) {
    if (e.status() == Status.NOT_SUBJECT) {
      return Vocabulary.label(e.eligibility().reason(), locale);
    }
    if (e.status() == Status.EXEMPT) {
      return e.exemption()
          .map(
              x ->
                  Vocabulary.label(x.kind(), locale)
                      + " "
                      + Vocabulary.value(x.leaveDates(), locale))
          .orElse("");
    }
    return "";
  }

  /** The findings in words, each distinct one once, with a count where one repeats. */
  static String findings(List<String> codes, Locale locale) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    codes.forEach(code -> counts.merge(code, 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach(
        (code, n) -> {
          String label = code(code, locale);
          parts.add(n == 1 ? label : label + " (" + n + ")");
        });
    return String.join("; ", parts);
  }

  private static void units(Worksheet sheet, RunReport report, Labels labels) throws IOException {
    Locale locale = labels.locale();
    sheet.value(0, 0, labels.get("report.title") + " " + report.year());
    sheet.style(0, 0).bold().set();
    sheet.value(1, 0, labels.get("report.policy"));
    sheet.value(1, 1, Vocabulary.policyName(report.policy(), locale));
    sheet.value(1, 2, report.policyDocument());
    sheet.value(2, 0, labels.get("report.period"));
    date(sheet, 2, 1, report.period().getStart());
    date(sheet, 2, 2, report.period().getEndInclusive());
    int top = 4;
    List<String> header = unitHeader(labels);
    header(sheet, top, header);
    widths(sheet, List.of(30.0), header.size(), 14, 14);
    sheet.freezePane(1, top + 1);
    int r = top + 1;
    r = unitRow(sheet, r, report.unit().name(), report.unit(), true);
    for (Map.Entry<String, UnitReport> department : report.unit().byDepartment().entrySet()) {
      String name =
          department.getKey().isEmpty() ? labels.get("xlsx.noDepartment") : department.getKey();
      r = unitRow(sheet, r, name, department.getValue(), false);
    }
    sheet.finish();
  }

  /** The headers of a unit report row: the name, then {@link #unitRow}'s values. */
  static List<String> unitHeader(Labels labels) {
    List<String> header =
        new ArrayList<>(
            List.of(
                labels.get("xlsx.col.unit"),
                labels.get("unit.inScope"),
                labels.get("unit.subject"),
                labels.get("unit.notSubject"),
                labels.get("unit.exempt")));
    for (LeaveKind kind : LeaveKind.values()) {
      header.add(labels.get("xlsx.col.exemptFor", Vocabulary.label(kind, labels.locale())));
    }
    header.addAll(
        List.of(
            labels.get("unit.evaluated"),
            labels.get("unit.compliant"),
            labels.get("unit.nonCompliant"),
            labels.get("unit.complianceRate"),
            labels.get("unit.totalDays"),
            labels.get("unit.averageDays"),
            labels.get("xlsx.col.medianDays"),
            labels.get("xlsx.col.minDays"),
            labels.get("xlsx.col.maxDays"),
            labels.get("unit.hostUnits")));
    return header;
  }

  /** Writes {@code unit} as row {@code r} named {@code name}; returns the next row. */
  private static int unitRow(Worksheet sheet, int r, String name, UnitReport unit, boolean bold)
      throws IOException {
    int c = 0;
    sheet.value(r, c++, name);
    if (bold) {
      sheet.style(r, 0).bold().set();
    }
    for (Object value : unitValues(unit)) {
      number(sheet, r, c++, value);
    }
    return next(sheet, r);
  }

  /**
   * A unit report's values in the order of {@link #unitHeader} (after the name): counts as {@link
   * Integer}, days as {@link Days}, the rate and average as {@link Rate} and {@link BigDecimal}, an
   * absent value as {@link Optional#empty()}.
   */
  static List<Object> unitValues(UnitReport unit) {
    List<Object> values =
        new ArrayList<>(List.of(unit.inScope(), unit.subject(), unit.notSubject(), unit.exempt()));
    for (LeaveKind kind : LeaveKind.values()) {
      values.add(unit.exemptByReason().getOrDefault(kind, 0));
    }
    values.add(unit.evaluated());
    values.add(unit.compliant());
    values.add(unit.nonCompliant());
    values.add(unit.rate().map(Rate::new));
    values.add(unit.totalCredited());
    values.add(unit.averageCredited());
    values.add(unit.medianCredited());
    values.add(unit.minCredited());
    values.add(unit.maxCredited());
    values.add(unit.hostUnitsCovered());
    return values;
  }

  /**
   * A compliance rate: a fraction written as a number with a percent format.
   *
   * @param fraction compliant / evaluated, between 0 and 1
   */
  record Rate(BigDecimal fraction) {}

  /** Writes a value of {@link #unitValues} as a numeric cell, or no cell if absent. */
  static void number(Worksheet sheet, int r, int c, Object value) {
    Object present = value instanceof Optional<?> o ? o.orElse(null) : value;
    if (present == null) {
      return;
    }
    if (present instanceof Days d) {
      days(sheet, r, c, d);
    } else if (present instanceof Rate rate) {
      sheet.value(r, c, rate.fraction());
      sheet.style(r, c).format(RATE_FORMAT).set();
    } else if (present instanceof BigDecimal d) {
      sheet.value(r, c, d);
      sheet.style(r, c).format(DAYS_FORMAT).set();
    } else if (present instanceof Number n) {
      sheet.value(r, c, n);
    } else {
      throw new IllegalArgumentException("not a number: " + present);
    }
  }

  private static void visits(Worksheet sheet, RunReport report, Labels labels) throws IOException {
    Locale locale = labels.locale();
    List<String> header =
        List.of(
            labels.get("col.visit"),
            labels.get("col.officer"),
            labels.get("xlsx.col.start"),
            labels.get("xlsx.col.end"),
            labels.get("xlsx.col.hostUnit"),
            labels.get("col.reason"),
            labels.get("xlsx.col.detail"));
    header(sheet, 0, header);
    widths(sheet, List.of(12.0, 10.0, 12.0, 12.0, 28.0, 28.0), header.size(), 12, 80);
    sheet.freezePane(0, 1);
    Map<String, Visit> visits = visitsById(report);
    int r = 1;
    for (RunReport.ExcludedVisit v : report.excludedVisits()) {
      Visit visit = visits.get(v.visitId());
      sheet.value(r, 0, v.visitId());
      sheet.value(r, 1, v.officerId());
      if (visit != null) {
        date(sheet, r, 2, visit.start());
        date(sheet, r, 3, visit.end());
        sheet.value(r, 4, visit.hostUnit());
      }
      String reason = code(v.reason(), locale);
      sheet.value(r, 5, reason);
      sheet.value(
          r,
          6,
          v.detail().startsWith(v.reason())
              ? reason
                  + " ("
                  + labels.get("report.period")
                  + " "
                  + Vocabulary.value(report.period(), locale)
                  + ")"
              : v.detail());
      r = next(sheet, r);
    }
    sheet.finish();
  }

  /** Every visit the report holds, by id: of the evaluations, of unknown officers, outside. */
  private static Map<String, Visit> visitsById(RunReport report) {
    Map<String, Visit> visits = new HashMap<>();
    for (Evaluation e : report.evaluations()) {
      for (VisitEntry entry : e.ledger().entries()) {
        visits.putIfAbsent(entry.visit().id(), entry.visit());
      }
    }
    report.unknownOfficerVisits().forEach(v -> visits.putIfAbsent(v.id(), v));
    report.outsidePeriodVisits().forEach(v -> visits.putIfAbsent(v.id(), v));
    return visits;
  }

  private static void leaves(Worksheet sheet, RunReport report, Labels labels) throws IOException {
    Locale locale = labels.locale();
    List<String> header =
        List.of(
            labels.get("col.officer"),
            labels.get("xlsx.col.leaveKind"),
            labels.get("xlsx.col.start"),
            labels.get("xlsx.col.end"),
            labels.get("xlsx.col.applied"),
            labels.get("xlsx.col.outcome"),
            labels.get("xlsx.col.daysAway"));
    header(sheet, 0, header);
    widths(sheet, List.of(10.0, 14.0, 12.0, 12.0, 12.0, 40.0), header.size(), 14, 14);
    sheet.freezePane(0, 1);
    int r = 1;
    for (RunReport.AccountedLeave l : report.leaves()) {
      sheet.value(r, 0, l.officerId());
      sheet.value(r, 1, Vocabulary.label(l.leave().kind(), locale));
      date(sheet, r, 2, l.start());
      date(sheet, r, 3, l.end());
      sheet.value(r, 4, Vocabulary.value(l.applied(), locale));
      sheet.value(r, 5, code(l.outcome(), locale));
      sheet.value(r, 6, l.daysAway());
      r = next(sheet, r);
    }
    sheet.finish();
  }

  /**
   * A code the tool's records hold in words: a finding code, a visit's exclusion or a leave's
   * outcome; the code itself if it is none of them.
   */
  static String code(String code, Locale locale) {
    Enum<?> value = constant(code);
    return value == null ? code : Vocabulary.label(value, locale);
  }

  private static @Nullable Enum<?> constant(String code) {
    for (Class<? extends Enum<?>> type :
        List.<Class<? extends Enum<?>>>of(
            FindingCode.class, Exclusion.class, LeaveOutcome.class, LeaveKind.class)) {
      for (Enum<?> constant : type.getEnumConstants()) {
        if (constant.name().equals(code)) {
          return constant;
        }
      }
    }
    return null;
  }

  /** Writes a bold header row at row {@code r}. */
  static void header(Worksheet sheet, int r, List<String> header) {
    for (int c = 0; c < header.size(); c++) {
      sheet.value(r, c, header.get(c));
      sheet.style(r, c).bold().fillColor("DDEBF7").wrapText(true).set();
    }
  }

  /** Writes {@code days} as a numeric cell ({@code 59.5}). */
  static void days(Worksheet sheet, int r, int c, Days days) {
    sheet.value(r, c, days.toBigDecimal());
    sheet.style(r, c).format(DAYS_FORMAT).set();
  }

  /** Writes {@code date} as a date cell. */
  static void date(Worksheet sheet, int r, int c, LocalDate date) {
    sheet.value(r, c, date);
    sheet.style(r, c).format(DATE_FORMAT).set();
  }

  /** The next row after {@code r}, writing the rows so far out every so often. */
  static int next(Worksheet sheet, int r) throws IOException {
    if ((r + 1) % ROWS_PER_FLUSH == 0) {
      sheet.flush();
    }
    return r + 1;
  }

  /** Sets the widths of the first columns as given, the others to {@code rest}, the last one. */
  static void widths(Worksheet sheet, List<Double> first, int columns, double rest, double last) {
    for (int c = 0; c < columns; c++) {
      sheet.width(c, c < first.size() ? first.get(c) : c == columns - 1 ? last : rest);
    }
  }
}
