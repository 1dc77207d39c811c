package io.github.dicoso.accrual;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
import io.github.dicoso.Days;
import io.github.dicoso.internal.DayBits;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * The day ledger of one officer for one period: every credited date with what was done on it, and
 * every input visit with what became of it. Made by {@link AccrualRule}.
 *
 * <p>The ledger keeps the credited dates as bit sets over the days of the period and each visit as
 * a reference with its kinds of work; {@link #entries()} and {@link #days()} are views built when
 * asked for. Totals by kind of work and by host level count the days on which that kind or level
 * occurred, so they can add up to more than {@link #credited()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DayLedger {
  private static final KindOfWork[] KINDS = KindOfWork.values();
  private static final HostLevel[] LEVELS = HostLevel.values();
  private static final Exclusion[] EXCLUSIONS = Exclusion.values();

  private final String officerId;
  private final LocalDateRange period;
  private final Visit[] visits;
  private final byte[] kinds;
  private final byte[] reasons;
  private final long @Nullable [] served;
  private final long @Nullable [] onLeave;
  private final long[] whole;
  private final long[] half;
  private final long[] totals;
  private final long[] creditingVisits;

  DayLedger(
      String officerId,
      LocalDateRange period,
      Visit[] visits,
      byte[] kinds,
      byte[] reasons,
      long @Nullable [] served,
      long @Nullable [] onLeave,
      long[] whole,
      long[] half,
      long[] totals,
      long[] creditingVisits) {
    this.officerId = officerId;
    this.period = period;
    this.visits = visits;
    this.kinds = kinds;
    this.reasons = reasons;
    this.served = served;
    this.onLeave = onLeave;
    this.whole = whole;
    this.half = half;
    this.totals = totals;
    this.creditingVisits = creditingVisits;
  }

  /** {@return the officer} */
  public String officerId() {
    return officerId;
  }

  /** {@return the counting period, closed ({@code getEndInclusive} is its last day)} */
  public LocalDateRange period() {
    return period;
  }

  /** {@return the number of visits given} */
  public int visitCount() {
    return visits.length;
  }

  /** {@return one entry per visit given, in the order given} */
  public List<VisitEntry> entries() {
    ImmutableList.Builder<VisitEntry> entries =
        ImmutableList.builderWithExpectedSize(visits.length);
    for (int i = 0; i < visits.length; i++) {
      entries.add(entry(i));
    }
    return entries.build();
  }

  /** {@return the days credited: each date once, a half or a whole day} */
  public Days credited() {
    return Days.ofHalves(2 * DayBits.count(whole) + DayBits.count(half));
  }

  /** {@return the number of dates with any credit} */
  public long creditedDateCount() {
    return DayBits.count(whole) + DayBits.count(half);
  }

  /** {@return the credited dates as closed ranges in date order} */
  public List<LocalDateRange> creditedDates() {
    long[] any = whole.clone();
    for (int w = 0; w < any.length; w++) {
      any[w] |= half[w];
    }
    return DayBits.ranges(any, period.getStart());
  }

  /** {@return days on which each kind of work occurred; kinds that never occurred are absent} */
  public Map<KindOfWork, Days> byKind() {
    Map<KindOfWork, Days> map = new EnumMap<>(KindOfWork.class);
    for (KindOfWork k : KINDS) {
      if (totals[k.ordinal()] > 0) {
        map.put(k, Days.ofHalves(totals[k.ordinal()]));
      }
    }
    return Maps.immutableEnumMap(map);
  }

  /** {@return days on which each host level was visited; levels never visited are absent} */
  public Map<HostLevel, Days> byHostLevel() {
    Map<HostLevel, Days> map = new EnumMap<>(HostLevel.class);
    for (HostLevel l : LEVELS) {
      if (totals[KINDS.length + l.ordinal()] > 0) {
        map.put(l, Days.ofHalves(totals[KINDS.length + l.ordinal()]));
      }
    }
    return Maps.immutableEnumMap(map);
  }

  /**
   * Days of one kind of work (zero if none).
   *
   * @param kind the kind of work
   * @return the days on which that kind of work occurred
   */
  public Days daysOf(KindOfWork kind) {
    return Days.ofHalves(totals[kind.ordinal()]);
  }

  /**
   * Days at one host level (zero if none).
   *
   * @param level the host level
   * @return the days credited at that host level
   */
  public Days daysAt(HostLevel level) {
    return Days.ofHalves(totals[KINDS.length + level.ordinal()]);
  }

  /**
   * {@return the distinct host units with at least one credited day, in the order of the visits}
   */
  public Set<String> hostUnits() {
    Set<String> units = new LinkedHashSet<>();
    for (int i = 0; i < visits.length; i++) {
      if ((creditingVisits[i >>> 6] & 1L << i) != 0) {
        units.add(visits[i].hostUnit());
      }
    }
    return java.util.Collections.unmodifiableSet(units);
  }

  /**
   * {@return every credited date, in date order, with its credit, kinds of work, host levels, host
   * units and visits}
   */
  public SortedMap<LocalDate, CreditedDay> days() {
    long length = period.lengthInDays();
    long origin = period.getStart().toEpochDay();
    TreeMap<Long, DayBuilder> byOffset = new TreeMap<>();
    long[] span = DayBits.create(length);
    for (int i = 0; i < visits.length; i++) {
      if (!creditedSpan(i, span)) {
        continue;
      }
      Visit v = visits[i];
      long from = Math.max(0, v.start().toEpochDay() - origin);
      long to = Math.min(length, v.end().toEpochDay() - origin + 1);
      for (long d = from; d < to; d++) {
        if (DayBits.get(span, d)) {
          byOffset.computeIfAbsent(d, x -> new DayBuilder()).add(v, kinds[i]);
        }
      }
    }
    ImmutableSortedMap.Builder<LocalDate, CreditedDay> days = ImmutableSortedMap.naturalOrder();
    byOffset.forEach(
        (d, b) -> {
          LocalDate date = period.getStart().plusDays(d);
          Days credit = DayBits.get(whole, d) ? Days.ONE : Days.HALF;
          days.put(date, b.build(date, credit));
        });
    return days.buildOrThrow();
  }

  /**
   * Fills {@code span} with the credited dates of visit {@code i}; whether it credits any.
   * Credited: inside the period, in service, not on a leave that wins, and no exclusion of the
   * whole visit.
   */
  private boolean creditedSpan(int i, long[] span) {
    Arrays.fill(span, 0);
    if (reasons[i] >= 0) {
      return false;
    }
    long origin = period.getStart().toEpochDay();
    long from = Math.max(0, visits[i].start().toEpochDay() - origin);
    long to = Math.min(period.lengthInDays(), visits[i].end().toEpochDay() - origin + 1);
    if (from >= to) {
      return false;
    }
    DayBits.set(span, from, to);
    boolean any = false;
    for (int w = 0; w < span.length; w++) {
      if (served != null) {
        span[w] &= served[w];
      }
      if (onLeave != null) {
        span[w] &= ~onLeave[w];
      }
      any |= span[w] != 0;
    }
    return any;
  }

  private VisitEntry entry(int i) {
    Visit v = visits[i];
    Set<KindOfWork> entryKinds = EnumSet.noneOf(KindOfWork.class);
    for (KindOfWork k : KINDS) {
      if ((kinds[i] & 1 << k.ordinal()) != 0) {
        entryKinds.add(k);
      }
    }
    Runs runs = new Runs(v.start());
    long origin = period.getStart().toEpochDay();
    long start = v.start().toEpochDay() - origin;
    long end = v.end().toEpochDay() - origin + 1; // exclusive
    long length = period.lengthInDays();
    Exclusion whole = reasons[i] >= 0 ? EXCLUSIONS[reasons[i]] : null;
    if (start < 0) {
      runs.add(Math.min(end, 0) - start, Exclusion.OUTSIDE_PERIOD);
    }
    long inFrom = Math.max(start, 0);
    long inTo = Math.min(end, length);
    if (inFrom < inTo) {
      if (whole != null) {
        runs.add(inTo - inFrom, whole);
      } else {
        for (long d = inFrom; d < inTo; d++) {
          Exclusion reason =
              served != null && !DayBits.get(served, d)
                  ? Exclusion.OUTSIDE_SERVICE
                  : onLeave != null && DayBits.get(onLeave, d) ? Exclusion.DURING_LEAVE : null;
          runs.add(1, reason);
        }
      }
    }
    if (end > length) {
      runs.add(end - Math.max(start, length), Exclusion.OUTSIDE_PERIOD);
    }
    return VisitEntry.create(
        v, Sets.immutableEnumSet(entryKinds), runs.credited(), runs.excluded());
  }

  /**
   * Equal when both show the same: the same officer, period and {@link #entries()} (every visit in
   * order, with its kinds and what became of each of its dates), from which every other view
   * follows. Days of service or leave on which no visit falls show nowhere, so they do not count.
   */
  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DayLedger other
        && officerId.equals(other.officerId)
        && period.equals(other.period)
        && Arrays.equals(visits, other.visits)
        && Arrays.equals(kinds, other.kinds)
        && Arrays.equals(whole, other.whole)
        && Arrays.equals(half, other.half)
        && entries().equals(other.entries());
  }

  @Override
  public int hashCode() {
    return Objects.hash(officerId, period, Arrays.hashCode(visits), Arrays.hashCode(kinds));
  }

  /** {@code DayLedger[BT-01 2019-01-01..2019-12-31: 52 days from 12 visits]}. */
  @Override
  public String toString() {
    return "DayLedger["
        + officerId
        + " "
        + period.getStart()
        + ".."
        + period.getEndInclusive()
        + ": "
        + credited()
        + " days from "
        + visits.length
        + " visits]";
  }

  /** Runs of one visit's dates, credited (reason null) or excluded by reason, in date order. */
  private static final class Runs {
    private LocalDate next;
    private final List<LocalDateRange> credited = new ArrayList<>();
    private final Map<Exclusion, List<LocalDateRange>> excluded = new EnumMap<>(Exclusion.class);
    private @Nullable Exclusion current;
    private @Nullable LocalDate runStart;
    private boolean open;

    Runs(LocalDate first) {
      this.next = first;
    }

    void add(long days, @Nullable Exclusion reason) {
      if (days <= 0) {
        return;
      }
      if (open && reason != current) {
        close();
      }
      if (!open) {
        runStart = next;
        current = reason;
        open = true;
      }
      next = next.plusDays(days);
    }

    private void close() {
      LocalDateRange run = LocalDateRange.of(Objects.requireNonNull(runStart), next);
      if (current == null) {
        credited.add(run);
      } else {
        excluded.computeIfAbsent(current, r -> new ArrayList<>()).add(run);
      }
      open = false;
    }

    List<LocalDateRange> credited() {
      if (open) {
        close();
      }
      return credited;
    }

    Map<Exclusion, List<LocalDateRange>> excluded() {
      if (open) {
        close();
      }
      return excluded;
    }
  }

  /** What is known of one credited date while {@link #days()} is built. */
  private static final class DayBuilder {
    private final Set<KindOfWork> kinds = EnumSet.noneOf(KindOfWork.class);
    private final Set<HostLevel> levels = EnumSet.noneOf(HostLevel.class);
    private final Set<String> hostUnits = new LinkedHashSet<>();
    private final Set<String> visitIds = new LinkedHashSet<>();

    void add(Visit v, byte kindMask) {
      for (KindOfWork k : KINDS) {
        if ((kindMask & 1 << k.ordinal()) != 0) {
          kinds.add(k);
        }
      }
      levels.add(v.hostLevel());
      hostUnits.add(v.hostUnit());
      visitIds.add(v.id());
    }

    CreditedDay build(LocalDate date, Days credit) {
      return CreditedDay.create(date, credit, kinds, levels, hostUnits, visitIds);
    }
  }
}
