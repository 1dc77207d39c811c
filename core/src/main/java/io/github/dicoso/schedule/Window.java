package io.github.dicoso.schedule;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * One scheduling window (đợt) of a quarter: the dates in which the province schedules grassroots
 * visits, e.g. window 1 of 2019-Q2, 1–5/4/2019 (Tỉnh đoàn Bình Thuận, 2019). A window lies inside
 * its quarter.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Window {
  Window() {}

  /**
   * Window {@code number} of {@code quarter}, over the closed range {@code dates} ({@link
   * LocalDateRange#getEndInclusive()} is the window's last day).
   *
   * @param quarter the quarter
   * @param number the window's number within the quarter, from 1
   * @param dates the window's dates
   * @return the window
   * @throws IllegalArgumentException if the dates are empty, unbounded or not inside the quarter
   */
  public static Window of(YearQuarter quarter, int number, LocalDateRange dates) {
    return ImmutableWindow.instance(quarter, number, dates);
  }

  /** {@return the quarter the window belongs to} */
  @Value.Parameter
  public abstract YearQuarter quarter();

  /** {@return the window's number within its quarter, from 1 in date order (Đợt 1, Đợt 2 ...)} */
  @Value.Parameter
  public abstract int number();

  /**
   * {@return the window's dates; closed, so {@link LocalDateRange#getEndInclusive()} is its last
   * day}
   */
  @Value.Parameter
  public abstract LocalDateRange dates();

  /** {@return the first day of the window} */
  public LocalDate start() {
    return dates().getStart();
  }

  /** {@return the last day of the window, inclusive} */
  public LocalDate endInclusive() {
    return dates().getEndInclusive();
  }

  /**
   * Whether the closed range {@code range} lies entirely inside this window.
   *
   * @param range the dates, a closed range
   * @return whether the window holds every date of it
   */
  public boolean encloses(LocalDateRange range) {
    return dates().encloses(range);
  }

  /**
   * Whether the closed range {@code range} shares at least one date with this window.
   *
   * @param range the dates, a closed range
   * @return whether the window holds a date of it
   */
  public boolean overlaps(LocalDateRange range) {
    return dates().overlaps(range);
  }

  @Value.Check
  void validate() {
    String record = "window " + quarter() + " #" + number();
    checkArgument(number() >= 1, "%s: number %s is below 1", record, number());
    checkArgument(
        !dates().isUnboundedStart() && !dates().isUnboundedEnd() && !dates().isEmpty(),
        "%s: dates %s must be a bounded, non-empty range",
        record,
        dates());
    LocalDateRange quarterDates = quarterDates(quarter());
    checkArgument(
        quarterDates.encloses(dates()),
        "%s: dates %s..%s lie outside the quarter %s (%s..%s)",
        record,
        start(),
        endInclusive(),
        quarter(),
        quarterDates.getStart(),
        quarterDates.getEndInclusive());
  }

  /** The dates of {@code quarter} as a closed range. */
  static LocalDateRange quarterDates(YearQuarter quarter) {
    return LocalDateRange.ofClosed(quarter.atDay(1), quarter.atEndOfQuarter());
  }

  /** {@code 2019-Q2#1 2019-04-01..2019-04-05} (both ends inclusive). */
  @Override
  public String toString() {
    return quarter() + "#" + number() + " " + start() + ".." + endInclusive();
  }
}
