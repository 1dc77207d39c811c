package io.github.dicoso.schedule;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.dicoso.Days;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.accrual.CreditedDay;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.requirement.Requirement;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The pacing rule: is an officer on course for the period's requirement ("at least 60 days a year",
 * Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018), given the days credited so far and the visits planned and
 * approved for the rest of the period?
 *
 * <ul>
 *   <li><b>UNREACHABLE</b> when the days credited so far plus one day for every remaining date of
 *       service in the period fall below the requirement: even if every remaining date were
 *       credited (a date earns at most one day), the requirement cannot be met. Without new credit
 *       an officer once unreachable stays so as the date advances.
 *   <li><b>AT_RISK</b> otherwise, when the days credited so far plus the approved planned days
 *       ahead fall below the requirement.
 *   <li><b>ON_TRACK</b> otherwise.
 * </ul>
 *
 * <p>Quarterly targets come from {@link io.github.dicoso.Parameter#QUARTERLY_TARGETS}; when the
 * policy lists none they are an even split of the officer's requirement (see {@link
 * #quarterlyTargets}). They are reported, with whether the officer is behind them, but do not
 * change the status.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PacingRule {
  private PacingRule() {}

  /**
   * The targets of Q1 to Q4: the policy's {@link io.github.dicoso.Parameter#QUARTERLY_TARGETS} as
   * given, or, when it lists none, {@code required} split evenly in half days. The split gives each
   * quarter {@code halves / 4} half days and places the remainder, one half day each, on the last
   * quarters (Q4, then Q3, then Q2), so that no quarter is asked to run ahead of an even pace: 60
   * days give 15 a quarter, 61 give 15, 15, 15.5, 15.5, and 59.5 give 14.5, 15, 15, 15.
   *
   * @param policy the policy, which may list quarterly targets
   * @param required the days required in the period
   * @return four targets, Q1 to Q4
   */
  public static List<Days> quarterlyTargets(Policy policy, Days required) {
    if (!policy.get(Parameter.QUARTERLY_TARGETS).isEmpty()) {
      return ImmutableList.copyOf(policy.get(Parameter.QUARTERLY_TARGETS));
    }
    long halves = required.halves();
    long each = Math.floorDiv(halves, 4);
    long remainder = Math.floorMod(halves, 4);
    ImmutableList.Builder<Days> targets = ImmutableList.builder();
    for (int q = 1; q <= 4; q++) {
      targets.add(Days.ofHalves(each + (q > 4 - remainder ? 1 : 0)));
    }
    return targets.build();
  }

  /**
   * The pace of {@code officer} at {@code asOf}.
   *
   * @param policy the policy whose quarterly targets apply
   * @param officer the officer
   * @param requirement the officer's requirement for the period of {@code ledger}
   * @param ledger the officer's credited days in the period
   * @param plans the officer's quarterly plans; only approved plans count
   * @param asOf the day of the assessment
   * @return the pace, with the figures behind it
   * @throws IllegalArgumentException if the requirement, ledger or a plan belongs to another
   *     officer, or the requirement and the ledger cover different periods
   */
  public static Pacing assess(
      Policy policy,
      Officer officer,
      Requirement requirement,
      DayLedger ledger,
      Iterable<QuarterlyPlan> plans,
      LocalDate asOf) {
    String id = officer.id();
    check(requirement.officerId(), id, "requirement");
    check(ledger.officerId(), id, "day ledger");
    if (!requirement.period().equals(ledger.period())) {
      throw new IllegalArgumentException(
          "pacing of officer "
              + id
              + ": requirement period "
              + requirement.period()
              + " differs from day ledger period "
              + ledger.period());
    }
    LocalDateRange period = ledger.period();
    LocalDate last = period.getEndInclusive();

    long creditedHalves = 0;
    for (CreditedDay day : ledger.days().headMap(asOf.plusDays(1)).values()) {
      creditedHalves += day.credit().halves();
    }

    Set<LocalDate> ahead = new TreeSet<>();
    for (QuarterlyPlan plan : plans) {
      check(plan.officerId(), id, "quarterly plan " + plan.quarter());
      if (!plan.isApproved()) {
        continue;
      }
      for (PlannedVisit v : plan.plannedVisits()) {
        v.dates().stream()
            .filter(d -> d.isAfter(asOf) && period.contains(d) && officer.servedOn(d))
            .forEach(ahead::add);
      }
    }

    long remaining = 0;
    for (LocalDate d = later(asOf.plusDays(1), period.getStart());
        !d.isAfter(last);
        d = d.plusDays(1)) {
      if (officer.servedOn(d)) {
        remaining++;
      }
    }

    Days required = requirement.required();
    Days creditedSoFar = Days.ofHalves(creditedHalves);
    Days plannedAhead = Days.of(ahead.size());
    PaceStatus status =
        creditedSoFar.plus(Days.of(remaining)).isLessThan(required)
            ? PaceStatus.UNREACHABLE
            : creditedSoFar.plus(plannedAhead).isLessThan(required)
                ? PaceStatus.AT_RISK
                : PaceStatus.ON_TRACK;

    List<Days> targets = quarterlyTargets(policy, required);
    ImmutableMap.Builder<YearQuarter, Days> byQuarter = ImmutableMap.builder();
    for (int q = 1; q <= 4; q++) {
      byQuarter.put(YearQuarter.of(period.getStart().getYear(), q), targets.get(q - 1));
    }
    return new ImmutablePacing.Builder()
        .officerId(id)
        .asOf(asOf)
        .period(period)
        .required(required)
        .creditedSoFar(creditedSoFar)
        .plannedAhead(plannedAhead)
        .remainingDates(remaining)
        .status(status)
        .quarterlyTargets(byQuarter.build())
        .addAllCitations(requirement.citations())
        .addCitations(policy.citation(Parameter.QUARTERLY_TARGETS))
        .build();
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static void check(String given, String officerId, String what) {
    if (!given.equals(officerId)) {
      throw new IllegalArgumentException(
          what + " of officer " + given + " passed with officer " + officerId);
    }
  }
}
