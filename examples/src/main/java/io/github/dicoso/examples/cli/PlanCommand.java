package io.github.dicoso.examples.cli;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.schedule.FirstFullWeek;
import io.github.dicoso.schedule.Pacing;
import io.github.dicoso.schedule.PacingRule;
import io.github.dicoso.schedule.PlanChecks;
import io.github.dicoso.schedule.PlanReview;
import io.github.dicoso.schedule.QuarterlyPlan;
import io.github.dicoso.schedule.ScheduleCalendar;
import io.github.dicoso.variant.VariantFile;
import io.github.dicoso.visit.Visit;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.YearQuarter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code plan}: reviews quarterly plans against the province's calendar of windows with the
 * library's plan checks ({@link PlanChecks}): planned visits outside every window, plans registered
 * late, visits carried out without approval, overlapping planned visits and topics, and host units
 * receiving too many delegations, with grouping suggestions. With the year's actual visits it gives
 * each officer's pace ({@link PacingRule}) at {@code --as-of}.
 */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Reviews quarterly plans of grassroots visits against the calendar of windows: outside every"
          + " window, registered late, not approved, overlapping visits or topics, host units"
          + " overloaded (with grouping suggestions). With the year's visits (--visits), each"
          + " officer's pace at --as-of: ON_TRACK, AT_RISK or UNREACHABLE.",
      "The calendar is a file (--calendar: CSV or .xlsx with columns quarter, start, end; or"
          + " .txt as '2019-Q2: 04-01..04-05, 05-06..05-10') or generated (--generate"
          + " first-full-week --holidays 2019-09-02,...)."
    })
final class PlanCommand implements Callable<Integer> {
  /** The generator {@code --generate} knows. */
  static final String FIRST_FULL_WEEK = "first-full-week";

  /** The bundled sample's plans, calendar and policy. */
  static final String SAMPLE_PLANS = Sample.FOLDER + "plan-2019.csv";

  static final String SAMPLE_CALENDAR = Sample.FOLDER + "calendar-binh-thuan-2019.csv";

  static final String SAMPLE_POLICY = Sample.FOLDER + "binh-thuan-2019-plans.properties";

  @ParentCommand @Nullable DicosoCli parent;

  @Spec CommandSpec spec;

  @Option(
      names = "--plans",
      paramLabel = "FILE",
      description =
          "The quarterly plans (CSV or .xlsx, sheet plans): one row per planned visit with"
              + " officer_id, quarter, visit_id, start, end, host_unit, host_level, topic,"
              + " delegation, status, registered, approved_by, approved_on.")
  @Nullable Path plans;

  @Option(
      names = "--officers",
      paramLabel = "FILE",
      description = "officers.csv (or .xlsx): the officers of the plans, with their departments.")
  @Nullable Path officers;

  @Option(
      names = "--calendar",
      paramLabel = "FILE",
      description = "The windows: CSV or .xlsx (sheet calendar) with quarter, start, end; or .txt.")
  @Nullable Path calendar;

  @Option(
      names = "--generate",
      paramLabel = "RULE",
      description = "Generate the windows instead: first-full-week (Monday-Friday, each month).")
  @Nullable String generate;

