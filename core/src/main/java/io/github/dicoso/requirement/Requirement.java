package io.github.dicoso.requirement;

import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.ProRating;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * The days required of one officer in one period, with the numbers behind them: the quota, the days
 * of service, the days away on qualifying leave, and the exemption if there is one.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Requirement {
  Requirement() {}

  /** {@return the officer} */
  public abstract String officerId();

  /** {@return the counting period} */
  public abstract LocalDateRange period();

  /** {@return the policy's quota for a full period} */
  public abstract Days quota();

  /** {@return days in the counting period} */
  public abstract long periodDays();

  /** {@return days of the period the officer was in post} */
  public abstract long serviceDays();

  /**
   * {@return days of service spent on qualifying leave that did not exempt (zero when it does not
   * reduce)}
   */
  public abstract long daysAway();

  /** {@return the pro-rating strategy applied} */
  public abstract ProRating proRating();

  /** {@return the exemption, if the officer is exempt} */
  public abstract Optional<Exemption> exemption();

  /**
   * {@return days required: zero when exempt; the quota scaled for partial service and leave
   * otherwise}
   */
  public abstract Days required();

  /**
   * {@return the citations of the rules that set {@link #required()}, in the order they were
   * applied}
   */
  public abstract java.util.List<Citation> citations();

  /** {@return whether the officer is exempt} */
  public boolean exempt() {
    return exemption().isPresent();
  }

  /** {@return whether the requirement is below the quota because of partial service or leave} */
  public boolean reduced() {
    return !exempt() && required().isLessThan(quota());
  }
}
