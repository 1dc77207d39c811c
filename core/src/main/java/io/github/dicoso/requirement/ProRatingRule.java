package io.github.dicoso.requirement;

import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.ProRating;
import io.github.dicoso.officer.Officer;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/**
 * The pro-rating rule: the days required of a subject, non-exempt officer. The quota ("đủ 02 tháng
 * (60 ngày/năm) trở lên", Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018; {@link Parameter#REQUIRED_DAYS}) is
 * scaled for an officer who joined, left or transferred during the period, where the sources are
 * silent: by days of service, rounded up to a whole day, as a library default ({@link
 * Parameter#PRO_RATING}); days away on a qualifying leave count as days not in post ({@link
 * LeaveRule}).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ProRatingRule {
  private ProRatingRule() {}

  /**
   * The requirement of {@code officer} in {@code period}.
   *
   * @param policy the policy whose quota and pro-rating apply
   * @param officer the officer
   * @param period the counting period, bounded, as {@link LocalDateRange} states it
   * @param daysAway days in post on a qualifying leave that reduce the requirement ({@link
   *     LeaveRule#account})
   * @return the requirement and the figures behind it
   */
  public static Requirement assess(
      Policy policy, Officer officer, LocalDateRange period, long daysAway) {
    List<LocalDateRange> service = officer.serviceWithin(period);
    long periodDays = period.lengthInDays();
    long serviceDays = service.stream().mapToLong(LocalDateRange::lengthInDays).sum();
    if (daysAway < 0 || daysAway > serviceDays) {
      throw new IllegalArgumentException(
          "officer "
              + officer.id()
              + ": "
              + daysAway
              + " days away of "
              + serviceDays
              + " days in post");
    }
    Days quota = policy.get(Parameter.REQUIRED_DAYS);
    ProRating proRating = policy.get(Parameter.PRO_RATING);
    List<Citation> citations = new ArrayList<>();
    citations.add(policy.citation(Parameter.REQUIRED_DAYS));
    if (daysAway > 0) {
      citations.add(policy.citation(Parameter.LEAVE_REDUCES_REQUIREMENT));
    }
    if (serviceDays < periodDays) {
      citations.add(policy.citation(Parameter.PRO_RATING));
    }
    long[] share =
        serviceDays == 0
            ? new long[] {0, 1}
            : share(proRating, period, service, serviceDays, serviceDays - daysAway);
    return ImmutableRequirement.instance(
        officer.id(),
        period,
        quota,
        periodDays,
        serviceDays,
        daysAway,
        proRating,
        quota.scaledRoundingUp(share[0], share[1]),
        citations,
        share[0],
        share[1]);
  }

  /** The share of the quota owed, as a numerator and a denominator. */
  private static long[] share(
      ProRating proRating,
      LocalDateRange period,
      List<LocalDateRange> service,
      long serviceDays,
      long available) {
    return switch (proRating) {
      case BY_DAYS_OF_SERVICE -> new long[] {available, period.lengthInDays()};
      case WHOLE_MONTHS -> {
        long[] months = wholeMonths(period, service);
        yield new long[] {
          Math.multiplyExact(months[0], available), Math.multiplyExact(months[1], serviceDays)
        };
      }
      case NONE -> new long[] {available, serviceDays};
    };
  }

  /** Months of the period fully served, and months the period touches. */
  private static long[] wholeMonths(LocalDateRange period, List<LocalDateRange> service) {
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
      LocalDateRange month = LocalDateRange.ofClosed(from, to);
      if (service.stream().anyMatch(s -> s.encloses(month))) {
        served++;
      }
    }
    return new long[] {served, total};
  }
}