  @Option(
      names = "--holidays",
      paramLabel = "DATE",
      split = ",",
      description = "With --generate: dates no window may contain, comma-separated.")
  List<String> holidays = new ArrayList<>();

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description = "With --generate: the year (default: the year of the plans).")
  @Nullable Integer year;

  @Option(
      names = "--quarter",
      paramLabel = "QUARTER",
      description = "Review only this quarter, e.g. 2019-Q2 (default: every quarter planned).")
  @Nullable String quarter;

  @Option(
      names = "--visits",
      paramLabel = "FILE",
      description =
          "visits.csv (or .xlsx): the year's visits carried out; checked for approval, and each"
              + " officer's pace is given.")
  @Nullable Path visits;

  @Option(
      names = "--leaves",
      paramLabel = "FILE",
      description = "leaves.csv (or .xlsx), with --visits: leaves that exempt or reduce.")
  @Nullable Path leaves;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      description = "The day of the review and of the pacing (default: the last day of the year).")
  @Nullable String asOf;

  @Option(
      names = "--policy",
      paramLabel = "POLICY",
      description =
          "A preset name or a variant file (default: approval-and-windows-required; with --sample,"
              + " the sample's binh-thuan-2019-plans).")
  @Nullable String policy;

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      converter = DatePattern.Converter.class,
      description = "How text dates are written in the input, e.g. dd/MM/yyyy (default: ISO).")
  DatePattern dates = DatePattern.ISO;

  @Option(
      names = "--sample",
      description =
          "Use the bundled sample: plans of 2019, Bình Thuận's 2019 windows, the sample's"
              + " officers, visits and leaves, and a Bình Thuận policy with illustrative deadline"
              + " and cap.")
  boolean sample;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the review as CSV: every plan not approved, finding and pace.")
  @Nullable Path out;

  @Mixin LanguageOption language = new LanguageOption();

  @Override
  public Integer call() throws BadInputException {
    DicosoCli tool = Objects.requireNonNull(parent);
    Labels labels = language.labels(spec);
    PrintWriter err = spec.commandLine().getErr();
    Consumer<String> warnings = Warnings.to(err, labels);
    checkUsage();
    Policy chosen = policy(warnings);
    Progress progress = tool.progress();

    Problems problems = new Problems();
    List<Officer> officerList;
    List<Visit> visitList = List.of();
    List<Leave> leaveList = List.of();
    boolean withVisits = sample || visits != null;
    if (withVisits) {
      Dataset data;
      try {
        data =
            InputFiles.read(officersSource(), visitsSource(), leavesSource(), warnings, progress);
      } catch (BadInputException e) {
        if (e.problems().isEmpty()) {
          throw e;
        }
        e.problems().forEach(problems::add);
        data = new Dataset(List.of(), List.of(), List.of(), List.of());
      }
      officerList = data.officers();
      visitList = data.visits();
      leaveList = data.leaves();
    } else {
      officerList = InputFiles.readOfficers(officersSource(), problems, warnings, progress);
    }
    Set<String> ids = officerList.stream().map(Officer::id).collect(Collectors.toSet());
    CsvSource planSource =
        sample
            ? CsvSource.resource(SAMPLE_PLANS)
            : InputSources.of(Objects.requireNonNull(plans), "plans", dates);
    List<QuarterlyPlan> planList = PlanInputs.plans(planSource, ids, problems, warnings, progress);
    Optional<ScheduleCalendar> calendarRead = calendar(problems, warnings, progress, planList);
    problems.throwIfAny();
    ScheduleCalendar windows = calendarRead.orElseThrow();
    String calendarSource = calendarSource();

    Year calendarYear = windows.year();
    for (QuarterlyPlan p : planList) {
      if (p.quarter().getYear() != calendarYear.getValue()) {
        throw new BadInputException(
            planSource.name()
                + ": the plan of "
                + p.officerId()
                + " for "
                + p.quarter()
                + " is not of the calendar's year "
                + calendarYear);
      }
    }
    LocalDate reviewDate = asOf(calendarYear);
    Map<YearQuarter, List<QuarterlyPlan>> byQuarter = new TreeMap<>();
    planList.forEach(p -> byQuarter.computeIfAbsent(p.quarter(), q -> new ArrayList<>()).add(p));
    Set<YearQuarter> reviewed = new TreeSet<>(byQuarter.keySet());
    if (quarter != null) {
      YearQuarter only = parseQuarter(quarter, calendarYear);
      reviewed.clear();
      reviewed.add(only);
    }
    if (reviewed.isEmpty()) {
      warnings.accept(planSource.name() + ": no plan to review");
    }
    List<PlanReview> reviews = new ArrayList<>();
    for (YearQuarter q : reviewed) {
      try {
        reviews.add(
            PlanChecks.review(
                chosen,
                windows,
                q,
                officerList,
                byQuarter.getOrDefault(q, List.of()),
                visitList,
                reviewDate));
      } catch (IllegalArgumentException e) {
        throw new BadInputException(planSource.name() + ": " + e.getMessage());
      }
    }
    List<Pacing> pacing = new ArrayList<>();
    List<String> notPaced = new ArrayList<>();
    if (withVisits) {
      pace(
          chosen,
          calendarYear,
          officerList,
          visitList,
          leaveList,
          planList,
          reviewDate,
          pacing,
          notPaced,
          labels.locale());
    }
    Map<YearQuarter, List<QuarterlyPlan>> shown = new LinkedHashMap<>();
    reviewed.forEach(q -> shown.put(q, byQuarter.getOrDefault(q, List.of())));
    PlanReport report =
        new PlanReport(
            chosen.name(), windows, calendarSource, reviewDate, shown, reviews, pacing, notPaced);
    if (out != null) {
      Path target = out;
      try {
        FileWrites.replace(target, stream -> report.write(labels, stream));
      } catch (IOException e) {
        err.println("dicoso: cannot write " + target + ": " + e);
        err.flush();
        return DicosoCli.FAILED;
      }
    }
    report.print(labels, spec.commandLine().getOut());
    return DicosoCli.OK;
  }

  /** Usage errors, all missing options named at once. */
  private void checkUsage() {
    if (sample && (plans != null || officers != null || visits != null || leaves != null)) {
      throw new ParameterException(
          spec.commandLine(),
          "--sample cannot be combined with --plans, --officers, --visits or --leaves");
    }
    if (out != null) {
      for (Path input : java.util.Arrays.asList(plans, officers, visits, leaves, calendar)) {
        if (input != null && FileWrites.same(out, input)) {
          throw new ParameterException(
              spec.commandLine(),
              "--out " + out + " is an input file; outputs never overwrite inputs");
        }
      }
    }
    if (calendar != null && generate != null) {
      throw new ParameterException(
          spec.commandLine(), "--calendar and --generate cannot be combined: give one");
    }
    if (generate != null && !generate.equalsIgnoreCase(FIRST_FULL_WEEK)) {
      throw new ParameterException(
          spec.commandLine(),
          "--generate " + generate + " is not a known rule (known: " + FIRST_FULL_WEEK + ")");
    }
    if (!holidays.isEmpty() && generate == null) {
      throw new ParameterException(spec.commandLine(), "--holidays needs --generate");
    }
    if (leaves != null && visits == null) {
      throw new ParameterException(spec.commandLine(), "--leaves needs --visits");
    }
    if (sample) {
      return;
    }
    List<String> missing = new ArrayList<>();
    if (plans == null) {
      missing.add("'--plans=FILE'");
    }
    if (officers == null) {
      missing.add("'--officers=FILE'");
    }
    if (calendar == null && generate == null) {
      missing.add("'--calendar=FILE' (or --generate " + FIRST_FULL_WEEK + ")");
    }
    if (!missing.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "Missing required option"
              + (missing.size() == 1 ? ": " : "s: ")
              + String.join(", ", missing)
              + " (or --sample)");
    }
  }

  private Policy policy(Consumer<String> warnings) throws BadInputException {
    if (policy != null) {
      return PolicyOption.resolve(policy, warnings);
    }
    if (!sample) {
      return PolicyOption.resolve(Policies.APPROVAL_AND_WINDOWS, warnings);
    }
    try (InputStream in = PlanCommand.class.getResourceAsStream(SAMPLE_POLICY)) {
      if (in == null) {
        throw new BadInputException(SAMPLE_POLICY + ": resource not bundled with the tool");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return VariantFile.read(reader);
      }
    } catch (IOException | IllegalArgumentException e) {
      throw new BadInputException(SAMPLE_POLICY + ": " + e.getMessage());
    }
  }

  private CsvSource officersSource() {
    return sample
        ? Sample.officers()
        : InputSources.of(Objects.requireNonNull(officers), "officers", dates);
  }

  private CsvSource visitsSource() {
    return sample
        ? Sample.visits()
        : InputSources.of(Objects.requireNonNull(visits), "visits", dates);
  }

  private @Nullable CsvSource leavesSource() {
    if (sample) {
      return Sample.leaves();
    }
    return leaves == null ? null : InputSources.of(leaves, "leaves", dates);
  }

  private String calendarSource() {
    if (generate != null) {
      return FIRST_FULL_WEEK
          + (holidays.isEmpty() ? "" : ", holidays " + String.join(", ", holidays));
    }
    if (calendar != null) {
      return calendar.toString();
    }
    return SAMPLE_CALENDAR.substring(SAMPLE_CALENDAR.lastIndexOf('/') + 1);
  }

  /** The calendar: read, generated, or the sample's. */
  private Optional<ScheduleCalendar> calendar(
      Problems problems, Consumer<String> warnings, Progress progress, List<QuarterlyPlan> plans) {
    if (generate != null) {
      Set<LocalDate> excluded = new HashSet<>();
      for (String holiday : holidays) {
        Optional<LocalDate> date = dates.parse(holiday);
        if (date.isEmpty()) {
          throw new ParameterException(
              spec.commandLine(),
              "--holidays " + holiday + " is not a date (expected " + dates.expected() + ")");
        }
        excluded.add(date.get());
      }
      return Optional.of(FirstFullWeek.calendar(generatedYear(plans), excluded));
    }
    CsvSource source =
        calendar == null
            ? CsvSource.resource(SAMPLE_CALENDAR)
            : InputSources.of(calendar, "calendar", dates);
    if (calendar != null && calendar.toString().toLowerCase(Locale.ROOT).endsWith(".txt")) {
      return PlanInputs.calendarText(source, problems);
    }
    return PlanInputs.calendar(source, problems, warnings, progress);
  }

  private Year generatedYear(List<QuarterlyPlan> plans) {
    if (year != null) {
      if (year < 1931 || year > 2199) {
        throw new ParameterException(
            spec.commandLine(), "--year " + year + " is not a plausible year");
      }
      return Year.of(year);
    }
    Set<Integer> years = plans.stream().map(p -> p.quarter().getYear()).collect(Collectors.toSet());
    if (years.size() == 1) {
      return Year.of(years.iterator().next());
    }
    throw new ParameterException(
        spec.commandLine(),
        "--generate needs --year: the plans are of "
            + (years.isEmpty() ? "no year" : "the years " + new TreeSet<>(years)));
  }

  private LocalDate asOf(Year calendarYear) {
    if (asOf == null) {
      return calendarYear.atMonth(12).atEndOfMonth();
    }
    return dates
        .parse(asOf)
        .orElseThrow(
            () ->
                new ParameterException(
                    spec.commandLine(),
                    "--as-of " + asOf + " is not a date (expected " + dates.expected() + ")"));
  }

  private YearQuarter parseQuarter(String text, Year calendarYear) {
    YearQuarter q;
    try {
      q = YearQuarter.parse(text.strip().toUpperCase(Locale.ROOT));
    } catch (DateTimeException e) {
      throw new ParameterException(
          spec.commandLine(), "--quarter " + text + " is not a quarter such as 2019-Q2");
    }
    if (q.getYear() != calendarYear.getValue()) {
      throw new ParameterException(
          spec.commandLine(),
          "--quarter " + text + " is not of the calendar's year " + calendarYear);
    }
    return q;
  }

  /** Each subject, non-exempt officer's pace; the others listed with their status. */
  private static void pace(
      Policy policy,
      Year year,
      List<Officer> officers,
      List<Visit> visits,
      List<Leave> leaves,
      List<QuarterlyPlan> plans,
      LocalDate asOf,
      List<Pacing> pacing,
      List<String> notPaced,
      Locale locale) {
    Evaluator evaluator = Evaluations.evaluator(policy);
    Map<String, List<Visit>> visitsOf =
        visits.stream().collect(Collectors.groupingBy(Visit::officerId));
    Map<String, List<Leave>> leavesOf =
        leaves.stream().collect(Collectors.groupingBy(Leave::officerId));
    Map<String, List<QuarterlyPlan>> plansOf =
        plans.stream().collect(Collectors.groupingBy(QuarterlyPlan::officerId));
    for (Officer officer : officers) {
      Evaluation evaluation =
          evaluator.evaluate(
              OfficerRecord.of(
                  officer,
                  visitsOf.getOrDefault(officer.id(), List.of()),
                  leavesOf.getOrDefault(officer.id(), List.of())),
              year);
      if (!evaluation.evaluated() || evaluation.requirement().isEmpty()) {
        notPaced.add(
            officer.id() + " " + io.github.dicoso.Vocabulary.label(evaluation.status(), locale));
        continue;
      }
      pacing.add(
          PacingRule.assess(
              policy,
              officer,
              evaluation.requirement().get(),
              evaluation.ledger(),
              plansOf.getOrDefault(officer.id(), List.of()),
              asOf));
    }
  }
}
