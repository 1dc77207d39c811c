package io.github.dicoso.variant;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.dicoso.CountingPeriod;
import io.github.dicoso.Days;
import io.github.dicoso.ExemptionRule;
import io.github.dicoso.Policy;
import io.github.dicoso.PolicyParameter;
import io.github.dicoso.leave.LeaveKind;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * Static checks of a policy before use: contradictions that no officer can satisfy and dead rules
 * that can never apply. A policy that passes may still be unwise; one that fails is certainly not
 * what its authors meant. The checks, each a {@link PolicyProblem.Code}:
 *
 * <ul>
 *   <li>required days beyond the days of the counting period, or zero;
 *   <li>per-host-level or per-kind minimums that add up to more than the required days, or a single
 *       minimum beyond the days of the counting period;
 *   <li>a counting period starting or ending on 29 February;
 *   <li>a report deadline of zero days;
 *   <li>an exemption threshold longer than the counting period;
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
    ImmutableList.Builder<PolicyProblem> problems = ImmutableList.builder();
    CountingPeriod period = policy.countingPeriod();
    long longest = Math.max(period.in(LEAP).lengthInDays(), period.in(COMMON).lengthInDays());
    Days required = policy.requiredDays();

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
              PolicyParameter.REQUIRED_DAYS,
              PolicyParameter.COUNTING_PERIOD));
    } else if (required.isZero()) {
      problems.add(
          problem(
              PolicyProblem.Code.REQUIRED_DAYS_ZERO,
              "required-days is 0: every subject officer complies and no day rule ever binds",
              PolicyParameter.REQUIRED_DAYS));
    }

    checkMinimums(
        problems,
        policy.hostLevelMinimums(),
        PolicyParameter.HOST_LEVEL_MINIMUMS,
        PolicyProblem.Code.HOST_LEVEL_MINIMUMS_EXCEED_REQUIRED,
        required,
        period,
        longest);
    checkMinimums(
        problems,
        policy.kindMinimums(),
        PolicyParameter.KIND_MINIMUMS,
        PolicyProblem.Code.KIND_MINIMUMS_EXCEED_REQUIRED,
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
                  + " starts or ends on 29 February, which common years lack: there"
                  + " it is taken as 28 February ("
                  + period.in(COMMON)
                  + " in "
                  + COMMON
                  + ")",
              PolicyParameter.COUNTING_PERIOD));
    }

    policy
        .reportDeadlineDays()
        .filter(d -> d == 0)
        .ifPresent(
            d ->
                problems.add(
                    problem(
                        PolicyProblem.Code.REPORT_DEADLINE_ZERO,
                        "report-deadline-days is 0: every result report is due on the day its visit"
                            + " ends, so a report filed the next day is late",
                        PolicyParameter.REPORT_DEADLINE_DAYS)));

    for (Map.Entry<LeaveKind, ExemptionRule> e : policy.exemptions().entrySet()) {
      if (!reachable(e.getValue(), period.in(LEAP))
          && !reachable(e.getValue(), period.in(COMMON))) {
        problems.add(
            problem(
                PolicyProblem.Code.EXEMPTION_THRESHOLD_EXCEEDS_PERIOD,
                PolicyParameter.EXEMPTIONS.key()
                    + "."
                    + e.getKey()
                    + " threshold "
                    + e.getValue()
                    + " is longer than the counting period "
                    + period
                    + " (at most "
                    + longest
                    + " days): a leave counted inside the period never exempts",
                PolicyParameter.EXEMPTIONS,
                PolicyParameter.COUNTING_PERIOD));
      }
    }

    if (policy.leaveReducesRequirement() && policy.exemptions().isEmpty()) {
      problems.add(
          problem(
              PolicyProblem.Code.LEAVE_REDUCTION_WITHOUT_QUALIFYING_LEAVE,
              "leave-reduces-requirement is true but no exemption.* key names a leave kind: no leave"
                  + " ever reduces the requirement",
              PolicyParameter.LEAVE_REDUCES_REQUIREMENT,
              PolicyParameter.EXEMPTIONS));
    }

    if (policy.subjectLevels().isEmpty()) {
      problems.add(
          problem(
              PolicyProblem.Code.NO_SUBJECT_LEVEL,
              "subject-levels is empty: no officer is subject",
              PolicyParameter.SUBJECT_LEVELS));
    }
    if (policy.subjectEmployment().isEmpty()) {
      problems.add(
          problem(
              PolicyProblem.Code.NO_SUBJECT_EMPLOYMENT,
              policy.committeeMembersSubject()
                  ? "subject-employment is empty: only executive committee members are subject"
                  : "subject-employment is empty and committee-members-subject is false: no officer"
                      + " is subject",
              PolicyParameter.SUBJECT_EMPLOYMENT,
              PolicyParameter.COMMITTEE_MEMBERS_SUBJECT));
    }

    List<Days> targets = policy.quarterlyTargets();
    if (!targets.isEmpty()) {
      Days sum = targets.stream().reduce(Days.ZERO, Days::plus);
      if (!sum.equals(required)) {
        problems.add(
            problem(
                PolicyProblem.Code.QUARTERLY_TARGETS_MISMATCH,
                "quarterly-targets "
                    + text(targets)
                    + " add up to "
                    + sum
                    + ", not the "
                    + required
                    + " required days",
                PolicyParameter.QUARTERLY_TARGETS,
                PolicyParameter.REQUIRED_DAYS));
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
                  PolicyParameter.QUARTERLY_TARGETS,
                  PolicyParameter.COUNTING_PERIOD));
        }
      }
    }
    return problems.build();
  }

  private static <K extends Enum<K>> void checkMinimums(
      ImmutableList.Builder<PolicyProblem> problems,
      Map<K, Days> minimums,
      PolicyParameter parameter,
      PolicyProblem.Code sumCode,
      Days required,
      CountingPeriod period,
      long longest) {
    Days sum = minimums.values().stream().reduce(Days.ZERO, Days::plus);
    if (sum.compareTo(required) > 0) {
      problems.add(
          problem(
              sumCode,
              parameter.key()
                  + " minimums "
                  + text(minimums)
                  + " add up to "
                  + sum
                  + ", more than the "
                  + required
                  + " required days: the required days never bind, and the minimums can"
                  + " be met only by days that count at several "
                  + (parameter == PolicyParameter.KIND_MINIMUMS ? "kinds of work" : "host levels")
                  + " at once",
              parameter,
              PolicyParameter.REQUIRED_DAYS));
    }
    minimums.forEach(
        (key, days) -> {
          if (days.compareTo(Days.of(longest)) > 0) {
            problems.add(
                problem(
                    PolicyProblem.Code.MINIMUM_EXCEEDS_PERIOD,
                    parameter.key()
                        + "."
                        + key
                        + " "
                        + days
                        + " exceeds the "
                        + longest
                        + " days of the counting period "
                        + period
                        + ": no officer can meet it",
                    parameter,
                    PolicyParameter.COUNTING_PERIOD));
          }
        });
  }

  /** Whether a leave covering the whole period (closed) reaches the rule's threshold. */
  private static boolean reachable(ExemptionRule rule, LocalDateRange period) {
    return !period.getStart().plus(rule.threshold()).isAfter(period.getEnd());
  }

  private static long daysInQuarter(LocalDateRange period, YearQuarter quarter) {
    LocalDateRange q = LocalDateRange.ofClosed(quarter.atDay(1), quarter.atEndOfQuarter());
    if (!q.overlaps(period)) {
      return 0;
    }
    return q.intersection(period).lengthInDays();
  }

  private static String text(Object value) {
    return Parameters.text(value);
  }

  private static PolicyProblem problem(
      PolicyProblem.Code code, String message, PolicyParameter... parameters) {
    return PolicyProblem.of(code, ImmutableSet.copyOf(parameters), message);
  }
}
