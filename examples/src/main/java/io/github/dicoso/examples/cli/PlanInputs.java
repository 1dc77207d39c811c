package io.github.dicoso.examples.cli;

import io.github.dicoso.schedule.Approval;
import io.github.dicoso.schedule.PlanStatus;
import io.github.dicoso.schedule.PlannedVisit;
import io.github.dicoso.schedule.QuarterlyPlan;
import io.github.dicoso.schedule.ScheduleCalendar;
import io.github.dicoso.visit.HostLevel;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The inputs of {@code plan}: the quarterly plans, one row per planned visit, and the calendar of
 * scheduling windows, each a CSV file or an Excel sheet read like the other tables (or, for the
 * calendar, the library's text form in a {@code .txt} file).
 *
 * <p>This class is stateless and thread-safe.
 */
final class PlanInputs {
  /** The columns of the plans table: one row per planned visit, its plan's fields repeated. */
  static final CsvTable.Schema PLANS =
      new CsvTable.Schema(
          List.of(
              "officer_id",
              "quarter",
              "visit_id",
              "start",
              "end",
              "host_unit",
              "host_level",
              "topic",
              "delegation",
              "status",
              "registered",
              "approved_by",
              "approved_on"),
          Set.of("officer_id", "visit_id", "start", "host_unit", "host_level", "topic", "status"));

  /** The columns of the calendar table: one row per window. */
  static final CsvTable.Schema CALENDAR =
      new CsvTable.Schema(List.of("quarter", "start", "end"), Set.of("start", "end"));

  private PlanInputs() {}

  /** The fields of one plan, as its first row gives them, with that row's line. */
  private record PlanFields(
      PlanStatus status,
      @Nullable LocalDate registered,
      @Nullable String approvedBy,
      @Nullable LocalDate approvedOn,
      long line) {}

  /**
   * Reads the plans: planned visits grouped by officer and quarter into quarterly plans, in file
   * order. A planned visit id given twice, a quarter its start is not in, plan fields that differ
   * between the rows of one plan, a missing registration or approval, and an officer not in {@code
   * officers} are problems.
   */
  static List<QuarterlyPlan> plans(
      CsvSource source,
      Set<String> officers,
      Problems problems,
      Consumer<String> warnings,
      Progress progress) {
    Map<List<Object>, PlanFields> fields = new LinkedHashMap<>();
    Map<List<Object>, List<PlannedVisit>> visits = new LinkedHashMap<>();
    Map<String, Long> firstLine = new HashMap<>();
    CsvTable.read(
        source,
        PLANS,
        problems,
        warnings,
        progress,
        row -> {
          String officer = row.required("officer_id");
          String id = row.required("visit_id");
          LocalDate start = row.date("start", true);
          LocalDate end = row.date("end", false);
          String host = row.required("host_unit");
          HostLevel level = row.enumValue("host_level", HostLevel.class, true);
          String topic = row.required("topic");
          PlanStatus status = row.enumValue("status", PlanStatus.class, true);
          LocalDate registered = row.date("registered", false);
          String approvedBy = row.text("approved_by");
          LocalDate approvedOn = row.date("approved_on", false);
          YearQuarter quarter = quarter(row, start);
          if (id != null) {
            Long first = firstLine.putIfAbsent(id, row.line());
            if (first != null) {
              row.problem("visit_id", "duplicate id (first on line " + first + ")");
            }
          }
          if (officer != null && !officers.contains(officer)) {
            row.problem("officer_id", "no such officer in the officers file");
          }
          if (end != null && start != null && end.isBefore(start)) {
            row.problem("end", "the end is before the start " + start);
          }
          if (status != null) {
            checkStatusFields(row, status, registered, approvedBy, approvedOn);
          }
          if (!row.valid()
              || officer == null
              || id == null
              || start == null
              || host == null
              || level == null
              || topic == null
              || status == null
              || quarter == null) {
            return;
          }
          List<Object> key = List.of(officer, quarter);
          PlanFields plan =
              new PlanFields(
                  status,
                  registered,
                  approvedBy.isEmpty() ? null : approvedBy,
                  approvedOn,
                  row.line());
          PlanFields first = fields.putIfAbsent(key, plan);
          if (first != null && !samePlan(first, plan)) {
            row.problem(
                "status",
                "the plan of "
                    + officer
                    + " for "
                    + quarter
                    + " has status, registered, approved_by and approved_on "
                    + describe(first)
                    + " on line "
                    + first.line()
                    + ", but "
                    + describe(plan)
                    + " here; give them alike on every row of the plan");
            return;
          }
          try {
            PlannedVisit.Builder visit =
                PlannedVisit.builder()
                    .id(id)
                    .start(start)
                    .end(end == null ? start : end)
                    .hostUnit(host)
                    .hostLevel(level)
                    .topic(topic);
            String delegation = row.text("delegation");
            if (!delegation.isEmpty()) {
              visit.delegation(delegation);
            }
            visits.computeIfAbsent(key, k -> new ArrayList<>()).add(visit.build());
          } catch (IllegalArgumentException | IllegalStateException e) {
            row.problem("", String.valueOf(e.getMessage()));
          }
        });
    List<QuarterlyPlan> plans = new ArrayList<>();
    fields.forEach(
        (key, plan) -> {
          QuarterlyPlan.Builder builder =
              QuarterlyPlan.builder()
                  .officerId((String) key.get(0))
                  .quarter((YearQuarter) key.get(1))
                  .status(plan.status())
                  .plannedVisits(visits.getOrDefault(key, List.of()));
          if (plan.registered() != null) {
            builder.registered(plan.registered());
          }
          if (plan.approvedBy() != null && plan.approvedOn() != null) {
            builder.approval(Approval.of(plan.approvedBy(), plan.approvedOn()));
          }
          try {
            plans.add(builder.build());
          } catch (IllegalArgumentException | IllegalStateException e) {
            problems.add(source.name(), plan.line(), "", "", String.valueOf(e.getMessage()));
          }
        });
    return plans;
  }

  /** The quarter column, or the quarter of the start when it is blank; null if either is bad. */
  private static @Nullable YearQuarter quarter(CsvTable.Row row, @Nullable LocalDate start) {
    String text = row.text("quarter");
    YearQuarter given = null;
    if (!text.isEmpty()) {
      try {
        given = YearQuarter.parse(text.toUpperCase(java.util.Locale.ROOT));
      } catch (DateTimeException e) {
        row.problem("quarter", "not a quarter (expected e.g. 2019-Q2)");
        return null;
      }
    }
    if (start == null) {
      return null;
    }
    YearQuarter ofStart = YearQuarter.from(start);
    if (given != null && !given.equals(ofStart)) {
      row.problem(
          "quarter",
          "the visit starts on "
              + start
              + ", in "
              + ofStart
              + ": a plan holds its quarter's visits");
      return null;
    }
    return ofStart;
  }

  private static void checkStatusFields(
      CsvTable.Row row,
      PlanStatus status,
      @Nullable LocalDate registered,
      String approvedBy,
      @Nullable LocalDate approvedOn) {
    if (status == PlanStatus.DRAFT && registered != null) {
      row.problem("registered", "a DRAFT plan is not registered yet; leave it blank");
    }
    if (status != PlanStatus.DRAFT && registered == null && row.text("registered").isEmpty()) {
      row.problem("registered", "a " + status + " plan needs the date it was registered");
    }
    if (status == PlanStatus.APPROVED) {
      if (approvedOn == null && row.text("approved_on").isEmpty()) {
        row.problem("approved_on", "an APPROVED plan needs the date it was approved");
      }
      if (approvedBy.isEmpty()) {
        row.problem("approved_by", "an APPROVED plan needs who approved it");
      }
    } else {
      if (!row.text("approved_on").isEmpty()) {
        row.problem("approved_on", "only an APPROVED plan has an approval date");
      }
      if (!approvedBy.isEmpty()) {
        row.problem("approved_by", "only an APPROVED plan has an approver");
      }
    }
  }

  private static boolean samePlan(PlanFields a, PlanFields b) {
    return a.status() == b.status()
        && Objects.equals(a.registered(), b.registered())
        && Objects.equals(a.approvedBy(), b.approvedBy())
        && Objects.equals(a.approvedOn(), b.approvedOn());
  }

  private static String describe(PlanFields p) {
    return p.status()
        + ", "
        + (p.registered() == null ? "-" : p.registered())
        + ", "
        + (p.approvedBy() == null ? "-" : p.approvedBy())
        + ", "
        + (p.approvedOn() == null ? "-" : p.approvedOn());
  }

  /**
   * Reads a calendar table: one row per window, {@code start} and {@code end} inclusive, {@code
   * quarter} optional (checked when given). Windows of several years, a window across two quarters
   * and overlapping windows are problems.
   */
  static Optional<ScheduleCalendar> calendar(
      CsvSource source, Problems problems, Consumer<String> warnings, Progress progress) {
    Map<YearQuarter, List<LocalDateRange>> windows = new LinkedHashMap<>();
    Year[] year = {null};
    boolean[] invalid = {false};
    CsvTable.read(
        source,
        CALENDAR,
        problems,
        warnings,
        progress,
        row -> {
          LocalDate start = row.date("start", true);
          LocalDate end = row.date("end", true);
          YearQuarter quarter = quarter(row, start);
          if (start == null || end == null || quarter == null || !row.valid()) {
            invalid[0] = true;
            return;
          }
          if (end.isBefore(start)) {
            row.problem("end", "the end is before the start " + start);
          } else if (!YearQuarter.from(end).equals(quarter)) {
            row.problem("end", "a window lies inside one quarter; this one starts in " + quarter);
          } else if (year[0] != null && start.getYear() != year[0].getValue()) {
            row.problem("start", "the calendar is of " + year[0] + "; give one year's windows");
          }
          if (!row.valid()) {
            invalid[0] = true;
            return;
          }
          if (year[0] == null) {
            year[0] = Year.of(start.getYear());
          }
          windows
              .computeIfAbsent(quarter, q -> new ArrayList<>())
              .add(LocalDateRange.ofClosed(start, end));
        });
    if (invalid[0] || problems.any(source.name())) {
      return Optional.empty();
    }
    if (year[0] == null) {
      problems.add(source.name(), 0, "", "", "the calendar lists no window");
      return Optional.empty();
    }
    try {
      return Optional.of(ScheduleCalendar.of(year[0], windows));
    } catch (IllegalArgumentException e) {
      problems.add(source.name(), 0, "", "", String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * Reads a calendar in the library's text form ({@code 2019-Q2: 04-01..04-05, 05-06..05-10}, one
   * line per quarter).
   */
  static Optional<ScheduleCalendar> calendarText(CsvSource source, Problems problems) {
    String text;
    try (InputStream in = source.open()) {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .decode(java.nio.ByteBuffer.wrap(in.readAllBytes()))
              .toString();
    } catch (CharacterCodingException e) {
      problems.add(source.name(), 0, "", "", "the file is not valid UTF-8 text");
      return Optional.empty();
    } catch (IOException e) {
      problems.add(source.name(), 0, "", "", "cannot be read: " + e.getMessage());
      return Optional.empty();
    }
    try {
      return Optional.of(ScheduleCalendar.parse(text));
    } catch (IllegalArgumentException e) {
      String message = String.valueOf(e.getMessage());
      java.util.regex.Matcher m =
          java.util.regex.Pattern.compile(
                  "schedule calendar, line (\\d+): (.*)", java.util.regex.Pattern.DOTALL)
              .matcher(message);
      if (m.matches()) {
        problems.add(source.name(), Long.parseLong(m.group(1)), "", "", m.group(2));
      } else {
        problems.add(source.name(), 0, "", "", message);
      }
      return Optional.empty();
    }
  }
}
