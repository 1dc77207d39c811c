package io.github.dicoso.benchmarks;

import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.util.Arrays;
import org.threeten.extra.LocalDateRange;

/**
 * The least work the job needs: a population as primitive arrays (dates as day offsets from the
 * start of the counting period, each officer's days of service as a bit set of the period) and a
 * hand-written loop that computes only each officer's credited days, in half days.
 *
 * <p>The semantics are the library's ({@link io.github.dicoso.accrual.AccrualRule}): a visit the
 * policy does not count (invited only, and by policy unapproved, without travel order, or half day)
 * earns nothing; dates outside the period or outside service earn nothing; a date counts at most
 * once; a date covered only by half-day visits earns half a day, or a whole day when two distinct
 * half-day visits cover it. Visit ids are assumed distinct, as {@link Population} generates them.
 *
 * <p>Converting the objects to arrays ({@link #of}) is not part of the measured work, as loading
 * the tables is not part of the SQL queries' work.
 *
 * <p>Instances are immutable after construction; {@link #creditedHalves} uses scratch arrays of its
 * own and may be called from several threads.
 */
public final class PrimitiveLimit {
  private static final int INVITED_ONLY = 1;
  private static final int UNAPPROVED = 1 << 1;
  private static final int NO_TRAVEL_ORDER = 1 << 2;
  private static final int HALF_DAY = 1 << 3;

  private final int officers;
  private final int words;

  /** Visits of officer i are at indices offsets[i] until offsets[i + 1]. */
  private final int[] offsets;

  /** First and last day of each visit, inclusive, as offsets from the period's first day. */
  private final int[] first;

  private final int[] last;
  private final byte[] flags;

  /**
   * Days of service of officer i in the period: words {@code i * words} until {@code (i + 1) *
   * words}.
   */
  private final long[] service;

  /** Flags that make a visit earn nothing under the policy. */
  private final int excluded;

  private final int periodDays;

  private PrimitiveLimit(
      int officers,
      int periodDays,
      int[] offsets,
      int[] first,
      int[] last,
      byte[] flags,
      long[] service,
      int excluded) {
    this.officers = officers;
    this.periodDays = periodDays;
    this.words = (periodDays + 63) >>> 6;
    this.offsets = offsets;
    this.first = first;
    this.last = last;
    this.flags = flags;
    this.service = service;
    this.excluded = excluded;
  }

  /**
   * The arrays of {@code population} for {@code policy}'s counting period in {@link
   * Population#YEAR}.
   */
  public static PrimitiveLimit of(Policy policy, Population population) {
    LocalDateRange period = policy.periodIn(Population.YEAR);
    long base = period.getStart().toEpochDay();
    int periodDays = Math.toIntExact(period.lengthInDays());
    int words = (periodDays + 63) >>> 6;
    int n = population.size();
    int[] offsets = new int[n + 1];
    int visits = population.visitCount();
    int[] first = new int[visits];
    int[] last = new int[visits];
    byte[] flags = new byte[visits];
    long[] service = new long[n * words];
    int k = 0;
    for (int i = 0; i < n; i++) {
      offsets[i] = k;
      for (Visit v : population.visitsOf(i)) {
        first[k] = Math.toIntExact(v.start().toEpochDay() - base);
        last[k] = Math.toIntExact(v.end().toEpochDay() - base);
        flags[k] =
            (byte)
                ((v.invitedOnly() ? INVITED_ONLY : 0)
                    | (v.approved() ? 0 : UNAPPROVED)
                    | (v.travelOrder() ? 0 : NO_TRAVEL_ORDER)
                    | (v.halfDay() ? HALF_DAY : 0));
        k++;
      }
      serviceBits(population.officers().get(i), base, periodDays, service, i * words);
    }
    offsets[n] = k;
    int excluded =
        (policy.get(Parameter.COUNT_INVITED_ONLY) ? 0 : INVITED_ONLY)
            | (policy.get(Parameter.COUNT_UNAPPROVED) ? 0 : UNAPPROVED)
            | (policy.get(Parameter.COUNT_WITHOUT_TRAVEL_ORDER) ? 0 : NO_TRAVEL_ORDER)
            | (policy.get(Parameter.HALF_DAY_CREDIT) ? 0 : HALF_DAY);
    return new PrimitiveLimit(n, periodDays, offsets, first, last, flags, service, excluded);
  }

  private static void serviceBits(
      Officer officer, long base, int periodDays, long[] bits, int from) {
    LocalDateRange period =
        LocalDateRange.of(LocalDate.ofEpochDay(base), LocalDate.ofEpochDay(base + periodDays));
    for (LocalDateRange r : officer.serviceWithin(period)) {
      long lo = r.getStart().toEpochDay() - base;
      long hi = r.getEnd().toEpochDay() - base;
      for (long d = Math.max(0, lo); d < Math.min(periodDays, hi); d++) {
        bits[from + (int) (d >>> 6)] |= 1L << d;
      }
    }
  }

  /** The number of officers. */
  public int size() {
    return officers;
  }

  /** Each officer's credited days, in half days, written to {@code out} (one slot per officer). */
  public long[] creditedHalves(long[] out) {
    long[] whole = new long[words];
    long[] oneHalf = new long[words];
    long[] twoHalves = new long[words];
    for (int i = 0; i < officers; i++) {
      Arrays.fill(whole, 0);
      Arrays.fill(oneHalf, 0);
      Arrays.fill(twoHalves, 0);
      for (int v = offsets[i], end = offsets[i + 1]; v < end; v++) {
        int f = flags[v];
        if ((f & excluded) != 0) {
          continue;
        }
        int lo = Math.max(0, first[v]);
        int hi = Math.min(periodDays - 1, last[v]);
        if ((f & HALF_DAY) != 0) {
          for (int d = lo; d <= hi; d++) {
            long bit = 1L << d;
            int w = d >>> 6;
            twoHalves[w] |= oneHalf[w] & bit;
            oneHalf[w] |= bit;
          }
        } else {
          for (int d = lo; d <= hi; d++) {
            whole[d >>> 6] |= 1L << d;
          }
        }
      }
      long halves = 0;
      int s = i * words;
      for (int w = 0; w < words; w++) {
        long served = service[s + w];
        long full = (whole[w] | twoHalves[w]) & served;
        long half = oneHalf[w] & served & ~full;
        halves += 2L * Long.bitCount(full) + Long.bitCount(half);
      }
      out[i] = halves;
    }
    return out;
  }

  /** The visits of all officers. */
  public int visitCount() {
    return offsets[officers];
  }

  /** A convenience for tests: the credited halves of a fresh array. */
  long[] creditedHalves() {
    return creditedHalves(new long[officers]);
  }
}
