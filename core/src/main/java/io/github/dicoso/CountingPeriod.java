package io.github.dicoso;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * The part of each year in which days are counted: the calendar year by default, or a shorter span
 * such as 1/3–31/12 (Quảng Trị 2020). Both ends are inclusive month-days.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CountingPeriod {
  CountingPeriod() {}

  /** {@return the whole calendar year, 1/1–31/12} */
  public static CountingPeriod calendarYear() {
    return of(MonthDay.of(1, 1), MonthDay.of(12, 31));
  }

  /**
   * The span from {@code first} to {@code last}, both inclusive, within each year.
   *
   * @param first the first day counted in each year
   * @param last the last day counted in each year
   * @return the counting period
   */
  public static CountingPeriod of(MonthDay first, MonthDay last) {
    return ImmutableCountingPeriod.instance(first, last);
  }

  /**
   * Parses {@code 03-01..12-31}, or {@code 2020-03-01..2020-12-31} (both dates in one year, which
   * is not kept).
   *
   * @param text {@code MM-DD..MM-DD} or {@code YYYY-MM-DD..YYYY-MM-DD}
   * @return the counting period
   * @throws IllegalArgumentException naming the text if it is not of that form
   */
  public static CountingPeriod parse(CharSequence text) {
    String s = text.toString().trim();
    int dots = s.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException(
          "counting period '" + s + "' is not of the form MM-DD..MM-DD (e.g. 03-01..12-31)");
    }
    String first = s.substring(0, dots).trim();
    String last = s.substring(dots + 2).trim();
    try {
      if (first.length() == 10 && last.length() == 10) {
        LocalDate from = LocalDate.parse(first);
        LocalDate to = LocalDate.parse(last);
        if (from.getYear() != to.getYear()) {
          throw new IllegalArgumentException(
              "counting period '" + s + "': a counting period lies within one year");
        }
        return of(MonthDay.from(from), MonthDay.from(to));
      }
      return of(MonthDay.parse("--" + first), MonthDay.parse("--" + last));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("counting period '" + s + "': " + e.getMessage(), e);
    }
  }

  /** {@return the first month-day counted, inclusive} */
  @Value.Parameter
  public abstract MonthDay first();

  /** {@return the last month-day counted, inclusive} */
  @Value.Parameter
  public abstract MonthDay last();

  /** {@return whether this is the whole calendar year} */
  public boolean isCalendarYear() {
    return first().equals(MonthDay.of(1, 1)) && last().equals(MonthDay.of(12, 31));
  }

  /**
   * The dates counted in {@code year}, as a closed range ({@link LocalDateRange#getEndInclusive()}
   * is the last day counted). A last day of 29/2 falls back to 28/2 in a common year.
   *
   * @param year the year
   * @return the dates counted in that year
   */
  public LocalDateRange in(Year year) {
    return LocalDateRange.ofClosed(first().atYear(year.getValue()), last().atYear(year.getValue()));
  }

  @Value.Check
  void validate() {
    if (last().isBefore(first())) {
      throw new IllegalArgumentException(
          "counting period: last " + last() + " is before first " + first());
    }
  }

  /** {@code 03-01..12-31}: the form {@link #parse} reads. */
  @Override
  public String toString() {
    return first().toString().substring(2) + ".." + last().toString().substring(2);
  }
}
