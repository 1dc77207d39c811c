package io.github.dicoso.accrual;

import static java.util.Objects.requireNonNull;

import io.github.dicoso.Policy;
import io.github.dicoso.internal.DayBits;
import io.github.dicoso.internal.DistinctIds;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * The accrual rule: "thời gian đi cơ sở được tính theo phương pháp cộng dồn" — days at the
 * grassroots accumulate across all visits of the year (Tỉnh đoàn Cà Mau, 2022), each visit counting
 * only if its {@linkplain EvidenceRule evidence} lets it. Library defaults, each a {@link Policy}
 * parameter: a calendar date counts at most once however many visits cover it; a half-day visit
 * earns half a day, two half-day visits on one date make one day, and a date never earns more than
 * one; only days the officer held the post count.
 *
 * <p>A visit costs in proportion to its days inside the period, never to its length outside it.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AccrualRule {
  private AccrualRule() {}

  /**
   * The ledger of {@code officer}'s {@code visits} in {@code period}, with each visit's kinds of
   * work as given.
   *
   * @param policy the policy whose accrual parameters apply
   * @param officer the officer whose visits are counted
   * @param period the counting period, bounded, as {@link LocalDateRange} states it
   * @param visits the officer's visits, in any order
   * @return the ledger: every visit credited or excluded with its reasons, and every credited date
   * @throws IllegalArgumentException if the period is unbounded, a visit belongs to another
   *     officer, or two visits share an id
   */
  public static DayLedger ledger(
      Policy policy, Officer officer, LocalDateRange period, Iterable<Visit> visits) {
    return ledger(policy, officer, period, visits, Visit::kinds, List.of());
  }

  /**
   * The ledger, with the kinds of work of each credited visit given by {@code kindsOf} (for
   * instance, kinds suggested from the description of a visit that has none), and the dates of
   * {@code leaveDates} not credited ({@link Exclusion#DURING_LEAVE}: the policy lets a leave that
   * reduces the requirement win over a visit on the same date).
   *
   * @param policy the policy whose accrual parameters apply
   * @param officer the officer whose visits are counted
   * @param period the counting period, bounded, as {@link LocalDateRange} states it
   * @param visits the officer's visits, in any order
   * @param kindsOf the kinds of work of a credited visit
   * @param leaveDates dates no visit is credited on, as ranges; usually empty
   * @return the ledger: every visit credited or excluded with its reasons, and every credited date
   * @throws IllegalArgumentException if the period is unbounded, a visit belongs to another
   *     officer, or two visits share an id
   */
  public static DayLedger ledger(
      Policy policy,
      Officer officer,
      LocalDateRange period,
      Iterable<Visit> visits,
      Function<? super Visit, ? extends Set<KindOfWork>> kindsOf,
      List<LocalDateRange> leaveDates) {
    requireNonNull(policy, "policy");
    requireNonNull(officer, "officer");
    requireNonNull(visits, "visits");
    requireNonNull(kindsOf, "kindsOf");
    requireNonNull(leaveDates, "leaveDates");
    checkBounded(period);
    long origin = period.getStart().toEpochDay();
    long length = period.lengthInDays();
    List<LocalDateRange> service = officer.serviceWithin(period);
    long[] served = null;
    if (!(service.size() == 1 && service.get(0).equals(period))) {
      served = DayBits.create(length);
      DayBits.setRanges(served, period.getStart(), service);
    }
    long[] onLeave = null;
    if (!leaveDates.isEmpty()) {
      onLeave = DayBits.create(length);
      DayBits.setRanges(onLeave, period.getStart(), leaveDates);
    }

    Visit[] visitArray = toArray(visits);
    DistinctIds ids = new DistinctIds(visitArray.length);
    for (Visit v : visitArray) {
      if (!v.officerId().equals(officer.id())) {
        throw new IllegalArgumentException(
            "visit "
                + v.id()
                + ": officer id "
                + v.officerId()
                + " passed with officer "
                + officer.id());
      }
      if (!ids.add(v.id())) {
        throw new IllegalArgumentException(
            "visit id " + v.id() + " is given more than once for officer " + officer.id());
      }
    }

    int n = visitArray.length;
    byte[] kinds = new byte[n];
    byte[] reasons = new byte[n];
    long[] whole = DayBits.create(length);
    long[] half = DayBits.create(length);
    KindOfWork[] kindValues = KindOfWork.values();
    HostLevel[] levelValues = HostLevel.values();
    long[][] byKind = new long[kindValues.length][];
    long[][] byLevel = new long[levelValues.length][];
    long[] span = DayBits.create(length);
    long[] crediting = new long[(n + 63) >>> 6];
    for (int i = 0; i < n; i++) {
      Visit v = visitArray[i];
      Optional<Exclusion> exclusion = EvidenceRule.exclusion(policy, v);
      if (exclusion.isPresent()) {
        reasons[i] = (byte) exclusion.get().ordinal();
        continue;
      }
      reasons[i] = -1;
      long from = Math.max(0, v.start().toEpochDay() - origin);
      long to = Math.min(length, v.end().toEpochDay() - origin + 1);
      if (from >= to) {
        continue; // wholly outside the period
      }
      int mask = mask(kindsOf.apply(v), kindValues);
      kinds[i] = (byte) mask;
      java.util.Arrays.fill(span, 0);
      DayBits.set(span, from, to);
      if (served != null) {
        and(span, served);
      }
      if (onLeave != null) {
        andNot(span, onLeave);
      }
      if (isEmpty(span)) {
        continue;
      }
      crediting[i >>> 6] |= 1L << i;
      if (v.halfDay()) {
        // one date: a second half day from another visit makes it whole
        for (int w = 0; w < span.length; w++) {
          long s = span[w] & ~whole[w];
          long both = s & half[w];
          whole[w] |= both;
          half[w] = (half[w] & ~both) | (s & ~both);
        }
      } else {
        for (int w = 0; w < span.length; w++) {
          whole[w] |= span[w];
          half[w] &= ~span[w];
        }
      }
      for (KindOfWork k : kindValues) {
        if ((mask & 1 << k.ordinal()) != 0) {
          byKind[k.ordinal()] = or(byKind[k.ordinal()], span);
        }
      }
      int l = v.hostLevel().ordinal();
      byLevel[l] = or(byLevel[l], span);
    }
    long[] totals = new long[kindValues.length + levelValues.length];
    for (int k = 0; k < kindValues.length; k++) {
      totals[k] = halves(byKind[k], whole, half);
    }
    for (int l = 0; l < levelValues.length; l++) {
      totals[kindValues.length + l] = halves(byLevel[l], whole, half);
    }
    return new DayLedger(
        officer.id(),
        period,
        visitArray,
        kinds,
        reasons,
        served,
        onLeave,
        whole,
        half,
        totals,
        crediting);
  }

  static void checkBounded(LocalDateRange period) {
    requireNonNull(period, "period");
    if (period.isUnboundedStart() || period.isUnboundedEnd()) {
      throw new IllegalArgumentException("period " + period + " must be bounded at both ends");
    }
  }

  /** The kinds as bits; by {@code contains}, which costs no iterator. */
  private static int mask(Set<KindOfWork> kinds, KindOfWork[] all) {
    int mask = 0;
    for (KindOfWork k : all) {
      if (kinds.contains(k)) {
        mask |= 1 << k.ordinal();
      }
    }
    return mask;
  }

  private static Visit[] toArray(Iterable<Visit> visits) {
    if (visits instanceof Collection<Visit> c) {
      return c.toArray(new Visit[0]);
    }
    List<Visit> given = new ArrayList<>();
    visits.forEach(given::add);
    return given.toArray(new Visit[0]);
  }

  private static boolean isEmpty(long[] bits) {
    for (long w : bits) {
      if (w != 0) {
        return false;
      }
    }
    return true;
  }

  private static void and(long[] a, long[] b) {
    for (int w = 0; w < a.length; w++) {
      a[w] &= b[w];
    }
  }

  private static void andNot(long[] a, long[] b) {
    for (int w = 0; w < a.length; w++) {
      a[w] &= ~b[w];
    }
  }

  private static long[] or(long @Nullable [] into, long[] bits) {
    long[] result = into != null ? into : new long[bits.length];
    for (int w = 0; w < bits.length; w++) {
      result[w] |= bits[w];
    }
    return result;
  }

  /** Credit in half days of the dates in {@code bits}: two for a whole date, one for a half. */
  private static long halves(long @Nullable [] bits, long[] whole, long[] half) {
    if (bits == null) {
      return 0;
    }
    return 2 * DayBits.countAnd(bits, whole) + DayBits.countAnd(bits, half);
  }
}
