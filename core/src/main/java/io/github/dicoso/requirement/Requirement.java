package io.github.dicoso.requirement;

import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.ProRating;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * The days required of one officer in one period, with the numbers behind them: the quota, the
 * days of service, the days away on qualifying leave, and the exemption if there is one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Requirement {
  Requirement() {}

  /** The officer. */
  public abstract String officerId();

  /** The counting period. */
  public abstract LocalDateRange period();

  /** The policy's quota for a full period. */
  public abstract Days quota();

  /** Days in the counting period. */
  public abstract long periodDays();

  /** Days of the period the officer was in post. */
  public abstract long serviceDays();

  /** Days of service spent on qualifying leave that did not exempt (zero when it does not reduce). */
  public abstract long daysAway();

  /** The pro-rating strategy applied. */
  public abstract ProRating proRating();

  /** The exemption, if the officer is exempt. */
  public abstract Optional<Exemption> exemption();

  /** Days required: zero when exempt; the quota scaled for partial service and leave otherwise. */
  public abstract Days required();

  /** The citations of the rules that set {@link #required()}, in the order they were applied. */
  public abstract java.util.List<Citation> citations();

  /** Whether the officer is exempt. */
  public boolean exempt() {
    return exemption().isPresent();
  }

  /** Whether the requirement is below the quota because of partial service or leave. */
  public boolean reduced() {
    return !exempt() && required().isLessThan(quota());
  }
}
