package io.github.dicoso;

import com.google.errorprone.annotations.Immutable;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A number of days counted exactly in halves: {@code 60}, {@code 59.5}. No floating point is
 * involved, so sums of half days are exact. Days are never negative: a requirement, a credit or a
 * shortfall is zero or more.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Days implements Comparable<Days> {
  /** No days. */
  public static final Days ZERO = new Days(0);

  /** Half a day. */
  public static final Days HALF = new Days(1);

  /** One day. */
  public static final Days ONE = new Days(2);

  private final long halves;

  private Days(long halves) {
    this.halves = halves;
  }

  /**
   * A whole number of days.
   *
   * @param wholeDays the number of days, zero or more
   * @return that many days
   * @throws IllegalArgumentException if {@code wholeDays} is negative
   */
  public static Days of(long wholeDays) {
    return ofHalves(Math.multiplyExact(wholeDays, 2));
  }

  /**
   * A number of half days: {@code ofHalves(119)} is 59.5 days.
   *
   * @param halves the number of half days, zero or more
   * @return half that many days
   * @throws IllegalArgumentException if {@code halves} is negative
   */
  public static Days ofHalves(long halves) {
    if (halves == 0) {
      return ZERO;
    }
    if (halves < 0) {
      throw new IllegalArgumentException(
          "days must not be negative: " + BigDecimal.valueOf(halves).divide(BigDecimal.valueOf(2)));
    }
    return new Days(halves);
  }

  /**
   * Parses {@code 60}, {@code 59.5} or {@code 59,5}.
   *
   * @param text a whole or half number of days, with a point or a comma
   * @return the days
   * @throws IllegalArgumentException naming the text if it is not a whole or half number of days,
   *     or is negative
   */
  public static Days parse(CharSequence text) {
    String s = text.toString().trim().replace(',', '.');
    try {
      BigDecimal doubled = new BigDecimal(s).multiply(BigDecimal.valueOf(2));
      if (doubled.signum() < 0) {
        throw new IllegalArgumentException("'" + text + "' is negative; days are zero or more");
      }
      return ofHalves(doubled.longValueExact());
    } catch (NumberFormatException | ArithmeticException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a number of days in whole or half days (e.g. 60 or 59.5)", e);
    }
  }

  /** {@return this quantity in half days} */
  public long halves() {
    return halves;
  }

  /** {@return whether this is a whole number of days} */
  public boolean isWhole() {
    return halves % 2 == 0;
  }

  /** {@return whether this is zero} */
  public boolean isZero() {
    return halves == 0;
  }

  /**
   * The sum of this and {@code other}.
   *
   * @param other the days to add
   * @return the sum
   */
  public Days plus(Days other) {
    return ofHalves(Math.addExact(halves, other.halves));
  }

  /**
   * This minus {@code other}, or zero when {@code other} is larger.
   *
   * @param other the days to subtract
   * @return the difference, never below zero
   */
  public Days minusFloorZero(Days other) {
    return halves > other.halves ? ofHalves(halves - other.halves) : ZERO;
  }

  /**
   * Whether this is at least {@code other}.
   *
   * @param other the days to compare with
   * @return whether this is at least {@code other}
   */
  public boolean isAtLeast(Days other) {
    return halves >= other.halves;
  }

  /**
   * Whether this is less than {@code other}.
   *
   * @param other the days to compare with
   * @return whether this is less than {@code other}
   */
  public boolean isLessThan(Days other) {
    return halves < other.halves;
  }

  /**
   * This quantity scaled by {@code numerator / denominator} (a fraction between 0 and 1) and, when
   * the fraction is below 1, rounded up to a whole day: the pro-rating arithmetic of the
   * requirement.
   *
   * @param numerator the part, from 0 to {@code denominator}
   * @param denominator the whole, positive
   * @return the scaled days
   */
  public Days scaledRoundingUp(long numerator, long denominator) {
    if (denominator <= 0 || numerator < 0 || numerator > denominator) {
      throw new IllegalArgumentException(
          "scale " + numerator + "/" + denominator + " must be a fraction between 0 and 1");
    }
    if (numerator == denominator) {
      return this;
    }
    long scaled = Math.multiplyExact(halves, numerator);
    long wholeDenominator = Math.multiplyExact(2, denominator);
    return of(Math.floorDiv(Math.addExact(scaled, wholeDenominator - 1), wholeDenominator));
  }

  /**
   * The larger of this and {@code other}.
   *
   * @param other the days to compare with
   * @return the larger
   */
  public Days max(Days other) {
    return halves >= other.halves ? this : other;
  }

  /**
   * The smaller of this and {@code other}.
   *
   * @param other the days to compare with
   * @return the smaller
   */
  public Days min(Days other) {
    return halves <= other.halves ? this : other;
  }

  /** {@return this quantity as a decimal: 60 or 59.5} */
  public BigDecimal toBigDecimal() {
    return BigDecimal.valueOf(halves, 0).divide(BigDecimal.valueOf(2)).stripTrailingZeros();
  }

  @Override
  public int compareTo(Days other) {
    return Long.compare(halves, other.halves);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Days days && days.halves == halves;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(halves);
  }

  /** {@code 60} or {@code 59.5}: the form {@link #parse} reads. */
  @Override
  public String toString() {
    return toBigDecimal().toPlainString();
  }
}
