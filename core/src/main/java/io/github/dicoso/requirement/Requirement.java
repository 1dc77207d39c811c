package io.github.dicoso.requirement;

import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.ProRating;
import java.util.List;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * The days required of one subject, non-exempt officer in one period, with the numbers behind them:
 * the quota, the days of service and the days away on qualifying leave. The outcome of {@link
 * ProRatingRule}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Requirement {
  Requirement() {}

  /**
   * The factory that rebuilds a stored result, reached through {@code internal.Friends}. The share
   * of the quota owed is derived from the stored figures: exact for pro-rating by days of service
   * or none; for whole months, whose count of months in post is not stored, it is the required days
   * over the quota.
   */
  static Requirement create(
      String officerId,
      LocalDateRange period,
      Days quota,
      long periodDays,
      long serviceDays,
      long daysAway,
      ProRating proRating,
      Days required,
      List<Citation> citations) {
    long available = serviceDays - daysAway;
    long[] share =
        switch (proRating) {
          case BY_DAYS_OF_SERVICE -> new long[] {available, periodDays};
          case NONE -> serviceDays == 0 ? new long[] {0, 1} : new long[] {available, serviceDays};
          case WHOLE_MONTHS ->
              quota.isZero()
                  ? new long[] {0, 1}
                  : new long[] {Math.min(required.halves(), quota.halves()), quota.halves()};
        };
    return ImmutableRequirement.instance(
        officerId,
        period,
        quota,
        periodDays,
        serviceDays,
        daysAway,
        proRating,
        required,
        citations,
        share[0],
        share[1]);
  }

  /** {@return the officer} */
  @Value.Parameter
  public abstract String officerId();

  /** {@return the counting period, closed} */
  @Value.Parameter
  public abstract LocalDateRange period();

  /** {@return the policy's quota for a full period} */
  @Value.Parameter
  public abstract Days quota();

  /** {@return days in the counting period} */
  @Value.Parameter
  public abstract long periodDays();

  /** {@return days of the period the officer was in post} */
  @Value.Parameter
  public abstract long serviceDays();

  /** {@return days in post spent on a qualifying leave that reduce the requirement} */
  @Value.Parameter
  public abstract long daysAway();

  /** {@return the pro-rating strategy applied} */
  @Value.Parameter
  public abstract ProRating proRating();

  /** {@return days required: the quota scaled for partial service and leave} */
  @Value.Parameter
  public abstract Days required();

  /** {@return the citations of the rules that set {@link #required()}, in the order applied} */
  @Value.Parameter
  public abstract List<Citation> citations();

  /**
   * The numerator of the share of the quota owed, before rounding: {@link #required()} is the quota
   * times {@code shareNumerator / shareDenominator}, rounded up. The minimums scale by the same
   * share ({@link MinimumRule}), so that they are rounded once.
   */
  @Value.Parameter
  @Value.Auxiliary
  abstract long shareNumerator();

  /** The denominator of the share of the quota owed, positive. */
  @Value.Parameter
  @Value.Auxiliary
  abstract long shareDenominator();

  /** {@return whether the requirement is below the quota because of partial service or leave} */
  public boolean reduced() {
    return required().isLessThan(quota());
  }
}
