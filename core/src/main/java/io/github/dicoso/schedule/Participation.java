package io.github.dicoso.schedule;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * How many officers made a grassroots visit in a date range: the officers in scope with at least
 * one credited visit day in the range, over the officers in scope ("between 1/6 and 31/7/2018, 97
 * of the 111 officers of the central agency took part in grassroots visits", Trung ương Đoàn review
 * of Q2/2018).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Participation {
  Participation() {}

  /** {@return the date range; closed ({@link LocalDateRange#getEndInclusive()} is its last day)} */
  public abstract LocalDateRange range();

  /** {@return the officers in scope} */
  public abstract Set<String> officersInScope();

  /** {@return the officers in scope with at least one credited visit day in the range} */
  public abstract Set<String> participants();

  /**
   * {@return visits of officers not in scope: left out of the figure, listed so nothing is lost}
   */
  public abstract List<String> visitsOutOfScope();

  /** {@return the officers in scope without a credited visit day in the range} */
  public Set<String> nonParticipants() {
    return com.google.common.collect.Sets.difference(officersInScope(), participants())
        .immutableCopy();
  }

  /**
   * {@return the participation rate in percent, two decimals, half up (97 of 111: 87.39); zero if
   * no one is in scope}
   */
  public BigDecimal percent() {
    if (officersInScope().isEmpty()) {
      return BigDecimal.ZERO.setScale(2);
    }
    return BigDecimal.valueOf(100L * participants().size())
        .divide(BigDecimal.valueOf(officersInScope().size()), 2, RoundingMode.HALF_UP);
  }

  /** {@code 97/111 officers (87.39%) in 2018-06-01..2018-07-31}. */
  @Override
  public String toString() {
    return participants().size()
        + "/"
        + officersInScope().size()
        + " officers ("
        + percent()
        + "%) in "
        + range().getStart()
        + ".."
        + range().getEndInclusive();
  }
}
