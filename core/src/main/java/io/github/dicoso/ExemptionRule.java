package io.github.dicoso;

import java.time.Period;
import org.immutables.value.Value;

/**
 * When a leave of one kind exempts an officer for the counting period: a continuous leave of at
 * least {@link #threshold()} inside the period exempts; {@link Period#ZERO} exempts at any length.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ExemptionRule {
  ExemptionRule() {}

  /**
   * A leave of at least {@code threshold} exempts (e.g. {@code Period.ofMonths(6)}).
   *
   * @param threshold the shortest leave that exempts; zero for any length
   * @return the rule
   */
  public static ExemptionRule atLeast(Period threshold) {
    return ImmutableExemptionRule.of(threshold);
  }

  /** {@return a leave of any length exempts} */
  public static ExemptionRule anyLength() {
    return atLeast(Period.ZERO);
  }

  /**
   * Parses {@code P6M}, {@code 6M} or {@code 0} (any length).
   *
   * @param text an ISO-8601 period, with or without the leading {@code P}, or {@code 0}
   * @return the rule
   * @throws IllegalArgumentException naming the text if it is not an ISO period
   */
  public static ExemptionRule parse(CharSequence text) {
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
