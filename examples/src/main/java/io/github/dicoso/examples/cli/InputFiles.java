package io.github.dicoso.examples.cli;

import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The CSV exchange format: {@code officers.csv}, {@code leaves.csv} and {@code visits.csv}, each
 * UTF-8 with a header row, RFC 4180 quoting and columns found by name in any order.
 *
 * <p>All three files are read and every problem is collected before the run stops, so that one run
 * lists them all (up to {@link Problems#LIMIT_PER_FILE} per file).
 *
 * <p>This class is stateless and thread-safe.
 */
final class InputFiles {
  static final String OFFICER_ID = "officer_id";
  static final String VISIT_ID = "visit_id";

  /** The columns of {@code officers.csv}. */
  static final CsvTable.Schema OFFICERS =
      new CsvTable.Schema(
          List.of(
              OFFICER_ID,
              "name",
              "level",
              "employment",
              "committee_member",
              "department",
              "service"),
          Set.of(OFFICER_ID, "level", "employment"));

  /** The columns of {@code leaves.csv}. */
  static final CsvTable.Schema LEAVES =
      new CsvTable.Schema(
          List.of(OFFICER_ID, "kind", "start", "end"), Set.of(OFFICER_ID, "kind", "start", "end"));

  /** The columns of {@code visits.csv}. */
  static final CsvTable.Schema VISITS =
      new CsvTable.Schema(
          List.of(
              VISIT_ID,
              OFFICER_ID,
              "start",
              "end",
              "kinds",
              "host_unit",
              "host_level",
              "invited",
              "approved",
              "travel_order",
              "half_day",
              "report_date",
              "description"),
          Set.of(VISIT_ID, OFFICER_ID, "start", "host_unit", "host_level"));

  private InputFiles() {}

  /**
   * Reads the three files ({@code leaves} may be absent).
   *
   * @throws BadInputException listing every problem found, if any
   */
  static Dataset read(
      CsvSource officers,
      CsvSource visits,
      @Nullable CsvSource leaves,
      Consumer<String> warnings,
      Progress progress)
      throws BadInputException {
    Problems problems = new Problems();
    Head head = readHead(officers, leaves, problems, warnings, progress);
    List<Visit> visitList = readVisits(visits, problems, warnings, progress);
    problems.throwIfAny();
    return new Dataset(head.officers(), head.leaves(), head.leaveLines(), visitList);
  }

  /** The officers, and the leaves with their lines: what is read before the visits. */
  private record Head(List<Officer> officers, List<Leave> leaves, List<Long> leaveLines) {}

  private static Head readHead(
      CsvSource officers,
      @Nullable CsvSource leaves,
      Problems problems,
      Consumer<String> warnings,
      Progress progress) {
    List<Officer> officerList = readOfficers(officers, problems, warnings, progress);
    List<Leave> leaveList = new ArrayList<>();
    List<Long> leaveLines = new ArrayList<>();
    if (leaves != null) {
      readLeaves(leaves, problems, warnings, progress, leaveList, leaveLines);
    }
    return new Head(officerList, leaveList, leaveLines);
  }

  /**
   * Reads the three files ({@code leaves} may be absent) as {@link #read} does, but gives each
   * visit to the spill that {@code spill} makes for the officers read, rather than hold them: the
   * memory taken is that of the officers and leaves, not of the visits.
   *
   * @throws BadInputException listing every problem found, if any (the spill is closed then)
   */
  static SpilledDataset readSpilled(
      CsvSource officers,
      CsvSource visits,
      @Nullable CsvSource leaves,
      Consumer<String> warnings,
      Progress progress,
      java.util.function.Function<List<Officer>, VisitSpill> spill)
      throws BadInputException {
    Problems problems = new Problems();
    Head head = readHead(officers, leaves, problems, warnings, progress);
    VisitSpill visitSpill = spill.apply(head.officers());
    try {
      readVisits(visits, problems, warnings, progress, visitSpill::add);
      problems.throwIfAny();
      visitSpill.finish();
    } catch (BadInputException | RuntimeException e) {
      visitSpill.close();
      throw e;
    }
    return new SpilledDataset(head.officers(), head.leaves(), head.leaveLines(), visitSpill);
  }

  /** What takes each visit read, with the line it was read from. */
  @FunctionalInterface
  interface VisitSink {
    void accept(Visit visit, long line);
  }

  /** Warns that {@code source} has a header and no row, unless it could not be read at all. */
  private static void warnIfNoRows(
      long rows, CsvSource source, String consequence, Consumer<String> warnings) {
    if (rows == 0) {
      warnings.accept(source.name() + " has no rows: " + consequence);
    }
  }

  static List<Officer> readOfficers(
      CsvSource source, Problems problems, Consumer<String> warnings, Progress progress) {
    List<Officer> officers = new ArrayList<>();
    IdIndex firstLine = new IdIndex();
    long rows =
        CsvTable.read(
            source,
            OFFICERS,
            problems,
            warnings,
            progress,
            row -> {
              String id = uniqueId(row, OFFICER_ID, firstLine);
              Level level = row.enumValue("level", Level.class, true);
              Employment employment = row.enumValue("employment", Employment.class, true);
              boolean committee = row.bool("committee_member", false);
              List<ServicePeriod> service = servicePeriods(row);
              if (!row.valid() || id == null || level == null || employment == null) {
                return;
              }
              build(
                  row,
                  () ->
                      officers.add(
                          Officer.builder()
                              .id(id)
                              .name(row.text("name"))
                              .level(level)
                              .employment(employment)
                              .committeeMember(committee)
                              .department(row.text("department"))
                              .servicePeriods(service)
                              .build()));
            });
    warnIfNoRows(rows, source, "no officer is evaluated", warnings);
    return officers;
  }

  private static List<ServicePeriod> servicePeriods(CsvTable.Row row) {
    List<ServicePeriod> periods = new ArrayList<>();
    String text = row.text("service");
    if (text.isEmpty()) {
      return periods;
    }
    for (String part : text.split(CsvTable.LIST_SEPARATOR, -1)) {
      if (part.isBlank()) {
        continue;
      }
      Optional<LocalDate> implausible = implausibleDate(part);
      if (implausible.isPresent()) {
        row.problem("service", CsvTable.IMPLAUSIBLE_DATE + " (" + implausible.get() + ")");
        break;
      }
      ServicePeriod period;
      try {
        period = ServicePeriod.parse(row.dates().isoRange(part));
      } catch (IllegalArgumentException e) {
        row.problem(
            "service",
            Echo.message(String.valueOf(e.getMessage()))
                + " (expected ;-separated ranges such as 2019-03-01..2019-12-31 or 2019-03-01..)");
        break;
      }
      periods.add(period);
    }
    return periods;
  }

  /** The first date of a service range {@code a..b} outside the plausible range, if any. */
  private static Optional<LocalDate> implausibleDate(String range) {
    for (String end : range.split("\\.\\.", -1)) {
      try {
        LocalDate date = LocalDate.parse(end.strip());
        if (date.isBefore(CsvTable.EARLIEST_DATE) || date.isAfter(CsvTable.LATEST_DATE)) {
          return Optional.of(date);
        }
      } catch (DateTimeException e) {
        // not a date: ServicePeriod.parse says what is wrong with the range
      }
    }
    return Optional.empty();
  }

  /** Reads {@code leaves.csv} into {@code leaves}, and the line of each into {@code lines}. */
  static void readLeaves(
      CsvSource source,
      Problems problems,
      Consumer<String> warnings,
      Progress progress,
      List<Leave> leaves,
      List<Long> lines) {
    CsvTable.read(
        source,
        LEAVES,
        problems,
        warnings,
        progress,
        row -> {
          String officerId = row.required(OFFICER_ID);
          LeaveKind kind = row.enumValue("kind", LeaveKind.class, true);
          LocalDate start = row.date("start", true);
          LocalDate end = row.date("end", true);
          if (start != null && end != null && end.isBefore(start)) {
            row.problem("end", "the end is before the start " + start);
          }
          if (!row.valid() || officerId == null || kind == null || start == null || end == null) {
            return;
          }
          build(
              row,
              () -> {
                leaves.add(Leave.of(officerId, kind, start, end));
                lines.add(row.line());
              });
        });
  }

  static List<Visit> readVisits(
      CsvSource source, Problems problems, Consumer<String> warnings, Progress progress) {
    List<Visit> visits = new ArrayList<>();
    readVisits(source, problems, warnings, progress, (visit, line) -> visits.add(visit));
    return visits;
  }

  /** Reads {@code visits.csv}, giving each visit read to {@code sink}, in file order. */
  static void readVisits(
      CsvSource source,
      Problems problems,
      Consumer<String> warnings,
      Progress progress,
      VisitSink sink) {
    IdIndex firstLine = new IdIndex();
    long rows =
        CsvTable.read(
            source,
            VISITS,
            problems,
            warnings,
            progress,
            row -> {
              String id = uniqueId(row, VISIT_ID, firstLine);
              String officerId = row.required(OFFICER_ID);
              LocalDate start = row.date("start", true);
              LocalDate end = row.date("end", false);
              Set<KindOfWork> kinds = row.enumSet("kinds", KindOfWork.class);
              String hostUnit = row.required("host_unit");
              HostLevel hostLevel = row.enumValue("host_level", HostLevel.class, true);
              boolean invited = row.bool("invited", false);
              boolean approved = row.bool("approved", true);
              boolean travelOrder = row.bool("travel_order", true);
              boolean halfDay = row.bool("half_day", false);
              LocalDate reportDate = row.date("report_date", false);
              String description = row.text("description");
              LocalDate last = end == null ? start : end;
              if (start != null && last != null && last.isBefore(start)) {
                row.problem("end", "the end is before the start " + start);
              } else if (halfDay && start != null && last != null && !last.equals(start)) {
                row.problem(
                    "half_day",
                    "a half-day visit lasts one day, but this one runs " + start + ".." + last);
              }
              if (kinds.isEmpty() && description.isEmpty() && row.text("kinds").isEmpty()) {
                row.problem("kinds", "no kinds of work and no description to tag them from");
              }
              if (!row.valid()
                  || id == null
                  || officerId == null
                  || start == null
                  || last == null
                  || hostUnit == null
                  || hostLevel == null) {
                return;
              }
              List<Visit> built = new ArrayList<>(1);
              build(
                  row,
                  () -> {
                    Visit.Builder visit =
                        Visit.builder()
                            .id(id)
                            .officerId(officerId)
                            .start(start)
                            .end(last)
                            .kinds(kinds)
                            .hostUnit(hostUnit)
                            .hostLevel(hostLevel)
                            .invitedOnly(invited)
                            .approved(approved)
                            .travelOrder(travelOrder)
                            .halfDay(halfDay)
                            .description(description);
                    if (reportDate != null) {
                      visit.reportDate(reportDate);
                    }
                    built.add(visit.build());
                  });
              if (!built.isEmpty()) {
                sink.accept(built.get(0), row.line());
              }
            });
    warnIfNoRows(rows, source, "no visit is credited", warnings);
  }

  /** The row's id in {@code column}, which must be present and not seen on an earlier line. */
  private static @Nullable String uniqueId(CsvTable.Row row, String column, IdIndex firstLine) {
    String id = row.required(column);
    if (id == null) {
      return null;
    }
    long first = firstLine.putIfAbsent(id, row.line());
    if (first >= 0) {
      row.problem(column, "duplicate id (first on line " + first + ")");
      return null;
    }
    return id;
  }

  /** Builds a value, turning a rule of the domain model it breaks into a problem of the row. */
  private static void build(CsvTable.Row row, Runnable builder) {
    try {
      builder.run();
    } catch (IllegalArgumentException | IllegalStateException e) {
      row.problem("", Echo.message(String.valueOf(e.getMessage())));
    }
  }
}
