package io.github.dicoso.accrual;

import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import io.github.dicoso.Days;
import io.github.dicoso.Policy;
import io.github.dicoso.internal.DateSets;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import org.threeten.extra.LocalDateRange;

/**
 * The accrual rule: "days at the grassroots accumulate across all visits of the year" (cộng dồn;
 * Tỉnh đoàn Cà Mau, 2022), except visits made only as an invited guest (Hướng dẫn
 * 03-HD/TWĐTN-BTC, 21/3/2018). Library defaults, each a {@link Policy} parameter: a calendar date
 * counts at most once however many visits cover it; a half-day visit earns half a day, two half
 * days on one date make one day, and a date never earns more than one; unapproved visits and
 * visits without a travel order count but are reported.
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
    DateSets.toRange(period); // rejects unbounded periods
    TreeMap<LocalDate, DayAccumulator> days = new TreeMap<>();
    ImmutableDayLedger.Builder ledger =
        ImmutableDayLedger.builder().officerId(officer.id()).period(period);
    for (Visit visit : visits) {
      if (!visit.officerId().equals(officer.id())) {
        throw new IllegalArgumentException(
            "visit " + visit.id() + ": officer id " + visit.officerId()
                + " passed with officer " + officer.id());
      }
      ledger.addEntries(credit(policy, officer, period, visit, kindsOf, days));
    }
    ImmutableSortedMap.Builder<LocalDate, CreditedDay> credited = ImmutableSortedMap.naturalOrder();
    days.forEach((date, acc) -> credited.put(date, acc.toDay(date)));
    return ledger.days(credited.build()).build();
  }

  private static VisitEntry credit(
      Policy policy,
      Officer officer,
      LocalDateRange period,
      Visit visit,
      Function<? super Visit, ? extends Set<KindOfWork>> kindsOf,
      TreeMap<LocalDate, DayAccumulator> days) {
    Optional<Exclusion> wholeVisit = exclusion(policy, visit);
    ImmutableSortedSet.Builder<LocalDate> creditedDates = ImmutableSortedSet.naturalOrder();
    ImmutableSortedMap.Builder<LocalDate, Exclusion> excludedDates = ImmutableSortedMap.naturalOrder();
    Set<KindOfWork> kinds = null;
    for (LocalDate date = visit.start(); !date.isAfter(visit.end()); date = date.plusDays(1)) {
      Exclusion reason =
          wholeVisit.orElse(
              !period.contains(date)
                  ? Exclusion.OUTSIDE_PERIOD
                  : !officer.servedOn(date) ? Exclusion.OUTSIDE_SERVICE : null);
      if (reason != null) {
        excludedDates.put(date, reason);
        continue;
      }
      if (kinds == null) {
        kinds = kindsOf.apply(visit);
      }
      creditedDates.add(date);
      days.computeIfAbsent(date, d -> new DayAccumulator()).add(visit, kinds);
    }
    return ImmutableVisitEntry.builder()
        .visit(visit)
        .creditedDates(creditedDates.build())
        .excludedDates(excludedDates.build())
        .build();
  }

  /** The reason the whole visit earns nothing, if there is one, in the order the policy lists them. */
  private static Optional<Exclusion> exclusion(Policy policy, Visit visit) {
    if (visit.invitedOnly() && !policy.countInvitedOnly()) {
      return Optional.of(Exclusion.INVITED_ONLY);
    }
    if (!visit.approved() && !policy.countUnapproved()) {
      return Optional.of(Exclusion.UNAPPROVED);
    }
    if (!visit.travelOrder() && !policy.countWithoutTravelOrder()) {
      return Optional.of(Exclusion.NO_TRAVEL_ORDER);
    }
    if (visit.halfDay() && !policy.halfDayCredit()) {
      return Optional.of(Exclusion.HALF_DAY_NOT_CREDITED);
    }
    return Optional.empty();
  }

  /** What is known of one date while visits are added. */
  private static final class DayAccumulator {
    private boolean wholeDay;
    private final Set<String> halfDayVisits = new LinkedHashSet<>();
    private final EnumSet<KindOfWork> kinds = EnumSet.noneOf(KindOfWork.class);
    private final EnumSet<HostLevel> hostLevels = EnumSet.noneOf(HostLevel.class);
    private final Set<String> hostUnits = new LinkedHashSet<>();
    private final Set<String> visitIds = new LinkedHashSet<>();

    void add(Visit visit, Set<KindOfWork> visitKinds) {
      if (visit.halfDay()) {
        halfDayVisits.add(visit.id());
      } else {
        wholeDay = true;
      }
      kinds.addAll(visitKinds);
      hostLevels.add(visit.hostLevel());
      hostUnits.add(visit.hostUnit());
      visitIds.add(visit.id());
    }

    CreditedDay toDay(LocalDate date) {
      Days credit = wholeDay || halfDayVisits.size() >= 2 ? Days.ONE : Days.HALF;
      return ImmutableCreditedDay.builder()
          .date(date)
          .credit(credit)
          .kinds(kinds)
          .hostLevels(hostLevels)
          .hostUnits(hostUnits)
          .visitIds(visitIds)
          .build();
    }
  }
}
