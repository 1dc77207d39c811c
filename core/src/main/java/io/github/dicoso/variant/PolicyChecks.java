package io.github.dicoso.variant;

import io.github.dicoso.CountingPeriod;
import io.github.dicoso.Days;
import io.github.dicoso.ExemptionThreshold;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * Static checks of a policy before use: contradictions that no officer can satisfy, dead rules that
 * can never apply, and drafts. A policy that passes may still be unwise; one with an ERROR is
 * certainly not what its authors meant. The checks, each a {@link PolicyProblem.Code}:
 *
 * <ul>
 *   <li>a draft: no issuing document yet;
 *   <li>required days beyond the days of the counting period, or zero;
 *   <li>per-host-level or per-kind minimums that add up to more than the required days, or a single
 *       minimum beyond the days of the counting period;
 *   <li>a counting period starting or ending on 29 February;
 *   <li>a report deadline of zero days;
 *   <li>an exemption threshold longer than the counting period (when only the part of a leave
 *       inside the period is measured);
 *   <li>leave reducing the requirement while no leave kind qualifies;
 *   <li>no subject level, or no subject employment;
 *   <li>quarterly targets that do not add up to the required days, or a quarterly target beyond the
 *       days of the counting period in that quarter.
 * </ul>
 *
 * <p>Day counts use the longest year the counting period can have (a leap year) when a problem
 * would make something impossible, so that an ERROR is impossible in every year.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PolicyChecks {
  private static final Year LEAP = Year.of(2020);
  private static final Year COMMON = Year.of(2021);

  private PolicyChecks() {}

  /**
   * The problems of {@code policy}, in the order of the list above; empty when none.
   *
   * @param policy the policy to check
   * @return the problems found
   */
  public static List<PolicyProblem> check(Policy policy) {
    List<PolicyProblem> problems = new ArrayList<>();
    CountingPeriod period = policy.get(Parameter.COUNTING_PERIOD);
    long longest = Math.max(period.in(LEAP).lengthInDays(), period.in(COMMON).lengthInDays());
    Days required = policy.get(Parameter.REQUIRED_DAYS);

    if (policy.isDraft()) {
      problems.add(
          problem(
              PolicyProblem.Code.DRAFT,
              "policy "
                  + policy.name()
                  + " has no document: a draft; the parameters it changes"
                  + " cite 'draft variant "
                  + policy.name()
                  + " (no document)'"));
    }
    if (required.compareTo(Days.of(longest)) > 0) {
      problems.add(
          problem(
              PolicyProblem.Code.REQUIRED_EXCEEDS_PERIOD,
              "required-days "
                  + required
                  + " exceeds the "
                  + longest
                  + " days of the counting period "
                  + period
                  + ": no officer can comply",
              Parameter.REQUIRED_DAYS,
              Parameter.COUNTING_PERIOD));
    } else if (required.isZero()) {
      problems.add(
          problem(
              PolicyProblem.Code.REQUIRED_DAYS_ZERO,
              "required-days is 0: every subject officer complies and no day rule ever binds",
              Parameter.REQUIRED_DAYS));
    }

    checkMinimums(
        problems,
        minimums(policy, HostLevel.values(), Parameter::hostLevelMinimum),
        PolicyProblem.Code.HOST_LEVEL_MINIMUMS_EXCEED_REQUIRED,
        "host levels",
        required,
        period,
        longest);
    checkMinimums(
        problems,
        minimums(policy, KindOfWork.values(), Parameter::kindMinimum),
        PolicyProblem.Code.KIND_MINIMUMS_EXCEED_REQUIRED,
        "kinds of work",
        required,
        period,
        longest);

    MonthDay leapDay = MonthDay.of(2, 29);
    if (period.first().equals(leapDay) || period.last().equals(leapDay)) {
      problems.add(
          problem(
              PolicyProblem.Code.COUNTING_PERIOD_NOT_IN_EVERY_YEAR,
              "period "
                  + period
                  + " starts or ends on 29 February, which common years lack:"
                  + " there it is taken as 28 February ("
                  + period.in(COMMON)
                  + " in "
                  + COMMON
                  + ")",
              Parameter.COUNTING_PERIOD));
    }

    if (policy.get(Parameter.REPORT_DEADLINE_DAYS).equals(Optional.of(0))) {
      problems.add(
          problem(
              PolicyProblem.Code.REPORT_DEADLINE_ZERO,
              "report-deadline-days is 0: every result report is due on the day its visit ends,"
                  + " so a report filed the next day is late",
              Parameter.REPORT_DEADLINE_DAYS));
    }

    boolean partMeasured =
        policy.get(Parameter.EXEMPTION_LEAVE_LENGTH) == io.github.dicoso.LeaveLength.PART_IN_PERIOD;
    boolean anyQualifying = false;
    for (LeaveKind kind : LeaveKind.values()) {
      Optional<ExemptionThreshold> threshold = policy.get(Parameter.exemption(kind));
      anyQualifying |= threshold.isPresent();
      if (partMeasured
          && threshold.isPresent()
          && !reachable(threshold.get(), period.in(LEAP))
          && !reachable(threshold.get(), period.in(COMMON))) {
        problems.add(
            problem(
                PolicyProblem.Code.EXEMPTION_THRESHOLD_EXCEEDS_PERIOD,
                Parameter.exemption(kind).key()
                    + " threshold "
                    + threshold.get()
                    + " is longer than the counting period "
                    + period
                    + " (at most "
                    + longest
                    + " days), and only the part of a leave inside the period is measured: the"
                    + " exemption never applies",
                Parameter.exemption(kind),
                Parameter.EXEMPTION_LEAVE_LENGTH,
                Parameter.COUNTING_PERIOD));
      }
    }

    if (policy.get(Parameter.LEAVE_REDUCES_REQUIREMENT) && !anyQualifying) {
      problems.add(
          problem(
              PolicyProblem.Code.LEAVE_REDUCTION_WITHOUT_QUALIFYING_LEAVE,
              "leave-reduces-requirement is true but no exemption.* key names a leave kind: no"
                  + " leave ever reduces the requirement",
              Parameter.LEAVE_REDUCES_REQUIREMENT));
    }

    if (policy.get(Parameter.SUBJECT_LEVELS).isEmpty()) {
      problems.add(
          problem(
              PolicyProblem.Code.NO_SUBJECT_LEVEL,
              "subject-levels is empty: no officer is subject",
              Parameter.SUBJECT_LEVELS));
    }
    if (policy.get(Parameter.SUBJECT_EMPLOYMENT).isEmpty()) {
      problems.add(
          problem(
              PolicyProblem.Code.NO_SUBJECT_EMPLOYMENT,
              "subject-employment is empty: no officer is subject, committee members included",
              Parameter.SUBJECT_EMPLOYMENT));
    }

    List<Days> targets = policy.get(Parameter.QUARTERLY_TARGETS);
    if (!targets.isEmpty()) {
      Days sum = targets.stream().reduce(Days.ZERO, Days::plus);
      if (!sum.equals(required)) {
        problems.add(
            problem(
                PolicyProblem.Code.QUARTERLY_TARGETS_MISMATCH,
                "quarterly-targets "
                    + Parameter.QUARTERLY_TARGETS.format(targets)
                    + " add up to "
                    + sum
                    + ", not the "
                    + required
                    + " required days",
                Parameter.QUARTERLY_TARGETS,
                Parameter.REQUIRED_DAYS));
      }
      for (int q = 1; q <= 4; q++) {
        long days = daysInQuarter(period.in(LEAP), YearQuarter.of(LEAP, q));
        Days target = targets.get(q - 1);
        if (target.compareTo(Days.of(days)) > 0) {
          problems.add(
              problem(
                  PolicyProblem.Code.QUARTERLY_TARGET_OUTSIDE_PERIOD,
                  "quarterly-targets: Q"
                      + q
                      + " target "
                      + target
                      + " exceeds the "
                      + days
                      + " days of the counting period "
                      + period
                      + " in Q"
                      + q,
                  Parameter.QUARTERLY_TARGETS,
                  Parameter.COUNTING_PERIOD));
        }
      }
    }
    return List.copyOf(problems);
  }

  private static <K extends Enum<K>> Map<Parameter<Optional<Days>>, Days> minimums(
      Policy policy, K[] keys, Function<K, Parameter<Optional<Days>>> parameter) {
    Map<Parameter<Optional<Days>>, Days> minimums = new LinkedHashMap<>();
    for (K k : keys) {
      Parameter<Optional<Days>> p = parameter.apply(k);
      policy.get(p).ifPresent(d -> minimums.put(p, d));
    }
    return minimums;
  }

  private static void checkMinimums(
      List<PolicyProblem> problems,
      Map<Parameter<Optional<Days>>, Days> minimums,
      PolicyProblem.Code sumCode,
      String where,
      Days required,
      CountingPeriod period,
      long longest) {
    Days sum = minimums.values().stream().reduce(Days.ZERO, Days::plus);
    if (sum.compareTo(required) > 0) {
      List<Parameter<?>> involved = new ArrayList<>(minimums.keySet());
      involved.add(Parameter.REQUIRED_DAYS);
      problems.add(
          problem(
              sumCode,
              minimums.entrySet().stream()
                      .map(e -> e.getKey().key() + " = " + e.getValue())
                      .collect(Collectors.joining(", "))
                  + " add up to "
                  + sum
                  + ", more than the "
                  + required
                  + " required days: the required days never bind, and the minimums can be met"
                  + " only by days that count at several "
                  + where
                  + " at once",
              involved.toArray(new Parameter<?>[0])));
    }
    minimums.forEach(
        (parameter, days) -> {
          if (days.compareTo(Days.of(longest)) > 0) {
            problems.add(
                problem(
                    PolicyProblem.Code.MINIMUM_EXCEEDS_PERIOD,
                    parameter.key()
                        + " "
                        + days
                        + " exceeds the "
                        + longest
                        + " days of the counting period "
                        + period
                        + ": no officer can meet it",
                    parameter,
                    Parameter.COUNTING_PERIOD));
          }
        });
  }

  /** Whether a leave covering the whole period (closed) reaches the threshold. */
  private static boolean reachable(ExemptionThreshold threshold, LocalDateRange period) {
    return threshold.reachedBy(period.getStart(), period.getEndInclusive());
  }

  private static long daysInQuarter(LocalDateRange period, YearQuarter quarter) {
    LocalDateRange q = LocalDateRange.ofClosed(quarter.atDay(1), quarter.atEndOfQuarter());
    if (!q.overlaps(period)) {
      return 0;
    }
    return q.intersection(period).lengthInDays();
  }

  private static PolicyProblem problem(
      PolicyProblem.Code code, String message, Parameter<?>... parameters) {
    return PolicyProblem.of(code, new LinkedHashSet<>(List.of(parameters)), message);
  }
}
