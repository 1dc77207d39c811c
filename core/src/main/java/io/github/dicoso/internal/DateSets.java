package io.github.dicoso.internal;

import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import java.time.LocalDate;
import org.threeten.extra.LocalDateRange;

/** Arithmetic on sets of dates, kept as Guava range sets in closed-open form. */
public final class DateSets {
  private DateSets() {}

  /** The dates of a bounded {@link LocalDateRange} as a closed-open Guava range. */
  public static Range<LocalDate> toRange(LocalDateRange period) {
    if (period.isUnboundedStart() || period.isUnboundedEnd()) {
      throw new IllegalArgumentException("period " + period + " must be bounded at both ends");
    }
    return Range.closedOpen(period.getStart(), period.getEnd());
  }

  /** The number of dates in a range set of closed-open date ranges, all bounded. */
  public static long countDates(RangeSet<LocalDate> dates) {
    long n = 0;
    for (Range<LocalDate> r : dates.asRanges()) {
      n += r.upperEndpoint().toEpochDay() - r.lowerEndpoint().toEpochDay();
    }
    return n;
  }

  /** The dates of {@code dates} that fall inside {@code period}. */
  public static ImmutableRangeSet<LocalDate> within(
      RangeSet<LocalDate> dates, LocalDateRange period) {
    return ImmutableRangeSet.copyOf(dates).subRangeSet(toRange(period));
  }

  /** The number of days of a bounded closed-open range. */
  public static long length(Range<LocalDate> range) {
    return range.upperEndpoint().toEpochDay() - range.lowerEndpoint().toEpochDay();
  }
}
