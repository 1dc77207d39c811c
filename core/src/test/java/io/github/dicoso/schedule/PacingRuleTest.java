package io.github.dicoso.schedule;

import static io.github.dicoso.schedule.Fixtures.LAN;
import static io.github.dicoso.schedule.Fixtures.NATIONAL;
import static io.github.dicoso.schedule.Fixtures.YEAR;
import static io.github.dicoso.schedule.Fixtures.approved;
import static io.github.dicoso.schedule.Fixtures.d;
import static io.github.dicoso.schedule.Fixtures.pace;
import static io.github.dicoso.schedule.Fixtures.planned;
import static io.github.dicoso.schedule.Fixtures.visit;
import static io.github.dicoso.schedule.Fixtures.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Days;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.accrual.AccrualRule;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.requirement.ProRatingRule;
import io.github.dicoso.requirement.Requirement;
import io.github.dicoso.visit.Visit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

class PacingRuleTest {

  /** Visits of ten days each in the first {@code n} months of 2019, days 1 to 10. */
  private static List<Visit> tenDaysAMonth(int n) {
    List<Visit> visits = new ArrayList<>();
    for (int m = 1; m <= n; m++) {
      visits.add(visit("V-" + m, "O-1", d(m, 1), d(m, 10)));
    }
    return visits;
  }

  @Test
  void quarterlyTargets_evenSplit_placesRemainderHalvesOnTheLastQuarters() {
    assertThat(PacingRule.quarterlyTargets(NATIONAL, Days.of(60)))
        .containsExactly(Days.of(15), Days.of(15), Days.of(15), Days.of(15));
    assertThat(PacingRule.quarterlyTargets(NATIONAL, Days.of(61)))
        .containsExactly(Days.of(15), Days.of(15), Days.ofHalves(31), Days.ofHalves(31));
    assertThat(PacingRule.quarterlyTargets(NATIONAL, Days.ofHalves(119)))
        .containsExactly(Days.ofHalves(29), Days.of(15), Days.of(15), Days.of(15));
    assertThat(PacingRule.quarterlyTargets(NATIONAL, Days.of(30)))
        .containsExactly(
            Days.ofHalves(15), Days.ofHalves(15), Days.ofHalves(15), Days.ofHalves(15));
  }

  @Test
  void quarterlyTargets_policyTargets_areUsedAsGiven() {
    Policy frontLoaded =
        Policy.variantOf(NATIONAL)
            .name("front-loaded")
            .set(
                Parameter.QUARTERLY_TARGETS,
                List.of(Days.of(10), Days.of(20), Days.of(20), Days.of(10)))
            .build();

    assertThat(PacingRule.quarterlyTargets(frontLoaded, Days.of(60)))
        .containsExactly(Days.of(10), Days.of(20), Days.of(20), Days.of(10));
  }

  @Test
  void assess_creditedAndApprovedPlansReachRequirement_isOnTrack() {
    // 30 days credited by 30/6, 30 approved planned days in Q3
    QuarterlyPlan q3 =
        approved(
            "O-1",
            d(6, 20),
            d(6, 25),
            planned("P-1", d(7, 1), d(7, 15), "H", "t"),
            planned("P-2", d(8, 1), d(8, 15), "H", "t"));

    Pacing p = pace(NATIONAL, tenDaysAMonth(3), List.of(q3), d(6, 30));

    assertThat(p.creditedSoFar()).isEqualTo(Days.of(30));
    assertThat(p.plannedAhead()).isEqualTo(Days.of(30));
    assertThat(p.projected()).isEqualTo(Days.of(60));
    assertThat(p.status()).isEqualTo(PaceStatus.ON_TRACK);
    assertThat(p.targetToDate()).isEqualTo(Days.of(30));
    assertThat(p.behindQuarterlyTargets()).isFalse();
    assertThat(p.citations())
        .contains(
            NATIONAL.citation(Parameter.REQUIRED_DAYS),
            NATIONAL.citation(Parameter.QUARTERLY_TARGETS));
  }

  @Test
  void assess_planNotApproved_isAtRisk() {
    QuarterlyPlan q3 =
        withStatus(
            "O-1",
            io.github.dicoso.schedule.PlanStatus.SUBMITTED,
            d(6, 20),
            planned("P-1", d(7, 1), d(7, 15), "H", "t"),
            planned("P-2", d(8, 1), d(8, 15), "H", "t"));

    Pacing p = pace(NATIONAL, tenDaysAMonth(3), List.of(q3), d(6, 30));

    assertThat(p.plannedAhead()).isEqualTo(Days.ZERO);
    assertThat(p.projectedShortfall()).isEqualTo(Days.of(30));
    assertThat(p.status()).isEqualTo(PaceStatus.AT_RISK);
  }

  @Test
  void assess_tooFewDatesLeft_isUnreachable() {
    // 20 days by 1/12; 30 dates remain in December
    Pacing p = pace(NATIONAL, tenDaysAMonth(2), List.of(), d(12, 1));

    assertThat(p.remainingDates()).isEqualTo(30);
    assertThat(p.reachable()).isEqualTo(Days.of(50));
    assertThat(p.status()).isEqualTo(PaceStatus.UNREACHABLE);
    assertThat(p.behindQuarterlyTargets()).isTrue();
    assertThat(p.quarterlyTargets()).containsEntry(YearQuarter.of(2019, 4), Days.of(15));
  }

  @Test
  void assess_plannedDatesAlreadyPassedOrOutsideService_doNotCountAhead() {
    Officer leaving =
        Officer.builder()
            .id(LAN.id())
            .level(LAN.level())
            .employment(LAN.employment())
            .department(LAN.department())
            .addServicePeriods(io.github.dicoso.officer.ServicePeriod.of(d(1, 1), d(7, 10)))
            .build();
    QuarterlyPlan q3 =
        approved("O-1", d(6, 20), d(6, 25), planned("P-1", d(7, 1), d(7, 15), "H", "t"));
    Requirement requirement = ProRatingRule.assess(NATIONAL, leaving, YEAR, 0);
    DayLedger ledger = AccrualRule.ledger(NATIONAL, leaving, YEAR, List.of());

    Pacing p = PacingRule.assess(NATIONAL, leaving, requirement, ledger, List.of(q3), d(7, 5));

    assertThat(p.plannedAhead()).isEqualTo(Days.of(5)); // 6/7 to 10/7
    assertThat(p.remainingDates()).isEqualTo(5);
  }

  @Test
  void assess_planOfAnotherOfficer_isRejected() {
    QuarterlyPlan other =
        approved("O-2", d(6, 20), d(6, 25), planned("P-1", d(7, 1), d(7, 15), "H", "t"));

    assertThatThrownBy(() -> pace(NATIONAL, List.of(), List.of(other), d(6, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("O-2");
  }
}
