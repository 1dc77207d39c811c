package io.github.dicoso;

import java.time.Period;
import org.immutables.value.Value;

/**
 * How long a leave of one kind must be to exempt an officer: a leave of at least {@link
 * #threshold()} exempts; {@link Period#ZERO} exempts at any length. Whether the whole leave or only
 * its part inside the counting period is measured is the policy's {@link
 * Parameter#EXEMPTION_LEAVE_LENGTH}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExemptionThreshold {
  ExemptionThreshold() {}

  /**
   * A leave of at least {@code threshold} exempts (e.g. {@code Period.ofMonths(6)}).
   *
   * @param threshold the shortest leave that exempts; zero for any length
   * @return the threshold
   */
  public static ExemptionThreshold atLeast(Period threshold) {
    return ImmutableExemptionThreshold.instance(threshold);
  }

  /** {@return a threshold that a leave of any length reaches} */
  public static ExemptionThreshold anyLength() {
    return atLeast(Period.ZERO);
  }

  /**
   * Parses {@code P6M}, {@code 6M} or {@code 0} (any length).
   *
   * @param text an ISO-8601 period, with or without the leading {@code P}, or {@code 0}
   * @return the threshold
   * @throws IllegalArgumentException naming the text if it is not an ISO period
   */
  public static ExemptionThreshold parse(CharSequence text) {
    String s = text.toString().trim().toUpperCase(java.util.Locale.ROOT);
    if (s.equals("0") || s.equals("ANY")) {
      return anyLength();
    }
    try {
      return atLeast(Period.parse(s.startsWith("P") ? s : "P" + s));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException(
          "exemption threshold '" + text + "' is not a period such as P6M, 6M or 0", e);
    }
  }

  /** {@return the shortest continuous leave that exempts} */
  @Value.Parameter
  public abstract Period threshold();

  /** {@return whether a leave of any length exempts} */
  public boolean exemptsAnyLength() {
    return threshold().isZero();
  }

  /**
   * Whether a leave from {@code start} to {@code endInclusive} is at least the threshold long: six
   * months from 1/9/2019 end on 29/2/2020, so a leave ending then reaches {@code P6M}.
   *
   * @param start the leave's first day
   * @param endInclusive the leave's last day
   * @return whether the leave reaches the threshold
   */
  public boolean reachedBy(java.time.LocalDate start, java.time.LocalDate endInclusive) {
    return !start.plus(threshold()).isAfter(endInclusive.plusDays(1));
  }

  @Value.Check
  void validate() {
    if (threshold().isNegative()) {
      throw new IllegalArgumentException("exemption threshold " + threshold() + " is negative");
    }
  }

  /** {@code P6M}, or {@code 0} for any length: the form {@link #parse} reads. */
  @Override
  public String toString() {
    return exemptsAnyLength() ? "0" : threshold().toString();
  }
}
