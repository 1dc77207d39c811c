package io.github.dicoso.accrual;

import com.google.common.collect.BoundType;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.Range;
import com.google.common.collect.RangeSet;
import io.github.dicoso.Days;
import io.github.dicoso.Policy;
import io.github.dicoso.internal.DateSets;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * The accrual rule: "days at the grassroots accumulate across all visits of the year" (cộng dồn;
 * Tỉnh đoàn Cà Mau, 2022), except visits made only as an invited guest (Hướng dẫn 03-HD/TWĐTN-BTC,
 * 21/3/2018). Library defaults, each a {@link Policy} parameter: a calendar date counts at most
 * once however many visits cover it; a half-day visit earns half a day, two half days on one date
 * make one day, and a date never earns more than one; unapproved visits and visits without a travel
 * order count but are reported.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class AccrualRule {
  private static final KindOfWork[] KINDS = KindOfWork.values();
  private static final HostLevel[] HOST_LEVELS = HostLevel.values();

  /**
   * A credited day for each combination of kinds of work and host levels (indexed by their bit
   * masks), whose date, credit, host units and visit ids are replaced per date: copying one is
   * cheaper than a builder, and the kind and level sets are shared instead of copied.
   */
  private static final ImmutableCreditedDay[] PROTOTYPES = prototypes();

  private static ImmutableCreditedDay[] prototypes() {
    ImmutableCreditedDay[] prototypes =
        new ImmutableCreditedDay[(1 << KINDS.length) << HOST_LEVELS.length];
    for (int levels = 0; levels < 1 << HOST_LEVELS.length; levels++) {
      for (int kinds = 0; kinds < 1 << KINDS.length; kinds++) {
        ImmutableCreditedDay.Builder day =
            ImmutableCreditedDay.builder().date(LocalDate.EPOCH).credit(Days.ONE);
        for (KindOfWork k : KINDS) {
          if ((kinds & 1 << k.ordinal()) != 0) {
            day.addKinds(k);
          }
        }
        for (HostLevel h : HOST_LEVELS) {
          if ((levels & 1 << h.ordinal()) != 0) {
            day.addHostLevels(h);
          }
        }
        prototypes[levels << KINDS.length | kinds] = day.build();
      }
    }
    return prototypes;
  }

  private static ImmutableCreditedDay prototype(int kindMask, int levelMask) {
    return PROTOTYPES[levelMask << KINDS.length | kindMask];
  }

  private static int kindMask(Set<KindOfWork> kinds) {
    int mask = 0;
    for (KindOfWork k : KINDS) { // contains() needs no iterator
      if (kinds.contains(k)) {
        mask |= 1 << k.ordinal();
      }
    }
    return mask;
  }

  private AccrualRule() {}

  /**
   * The ledger of {@code officer}'s {@code visits} in {@code period}, with each visit's kinds of
   * work as given.
   *
   * @param policy the policy whose accrual parameters apply
   * @param officer the officer whose visits are counted
   * @param period the counting period, as {@link LocalDateRange} states it
   * @param visits the officer's visits, in any order; duplicates are kept as separate entries
   * @return the ledger: every visit credited or excluded with its reasons, and every credited date
   * @throws IllegalArgumentException if a visit belongs to another officer
   */
  public static DayLedger ledger(
      Policy policy, Officer officer, LocalDateRange period, Iterable<Visit> visits) {
    return ledger(policy, officer, period, visits, Visit::kinds);
  }

  /**
   * The ledger, with the kinds of work of each credited visit given by {@code kindsOf} (for
   * instance, kinds suggested from the description of a visit that has none).
   *
   * @param policy the policy whose accrual parameters apply
   * @param officer the officer whose visits are counted
   * @param period the counting period, as {@link LocalDateRange} states it
   * @param visits the officer's visits, in any order; duplicates are kept as separate entries
   * @param kindsOf the kinds of work of a credited visit
   * @return the ledger: every visit credited or excluded with its reasons, and every credited date
   * @throws IllegalArgumentException if a visit belongs to another officer
   */
  public static DayLedger ledger(
      Policy policy,
      Officer officer,
      LocalDateRange period,
      Iterable<Visit> visits,
      Function<? super Visit, ? extends Set<KindOfWork>> kindsOf) {
    Range<LocalDate> periodRange = DateSets.toRange(period); // rejects unbounded periods
    Dates dates = new Dates(periodRange, officer.serviceDates());
    ImmutableList.Builder<VisitEntry> entries =
        visits instanceof Collection
            ? ImmutableList.builderWithExpectedSize(((Collection<?>) visits).size())
            : ImmutableList.builder();
    for (Visit visit : visits) {
      if (!visit.officerId().equals(officer.id())) {
        throw new IllegalArgumentException(
            "visit "
                + visit.id()
                + ": officer id "
                + visit.officerId()
                + " passed with officer "
                + officer.id());
      }
      entries.add(credit(policy, dates, visit, kindsOf));
    }
    ImmutableSortedMap.Builder<LocalDate, CreditedDay> credited = ImmutableSortedMap.naturalOrder();
    dates.forEachCredited((date, day) -> credited.put(date, toDay(date, day)));
    // withDays keeps the sorted map as built; the builder would copy and sort it again
    return ImmutableDayLedger.builder()
        .officerId(officer.id())
        .period(period)
        .entries(entries.build())
        .build()
        .withDays(credited.buildOrThrow());
  }

  private static VisitEntry credit(
      Policy policy,
      Dates dates,
      Visit visit,
      Function<? super Visit, ? extends Set<KindOfWork>> kindsOf) {
    Exclusion wholeVisit = exclusion(policy, visit);
    ImmutableVisitEntry.Builder entry = ImmutableVisitEntry.builder().visit(visit);
    Contribution contribution = null;
    long first = visit.start().toEpochDay();
    long last = visit.end().toEpochDay();
    for (long day = first; day <= last; day++) {
      LocalDate date =
          day == first ? visit.start() : day == last ? visit.end() : LocalDate.ofEpochDay(day);
      Exclusion reason =
          wholeVisit != null
              ? wholeVisit
              : !dates.inPeriod(day)
                  ? Exclusion.OUTSIDE_PERIOD
                  : !dates.served(day) ? Exclusion.OUTSIDE_SERVICE : null;
      if (reason != null) {
        entry.putExcludedDate(date, reason);
        continue;
      }
      if (contribution == null) {
        contribution = new Contribution(visit, kindsOf.apply(visit));
      }
      entry.addCreditedDate(date);
      dates.add(day, date, contribution);
    }
    return entry.build();
  }

  /**
   * The reason the whole visit earns nothing, if there is one, in the order the policy lists them.
   */
  private static @Nullable Exclusion exclusion(Policy policy, Visit visit) {
    if (visit.invitedOnly() && !policy.countInvitedOnly()) {
      return Exclusion.INVITED_ONLY;
    }
    if (!visit.approved() && !policy.countUnapproved()) {
      return Exclusion.UNAPPROVED;
    }
    if (!visit.travelOrder() && !policy.countWithoutTravelOrder()) {
      return Exclusion.NO_TRAVEL_ORDER;
    }
    if (visit.halfDay() && !policy.halfDayCredit()) {
      return Exclusion.HALF_DAY_NOT_CREDITED;
    }
    return null;
  }

  private static CreditedDay toDay(LocalDate date, Object day) {
    if (day instanceof Contribution contribution) {
      return contribution.alone(date);
    }
    return ((Shared) day).toDay(date);
  }

  /**
   * The period and the officer's service as epoch-day intervals, and the credited dates found so
   * far: one slot per day of the period, holding the one {@link Contribution} that covers it or a
   * {@link Shared} date covered by several. Slots cover a year at first and grow, for a longer
   * period, up to the last date credited.
   */
  private static final class Dates {
    /** A year's days: one allocation for the usual calendar-year period. */
    private static final int INITIAL_SLOTS = 366;

    private final long periodStart;
    private final long periodEnd; // exclusive

    /** Service intervals clipped to the period, closed-open, in order: start, end, start, end... */
    private final long[] service;

    private @Nullable Object[] slots;
    private @Nullable LocalDate[] slotDates;

    Dates(Range<LocalDate> period, RangeSet<LocalDate> serviceDates) {
      periodStart = period.lowerEndpoint().toEpochDay();
      periodEnd = period.upperEndpoint().toEpochDay();
      int initial = (int) Math.min(periodEnd - periodStart, INITIAL_SLOTS);
      slots = new Object[initial];
      slotDates = new LocalDate[initial];
      Set<Range<LocalDate>> ranges = serviceDates.subRangeSet(period).asRanges();
      service = new long[2 * ranges.size()];
      int i = 0;
      for (Range<LocalDate> r : ranges) {
        // within a bounded closed-open period, each range is bounded and closed-open
        service[i++] =
            r.lowerEndpoint().toEpochDay() + (r.lowerBoundType() == BoundType.OPEN ? 1 : 0);
        service[i++] =
            r.upperEndpoint().toEpochDay() + (r.upperBoundType() == BoundType.CLOSED ? 1 : 0);
      }
    }

    boolean inPeriod(long day) {
      return day >= periodStart && day < periodEnd;
    }

    boolean served(long day) {
      for (int i = 0; i < service.length; i += 2) {
        if (day >= service[i] && day < service[i + 1]) {
          return true;
        }
      }
      return false;
    }

    void add(long day, LocalDate date, Contribution contribution) {
      int slot = Math.toIntExact(day - periodStart);
      if (slot >= slots.length) {
        int length =
            (int) Math.min(periodEnd - periodStart, Math.max(slot + 1L, 2L * slots.length));
        slots = Arrays.copyOf(slots, Math.max(length, slot + 1));
        slotDates = Arrays.copyOf(slotDates, slots.length);
      }
      Object present = slots[slot];
      if (present == null) {
        slots[slot] = contribution;
        slotDates[slot] = date;
      } else if (present instanceof Contribution first) {
        slots[slot] = new Shared(first, contribution);
      } else {
        ((Shared) present).add(contribution);
      }
    }

    void forEachCredited(BiConsumer<LocalDate, Object> action) {
      for (int i = 0; i < slots.length; i++) {
        Object day = slots[i];
        if (day != null) {
          action.accept(slotDates[i], day);
        }
      }
    }
  }

  /**
   * One credited visit's contribution to each date it covers: the visit and its kinds of work, and
   * for the dates no other visit covers, the credited day built once and copied per date.
   */
  private static final class Contribution {
    final Visit visit;
    final int kinds;
    private @Nullable ImmutableCreditedDay alone;

    Contribution(Visit visit, Set<KindOfWork> kinds) {
      this.visit = visit;
      this.kinds = kindMask(kinds);
    }

    /** The credited day of a date that only this visit covers. */
    CreditedDay alone(LocalDate date) {
      if (alone == null) {
        alone =
            prototype(kinds, 1 << visit.hostLevel().ordinal())
                .withDate(date)
                .withCredit(visit.halfDay() ? Days.HALF : Days.ONE)
                .withHostUnits(ImmutableSet.of(visit.hostUnit()))
                .withVisitIds(ImmutableSet.of(visit.id()));
        return alone;
      }
      return alone.withDate(date);
    }
  }

  /** What is known of a date covered by several credited visits. */
  private static final class Shared {
    private final List<Contribution> contributions = new ArrayList<>(4);

    Shared(Contribution first, Contribution second) {
      contributions.add(first);
      contributions.add(second);
    }

    void add(Contribution contribution) {
      contributions.add(contribution);
    }

    CreditedDay toDay(LocalDate date) {
      boolean wholeDay = false;
      String halfDayVisit = null;
      boolean twoHalfDayVisits = false;
      int kinds = 0;
      int hostLevels = 0;
      int n = contributions.size();
      ImmutableSet.Builder<String> hostUnits = ImmutableSet.builderWithExpectedSize(n);
      ImmutableSet.Builder<String> visitIds = ImmutableSet.builderWithExpectedSize(n);
      for (Contribution c : contributions) {
        Visit visit = c.visit;
        if (!visit.halfDay()) {
          wholeDay = true;
        } else if (halfDayVisit == null) {
          halfDayVisit = visit.id();
        } else if (!halfDayVisit.equals(visit.id())) {
          twoHalfDayVisits = true; // the same visit given twice is still one half day
        }
        kinds |= c.kinds;
        hostLevels |= 1 << visit.hostLevel().ordinal();
        hostUnits.add(visit.hostUnit());
        visitIds.add(visit.id());
      }
      return prototype(kinds, hostLevels)
          .withDate(date)
          .withCredit(wholeDay || twoHalfDayVisits ? Days.ONE : Days.HALF)
          .withHostUnits(hostUnits.build())
          .withVisitIds(visitIds.build());
    }
  }
}
