package io.github.dicoso.accrual;

import static io.github.dicoso.Fixtures.Y2019;
import static io.github.dicoso.Fixtures.officer;
import static io.github.dicoso.Fixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Days;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class AccrualRuleTest {
  private final Policy national = Policies.national2018();
  private final Officer lan = officer("O-1");

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2019, month, day);
  }

  private static LocalDateRange dates(LocalDate first, LocalDate last) {
    return LocalDateRange.ofClosed(first, last);
  }

  private DayLedger ledger(Policy policy, Visit... visits) {
    return AccrualRule.ledger(policy, lan, Y2019, List.of(visits));
  }

  @Test
  void ledger_fiveDayVisit_creditsFiveDays() {
    DayLedger l = ledger(national, visit("V-1", "O-1", d(4, 1), d(4, 5)));
    assertThat(l.credited()).isEqualTo(Days.of(5));
    assertThat(l.creditedDateCount()).isEqualTo(5);
    assertThat(l.creditedDates()).containsExactly(dates(d(4, 1), d(4, 5)));
    assertThat(l.entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(VisitEntry.Outcome.CREDITED);
              assertThat(e.creditedDates()).containsExactly(dates(d(4, 1), d(4, 5)));
              assertThat(e.creditedDays()).isEqualTo(5);
              assertThat(e.kinds()).containsExactly(KindOfWork.THEMATIC);
              assertThat(e.excludedDates()).isEmpty();
            });
    assertThat(l).hasToString("DayLedger[O-1 2019-01-01..2019-12-31: 5 days from 1 visits]");
  }

  @Test
  void ledger_overlappingVisits_countEachDateOnce() {
    DayLedger l =
        ledger(
            national,
            visit("V-1", "O-1", d(4, 1), d(4, 5)),
            visit("V-2", "O-1")
                .start(d(4, 4))
                .end(d(4, 8))
                .kinds(List.of(KindOfWork.INSPECTION))
                .hostLevel(HostLevel.COMMUNE)
                .build());
    assertThat(l.credited()).isEqualTo(Days.of(8));
    assertThat(l.days().get(d(4, 4)).kinds())
        .containsExactlyInAnyOrder(KindOfWork.THEMATIC, KindOfWork.INSPECTION);
    assertThat(l.days().get(d(4, 4)).visitIds()).containsExactly("V-1", "V-2");
    assertThat(l.daysOf(KindOfWork.THEMATIC)).isEqualTo(Days.of(5));
    assertThat(l.daysOf(KindOfWork.INSPECTION)).isEqualTo(Days.of(5));
    assertThat(l.daysOf(KindOfWork.MEETING)).isEqualTo(Days.ZERO);
    assertThat(l.daysAt(HostLevel.DISTRICT)).isEqualTo(Days.of(5));
    assertThat(l.daysAt(HostLevel.COMMUNE)).isEqualTo(Days.of(5));
    assertThat(l.byKind())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(KindOfWork.THEMATIC, Days.of(5), KindOfWork.INSPECTION, Days.of(5)));
    assertThat(l.entries())
        .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(VisitEntry.Outcome.CREDITED));
  }

  @Test
  void ledger_twoVisitsOnTheSameDates_areListedTwiceButCountedOnce() {
    DayLedger l =
        ledger(
            national,
            visit("V-1", "O-1", d(4, 1), d(4, 5)),
            visit("V-1b", "O-1", d(4, 1), d(4, 5)));
    assertThat(l.credited()).isEqualTo(Days.of(5));
    assertThat(l.entries()).hasSize(2);
    assertThat(l.visitCount()).isEqualTo(2);
  }

  @Test
  void ledger_visitIdGivenTwice_isRefusedNamingTheIdAndTheOfficer() {
    Visit v = visit("V-1", "O-1", d(4, 1), d(4, 5));
    assertThatThrownBy(() -> ledger(national, v, v))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("visit id V-1 is given more than once for officer O-1");
  }

  @Test
  void ledger_visitSpanningPeriodEnd_creditsOnlyDaysInside() {
    DayLedger l = ledger(national, visit("V-9", "O-1", d(12, 30), LocalDate.of(2020, 1, 2)));
    assertThat(l.credited()).isEqualTo(Days.of(2));
    VisitEntry e = l.entries().get(0);
    assertThat(e.outcome()).isEqualTo(VisitEntry.Outcome.PARTLY_CREDITED);
    assertThat(e.creditedDates()).containsExactly(dates(d(12, 30), d(12, 31)));
    assertThat(e.excludedDates())
        .containsExactly(
            Map.entry(
                Exclusion.OUTSIDE_PERIOD,
                List.of(dates(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2)))));
  }

  @Test
  void ledger_twoHalfDaysOnOneDate_makeOneDayNeverMore() {
    Visit morning = visit("V-1", "O-1").start(d(5, 2)).halfDay(true).build();
    Visit evening =
        visit("V-2", "O-1").start(d(5, 2)).halfDay(true).addKinds(KindOfWork.MEETING).build();
    Visit third = visit("V-3", "O-1").start(d(5, 2)).halfDay(true).build();
    assertThat(ledger(national, morning).credited()).isEqualTo(Days.HALF);
    assertThat(ledger(national, morning).days().get(d(5, 2)).credit()).isEqualTo(Days.HALF);
    assertThat(ledger(national, morning, evening).credited()).isEqualTo(Days.ONE);
    assertThat(ledger(national, morning, evening, third).credited()).isEqualTo(Days.ONE);
    assertThat(ledger(national, morning, visit("V-4", "O-1", d(5, 2), d(5, 2))).credited())
        .isEqualTo(Days.ONE);
    assertThat(ledger(national, morning, evening).daysOf(KindOfWork.MEETING)).isEqualTo(Days.ONE);
  }

  @Test
  void ledger_halfDayCreditOff_excludesHalfDayVisits() {
    Policy noHalves =
        Policy.variantOf(national).name("no-halves").set(Parameter.HALF_DAY_CREDIT, false).build();
    DayLedger l = ledger(noHalves, visit("V-1", "O-1").start(d(5, 2)).halfDay(true).build());
    assertThat(l.credited()).isEqualTo(Days.ZERO);
    assertThat(l.entries().get(0).exclusions()).containsExactly(Exclusion.HALF_DAY_NOT_CREDITED);
    assertThat(l.entries().get(0).kinds()).isEmpty();
  }

  @Test
  void ledger_invitedOnlyVisit_isExcludedCitingGuidance() {
    DayLedger l = ledger(national, visit("V-17", "O-1").start(d(5, 2)).invitedOnly(true).build());
    assertThat(l.credited()).isEqualTo(Days.ZERO);
    VisitEntry e = l.entries().get(0);
    assertThat(e.outcome()).isEqualTo(VisitEntry.Outcome.EXCLUDED);
    assertThat(e.credited()).isFalse();
    assertThat(e.exclusions()).containsExactly(Exclusion.INVITED_ONLY);
    assertThat(Exclusion.INVITED_ONLY.citation(national).document())
        .isEqualTo("Hướng dẫn 03-HD/TWĐTN-BTC");
  }

  @Test
  void ledger_invitedOnlyVisitWhenPolicyCountsThem_isCredited() {
    Policy counts =
        Policy.variantOf(national).name("counts").set(Parameter.COUNT_INVITED_ONLY, true).build();
    assertThat(
            ledger(counts, visit("V-17", "O-1").start(d(5, 2)).invitedOnly(true).build())
                .credited())
        .isEqualTo(Days.ONE);
  }

  @Test
  void ledger_unapprovedAndNoTravelOrder_countByDefaultButNotWhenPolicySaysSo() {
    Visit unapproved = visit("V-1", "O-1").start(d(6, 3)).approved(false).build();
    Visit noOrder = visit("V-2", "O-1").start(d(6, 4)).travelOrder(false).build();
    assertThat(ledger(national, unapproved, noOrder).credited()).isEqualTo(Days.of(2));
    Policy strict =
        Policy.variantOf(national)
            .name("strict")
            .set(Parameter.COUNT_UNAPPROVED, false)
            .set(Parameter.COUNT_WITHOUT_TRAVEL_ORDER, false)
            .build();
    DayLedger l = ledger(strict, unapproved, noOrder);
    assertThat(l.credited()).isEqualTo(Days.ZERO);
    assertThat(l.entries())
        .extracting(e -> e.exclusions().iterator().next())
        .containsExactly(Exclusion.UNAPPROVED, Exclusion.NO_TRAVEL_ORDER);
  }

  @Test
  void ledger_visitOutsideService_isExcludedOnThoseDates() {
    Officer joined =
        Officer.builder()
            .id("O-1")
            .level(Level.PROVINCIAL)
            .employment(Employment.FULL_TIME)
            .addServicePeriods(ServicePeriod.from(d(7, 1)))
            .build();
    DayLedger l =
        AccrualRule.ledger(
            national, joined, Y2019, List.of(visit("V-1", "O-1", d(6, 29), d(7, 2))));
    assertThat(l.credited()).isEqualTo(Days.of(2));
    VisitEntry e = l.entries().get(0);
    assertThat(e.outcome()).isEqualTo(VisitEntry.Outcome.PARTLY_CREDITED);
    assertThat(e.creditedDates()).containsExactly(dates(d(7, 1), d(7, 2)));
    assertThat(e.excludedDates())
        .containsExactly(Map.entry(Exclusion.OUTSIDE_SERVICE, List.of(dates(d(6, 29), d(6, 30)))));
  }

  @Test
  void ledger_leaveDatesGiven_areExcludedAsDuringLeave() {
    DayLedger l =
        AccrualRule.ledger(
            national,
            lan,
            Y2019,
            List.of(visit("V-1", "O-1", d(3, 1), d(3, 10))),
            Visit::kinds,
            List.of(dates(d(3, 5), d(3, 6))));
    assertThat(l.credited()).isEqualTo(Days.of(8));
    assertThat(l.entries().get(0).excludedDates())
        .containsExactly(Map.entry(Exclusion.DURING_LEAVE, List.of(dates(d(3, 5), d(3, 6)))));
    assertThat(l.entries().get(0).creditedDates())
        .containsExactly(dates(d(3, 1), d(3, 4)), dates(d(3, 7), d(3, 10)));
  }

  @Test
  void ledger_kindsOf_tagsTheCreditedDays() {
    Visit described =
        Visit.builder()
            .id("V-1")
            .officerId("O-1")
            .start(d(4, 1))
            .end(d(4, 2))
            .hostUnit("Chi đoàn thôn 2")
            .hostLevel(HostLevel.BRANCH)
            .description("dự sinh hoạt chi đoàn")
            .build();
    DayLedger untagged = ledger(national, described);
    DayLedger tagged =
        AccrualRule.ledger(
            national, lan, Y2019, List.of(described), v -> Set.of(KindOfWork.MEETING), List.of());
    assertThat(untagged.credited()).isEqualTo(Days.of(2));
    assertThat(untagged.byKind()).isEmpty();
    assertThat(tagged.byKind()).containsExactly(Map.entry(KindOfWork.MEETING, Days.of(2)));
    assertThat(tagged.entries().get(0).kinds()).containsExactly(KindOfWork.MEETING);
  }

  @Test
  void ledger_fiftyNineVersusSixtyDays_boundary() {
    List<Visit> visits = new ArrayList<>();
    for (int i = 0; i < 59; i++) {
      visits.add(visit("V-" + i, "O-1", d(1, 1).plusDays(2L * i), d(1, 1).plusDays(2L * i)));
    }
    Days required = national.get(Parameter.REQUIRED_DAYS);
    DayLedger fiftyNine = AccrualRule.ledger(national, lan, Y2019, visits);
    assertThat(fiftyNine.credited()).isEqualTo(Days.of(59));
    assertThat(fiftyNine.credited().isAtLeast(required)).isFalse();
    visits.add(visit("V-59", "O-1", d(12, 31), d(12, 31)));
    DayLedger sixty = AccrualRule.ledger(national, lan, Y2019, visits);
    assertThat(sixty.credited()).isEqualTo(Days.of(60));
    assertThat(sixty.credited().isAtLeast(required)).isTrue();
  }

  @Test
  void ledger_visitOfAnotherOfficer_isRejectedNamingIt() {
    assertThatThrownBy(() -> ledger(national, visit("V-5", "O-2", d(1, 1), d(1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("visit V-5")
        .hasMessageContaining("O-2");
  }

  @Test
  void ledger_unboundedPeriod_isRejected() {
    assertThatThrownBy(
            () ->
                AccrualRule.ledger(
                    national, lan, LocalDateRange.ofUnboundedEnd(d(1, 1)), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bounded");
  }

  @Test
  void ledger_hostUnits_listsUnitsWithCreditedDaysOnly() {
    DayLedger l =
        ledger(
            national,
            visit("V-1", "O-1", d(4, 1), d(4, 1)),
            visit("V-2", "O-1")
                .start(d(4, 2))
                .hostUnit("Xã đoàn Tân Hải")
                .invitedOnly(true)
                .build());
    assertThat(l.hostUnits()).containsExactly("Huyện đoàn Hàm Tân");
    assertThat(l.days().get(d(4, 1)).hostUnits()).containsExactly("Huyện đoàn Hàm Tân");
  }
}
