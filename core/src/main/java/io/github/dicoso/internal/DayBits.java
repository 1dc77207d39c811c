package io.github.dicoso.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.threeten.extra.LocalDateRange;

/**
 * Sets of dates within one bounded period, as bits indexed by the day's offset from the period's
 * first day, in {@code long} words. A set costs a bit per day of the period, and setting a range
 * costs in proportion to its days inside the period, never to its length outside it.
 *
 * <p>The methods work on {@code long[]} arrays made by {@link #create(long)}. This class is
 * stateless and thread-safe; the arrays are not.
 */
public final class DayBits {
  private DayBits() {}

  /** An empty set for a period of {@code days} days. */
  public static long[] create(long days) {
    return new long[Math.toIntExact((days + 63) >>> 6)];
  }

  /** Sets offsets {@code from} (inclusive) to {@code to} (exclusive), clipped to the set. */
  public static void set(long[] bits, long from, long to) {
    long limit = (long) bits.length << 6;
    long a = Math.max(0, from);
    long b = Math.min(limit, to);
    if (a >= b) {
      return;
    }
    int first = (int) (a >>> 6);
    int last = (int) ((b - 1) >>> 6);
    long firstMask = -1L << a;
    long lastMask = -1L >>> -b;
    if (first == last) {
      bits[first] |= firstMask & lastMask;
      return;
    }
    bits[first] |= firstMask;
    for (int i = first + 1; i < last; i++) {
      bits[i] = -1L;
    }
    bits[last] |= lastMask;
  }

  /** Whether offset {@code i} is in the set. */
  public static boolean get(long[] bits, long i) {
    return i >= 0 && i < ((long) bits.length << 6) && (bits[(int) (i >>> 6)] & 1L << i) != 0;
  }

  /** The number of offsets in the set. */
  public static long count(long[] bits) {
    long n = 0;
    for (long w : bits) {
      n += Long.bitCount(w);
    }
    return n;
  }

  /** The number of offsets in both sets. */
  public static long countAnd(long[] a, long[] b) {
    long n = 0;
    for (int i = 0; i < a.length; i++) {
      n += Long.bitCount(a[i] & b[i]);
    }
    return n;
  }

  /** The number of offsets from {@code from} (inclusive) to {@code to} (exclusive) in the set. */
  public static long countIn(long[] bits, long from, long to) {
    long n = 0;
    long limit = Math.min((long) bits.length << 6, to);
    for (long i = Math.max(0, from); i < limit; i++) {
      if ((bits[(int) (i >>> 6)] & 1L << i) != 0) {
        n++;
      }
    }
    return n;
  }

  /** Whether any offset from {@code from} (inclusive) to {@code to} (exclusive) is in the set. */
  public static boolean anyIn(long[] bits, long from, long to) {
    long limit = Math.min((long) bits.length << 6, to);
    for (long i = Math.max(0, from); i < limit; i++) {
      if ((bits[(int) (i >>> 6)] & 1L << i) != 0) {
        return true;
      }
    }
    return false;
  }

  /** Adds the dates of {@code ranges} that fall in the period starting at {@code origin}. */
  public static void setRanges(long[] bits, LocalDate origin, List<LocalDateRange> ranges) {
    long base = origin.toEpochDay();
    for (LocalDateRange r : ranges) {
      set(bits, r.getStart().toEpochDay() - base, r.getEnd().toEpochDay() - base);
    }
  }

  /** The set as closed date ranges in date order, for a period starting at {@code origin}. */
  public static List<LocalDateRange> ranges(long[] bits, LocalDate origin) {
    List<LocalDateRange> ranges = new ArrayList<>();
    long limit = (long) bits.length << 6;
    long i = 0;
    while (i < limit) {
      if (!get(bits, i)) {
        i++;
        continue;
      }
      long start = i;
      while (i < limit && get(bits, i)) {
        i++;
      }
      ranges.add(LocalDateRange.of(origin.plusDays(start), origin.plusDays(i)));
    }
    return ranges;
  }
}
