package io.github.dicoso.accrual;

import static io.github.dicoso.Fixtures.Y2019;
import static io.github.dicoso.Fixtures.officer;
import static io.github.dicoso.Fixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Days;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccrualRuleTest {
  private final Policy national = Policies.national2018();
  private final Officer lan = officer("O-1");

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2019, month, day);
  }

  private DayLedger ledger(Policy policy, Visit... visits) {
    return AccrualRule.ledger(policy, lan, Y2019, List.of(visits));
  }

  @Test
  void ledger_fiveDayVisit_creditsFiveDays() {
    DayLedger l = ledger(national, visit("V-1", "O-1", d(4, 1), d(4, 5)));
    assertThat(l.credited()).isEqualTo(Days.of(5));
    assertThat(l.entries())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(VisitEntry.Outcome.CREDITED);
              assertThat(e.creditedDates())
                  .containsExactly(d(4, 1), d(4, 2), d(4, 3), d(4, 4), d(4, 5));
            });
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
    assertThat(l.daysOf(KindOfWork.THEMATIC)).isEqualTo(Days.of(5));
    assertThat(l.daysOf(KindOfWork.INSPECTION)).isEqualTo(Days.of(5));
    assertThat(l.daysAt(HostLevel.DISTRICT)).isEqualTo(Days.of(5));
    assertThat(l.daysAt(HostLevel.COMMUNE)).isEqualTo(Days.of(5));
    assertThat(l.entries())
        .allSatisfy(e -> assertThat(e.outcome()).isEqualTo(VisitEntry.Outcome.CREDITED));
  }

  @Test
  void ledger_duplicateVisit_isListedTwiceButCountedOnce() {
    Visit v = visit("V-1", "O-1", d(4, 1), d(4, 5));
    DayLedger l = ledger(national, v, v);
    assertThat(l.credited()).isEqualTo(Days.of(5));
    assertThat(l.entries()).hasSize(2);
  }

  @Test
  void ledger_visitSpanningPeriodEnd_creditsOnlyDaysInside() {
    DayLedger l = ledger(national, visit("V-9", "O-1", d(12, 30), LocalDate.of(2020, 1, 2)));
    assertThat(l.credited()).isEqualTo(Days.of(2));
    VisitEntry e = l.entries().get(0);
    assertThat(e.outcome()).isEqualTo(VisitEntry.Outcome.PARTLY_CREDITED);
    assertThat(e.excludedDates())
        .containsOnlyKeys(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 2))
        .containsValue(Exclusion.OUTSIDE_PERIOD);
  }

  @Test
  void ledger_twoHalfDaysOnOneDate_makeOneDayNeverMore() {
    Visit morning = visit("V-1", "O-1").start(d(5, 2)).halfDay(true).build();
    Visit evening =
        visit("V-2", "O-1").start(d(5, 2)).halfDay(true).addKinds(KindOfWork.MEETING).build();
    Visit third = visit("V-3", "O-1").start(d(5, 2)).halfDay(true).build();
    assertThat(ledger(national, morning).credited()).isEqualTo(Days.HALF);
    assertThat(ledger(national, morning, evening).credited()).isEqualTo(Days.ONE);
    assertThat(ledger(national, morning, evening, third).credited()).isEqualTo(Days.ONE);
    assertThat(ledger(national, morning, visit("V-4", "O-1", d(5, 2), d(5, 2))).credited())
        .isEqualTo(Days.ONE);
  }

  @Test
  void ledger_halfDayCreditOff_excludesHalfDayVisits() {
    Policy noHalves =
        Policy.builder().from(national).name("no-halves").halfDayCredit(false).build();
    DayLedger l = ledger(noHalves, visit("V-1", "O-1").start(d(5, 2)).halfDay(true).build());
    assertThat(l.credited()).isEqualTo(Days.ZERO);
    assertThat(l.entries().get(0).exclusions()).containsExactly(Exclusion.HALF_DAY_NOT_CREDITED);
  }

  @Test
  void ledger_invitedOnlyVisit_isExcludedCitingGuidance() {
    DayLedger l = ledger(national, visit("V-17", "O-1").start(d(5, 2)).invitedOnly(true).build());
    assertThat(l.credited()).isEqualTo(Days.ZERO);
    VisitEntry e = l.entries().get(0);
    assertThat(e.outcome()).isEqualTo(VisitEntry.Outcome.EXCLUDED);
    assertThat(e.exclusions()).containsExactly(Exclusion.INVITED_ONLY);
    assertThat(national.citation(Exclusion.INVITED_ONLY.parameter()).document())
        .isEqualTo("Hướng dẫn 03-HD/TWĐTN-BTC");
  }

  @Test
  void ledger_unapprovedAndNoTravelOrder_countByDefaultButNotWhenPolicySaysSo() {
    Visit unapproved = visit("V-1", "O-1").start(d(6, 3)).approved(false).build();
    Visit noOrder = visit("V-2", "O-1").start(d(6, 4)).travelOrder(false).build();
    assertThat(ledger(national, unapproved, noOrder).credited()).isEqualTo(Days.of(2));
    Policy strict =
        Policy.builder()
            .from(national)
            .name("strict")
            .countUnapproved(false)
            .countWithoutTravelOrder(false)
            .build();
    DayLedger l = ledger(strict, unapproved, noOrder);
    assertThat(l.credited()).isEqualTo(Days.ZERO);
    assertThat(l.entries())
        .extracting(e -> e.exclusions().iterator().next())
        .containsExactly(Exclusion.UNAPPROVED, Exclusion.NO_TRAVEL_ORDER);
  }

  @Test
  void ledger_visitOutsideService_isExcluded() {
    Officer joined =
        Officer.builder().from(lan).addServicePeriods(ServicePeriod.from(d(7, 1))).build();
    DayLedger l =
        AccrualRule.ledger(
            national, joined, Y2019, List.of(visit("V-1", "O-1", d(6, 29), d(7, 2))));
    assertThat(l.credited()).isEqualTo(Days.of(2));
    assertThat(l.entries().get(0).excludedDates()).containsValues(Exclusion.OUTSIDE_SERVICE);
  }

  @Test
  void ledger_fiftyNineVersusSixtyDays_boundary() {
    List<Visit> visits = new ArrayList<>();
    for (int i = 0; i < 59; i++) {
      visits.add(visit("V-" + i, "O-1", d(1, 1).plusDays(2L * i), d(1, 1).plusDays(2L * i)));
    }
    DayLedger fiftyNine = AccrualRule.ledger(national, lan, Y2019, visits);
    assertThat(fiftyNine.credited()).isEqualTo(Days.of(59));
    assertThat(fiftyNine.credited().isAtLeast(national.requiredDays())).isFalse();
    visits.add(visit("V-59", "O-1", d(12, 31), d(12, 31)));
    DayLedger sixty = AccrualRule.ledger(national, lan, Y2019, visits);
    assertThat(sixty.credited()).isEqualTo(Days.of(60));
    assertThat(sixty.credited().isAtLeast(national.requiredDays())).isTrue();
  }

  @Test
  void ledger_visitOfAnotherOfficer_isRejectedNamingIt() {
    assertThatThrownBy(() -> ledger(national, visit("V-5", "O-2", d(1, 1), d(1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("visit V-5")
        .hasMessageContaining("O-2");
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
  }
}
