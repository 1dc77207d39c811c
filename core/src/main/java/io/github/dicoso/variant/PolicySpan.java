package io.github.dicoso.variant;

import io.github.dicoso.Policy;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * A policy with the dates it is in force: a closed range of dates, or a range with an unbounded end
 * for a policy in force until further notice.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PolicySpan {
  PolicySpan() {}

  /**
   * {@code policy} in force on {@code dates}.
   *
   * @param policy the policy
   * @param dates the dates it is in force
   * @return the span
   */
  public static PolicySpan of(Policy policy, LocalDateRange dates) {
    return ImmutablePolicySpan.instance(policy, dates);
  }

  /** {@return the policy} */
  @Value.Parameter
  public abstract Policy policy();

  /**
   * {@return the dates it is in force; {@link LocalDateRange#getEndInclusive()} is the last day,
   * and the end is {@linkplain LocalDateRange#isUnboundedEnd() unbounded} for a policy without an
   * end date}
   */
  @Value.Parameter
  public abstract LocalDateRange dates();

  /**
   * Whether the policy is in force on {@code date}.
   *
   * @param date the date
   * @return whether the policy is in force on it
   */
  public boolean covers(java.time.LocalDate date) {
    return dates().contains(date);
  }

  @Value.Check
  void validate() {
    if (dates().isUnboundedStart()) {
      throw new IllegalArgumentException(
          "policy span " + policy().name() + ": dates " + dates() + " must have a start date");
    }
    if (dates().isEmpty()) {
      throw new IllegalArgumentException(
          "policy span " + policy().name() + ": dates " + dates() + " are empty");
    }
  }

  /** {@code national-2018 2018-01-01..2022-12-31}, or {@code 2023-01-01..} for an open end. */
  @Override
  public String toString() {
    return policy().name() + " " + rangeText(dates());
  }

  /** A closed range as {@code 2018-01-01..2022-12-31}, an open end as {@code 2023-01-01..}. */
  static String rangeText(LocalDateRange dates) {
    return dates.getStart()
        + ".."
        + (dates.isUnboundedEnd() ? "" : dates.getEndInclusive().toString());
  }
}
