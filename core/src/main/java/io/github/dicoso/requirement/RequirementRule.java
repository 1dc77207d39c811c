package io.github.dicoso.requirement;

import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import com.google.common.collect.TreeRangeSet;
import io.github.dicoso.Days;
import io.github.dicoso.ExemptionRule;
import io.github.dicoso.Policy;
import io.github.dicoso.PolicyParameter;
import io.github.dicoso.ProRating;
import io.github.dicoso.internal.DateSets;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Officer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The requirement rule: the days required of an officer in a period.
 *
 * <ol>
 *   <li><b>Exemption.</b> "Officers sent on long-term study (6 months or more), on long-term sick
 *       leave, and women on maternity leave are not required that year" (Hướng dẫn 03-HD/TWĐTN-BTC,
 *       as applied by Tỉnh đoàn Bình Thuận, 2019). A continuous leave of one kind inside the period
 *       exempts when it reaches the policy's {@link ExemptionRule threshold} for that kind; a study
 *       leave of exactly 6 months exempts, one of 5 months does not.
 *   <li><b>Partial service.</b> The quota is scaled by the policy's {@link ProRating} (library
 *       default: by days of service, rounded up to a whole day).
 *   <li><b>Leave.</b> Days on a qualifying leave too short to exempt reduce the requirement pro
 *       rata, when the policy says so (library default: yes).
 * </ol>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class RequirementRule {
  private RequirementRule() {}

  /**
   * The requirement of {@code officer} in {@code period}, given the officer's leaves.
   *
   * @param policy the policy whose quota, exemptions and pro-rating apply
   * @param officer the officer
   * @param period the counting period, as {@link LocalDateRange} states it
   * @param leaves the officer's leaves, in any order
   * @return the requirement, with any exemption and the figures behind it
   * @throws IllegalArgumentException if a leave belongs to another officer
   */
  public static Requirement assess(
      Policy policy, Officer officer, LocalDateRange period, Iterable<Leave> leaves) {
    Range<LocalDate> periodRange = DateSets.toRange(period);
    ImmutableRangeSet<LocalDate> service = DateSets.within(officer.serviceDates(), period);
    long periodDays = DateSets.length(periodRange);
    long serviceDays = DateSets.countDates(service);

    Map<LeaveKind, RangeSet<LocalDate>> qualifying = new EnumMap<>(LeaveKind.class);
    for (Leave leave : leaves) {
      if (!leave.officerId().equals(officer.id())) {
        throw new IllegalArgumentException(
            "leave of officer "
                + leave.officerId()
                + " ("
                + leave.kind()
                + " "
                + leave.start()
                + ".."
                + leave.end()
                + ") passed with officer "
                + officer.id());
      }
      if (policy.exemptions().containsKey(leave.kind())) {
        Range<LocalDate> dates = Range.closedOpen(leave.start(), leave.end().plusDays(1));
        if (dates.isConnected(periodRange)) {
          qualifying
              .computeIfAbsent(leave.kind(), k -> TreeRangeSet.create())
              .add(dates.intersection(periodRange));
        }
      }
    }

    ImmutableRequirement.Builder result =
        ImmutableRequirement.builder()
            .officerId(officer.id())
            .period(period)
            .quota(policy.requiredDays())
            .periodDays(periodDays)
            .serviceDays(serviceDays)
            .proRating(policy.proRating())
            .addCitations(policy.citation(PolicyParameter.REQUIRED_DAYS));

    Optional<Exemption> exemption = exemption(policy, qualifying);
    if (exemption.isPresent()) {
      return result
          .exemption(exemption)
          .daysAway(0)
          .required(Days.ZERO)
          .addCitations(exemption.get().citation())
          .build();
    }

    long daysAway = 0;
    if (policy.leaveReducesRequirement() && !qualifying.isEmpty()) {
      TreeRangeSet<LocalDate> away = TreeRangeSet.create();
      qualifying.values().forEach(away::addAll);
      daysAway = DateSets.countDates(intersect(away, service));
      result.addCitations(policy.citation(PolicyParameter.LEAVE_REDUCES_REQUIREMENT));
    }
    if (serviceDays < periodDays) {
      result.addCitations(policy.citation(PolicyParameter.PRO_RATING));
    }
    return result
        .daysAway(daysAway)
        .required(required(policy, period, service, serviceDays, daysAway))
        .build();
  }

  private static RangeSet<LocalDate> intersect(RangeSet<LocalDate> a, RangeSet<LocalDate> b) {
    TreeRangeSet<LocalDate> result = TreeRangeSet.create(a);
    result.removeAll(b.complement());
    return result;
  }

  private static Optional<Exemption> exemption(
      Policy policy, Map<LeaveKind, RangeSet<LocalDate>> qualifying) {
    Exemption best = null;
    for (Map.Entry<LeaveKind, RangeSet<LocalDate>> e : qualifying.entrySet()) {
      ExemptionRule rule = Objects.requireNonNull(policy.exemptions().get(e.getKey()));
      for (Range<LocalDate> run : e.getValue().asRanges()) {
        LocalDate start = run.lowerEndpoint();
        LocalDate endExclusive = run.upperEndpoint();
        boolean reaches = !start.plus(rule.threshold()).isAfter(endExclusive);
        if (reaches && (best == null || DateSets.length(run) > best.days())) {
          best =
              ImmutableExemption.builder()
                  .kind(e.getKey())
                  .leaveDates(LocalDateRange.of(start, endExclusive))
                  .rule(rule)
                  .citation(policy.citation(PolicyParameter.EXEMPTIONS))
                  .build();
        }
      }
    }
    return Optional.ofNullable(best);
  }

  private static Days required(
      Policy policy,
      LocalDateRange period,
      RangeSet<LocalDate> service,
      long serviceDays,
      long daysAway) {
    Days quota = policy.requiredDays();
    if (serviceDays == 0) {
      return Days.ZERO;
    }
    long available = serviceDays - daysAway;
    switch (policy.proRating()) {
      case BY_DAYS_OF_SERVICE -> {
        return quota.scaledRoundingUp(available, period.lengthInDays());
      }
      case WHOLE_MONTHS -> {
        long[] months = wholeMonths(period, service);
        return quota.scaledRoundingUp(
            Math.multiplyExact(months[0], available), Math.multiplyExact(months[1], serviceDays));
      }
      case NONE -> {
        return quota.scaledRoundingUp(available, serviceDays);
      }
    }
    throw new AssertionError(policy.proRating());
  }

  /** Months of the period fully served, and months the period touches. */
  private static long[] wholeMonths(LocalDateRange period, RangeSet<LocalDate> service) {
    long served = 0;
    long total = 0;
    for (YearMonth m = YearMonth.from(period.getStart());
        !m.atDay(1).isAfter(period.getEndInclusive());
        m = m.plusMonths(1)) {
      total++;
      LocalDate from = m.atDay(1).isBefore(period.getStart()) ? period.getStart() : m.atDay(1);
      LocalDate to =
          m.atEndOfMonth().isAfter(period.getEndInclusive())
              ? period.getEndInclusive()
              : m.atEndOfMonth();
      if (service.encloses(Range.closedOpen(from, to.plusDays(1)))) {
        served++;
      }
    }
    return new long[] {served, total};
  }
}
