package io.github.dicoso.schedule;

import static io.github.dicoso.schedule.Fixtures.approved;
import static io.github.dicoso.schedule.Fixtures.d;
import static io.github.dicoso.schedule.Fixtures.officer;
import static io.github.dicoso.schedule.Fixtures.planned;
import static io.github.dicoso.schedule.Fixtures.visit;
import static io.github.dicoso.schedule.Fixtures.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Days;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.PolicyParameter;
import io.github.dicoso.accrual.AccrualRule;
import io.github.dicoso.accrual.CreditedDay;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.requirement.Requirement;
import io.github.dicoso.requirement.RequirementRule;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

class PacingRuleTest {
  private static final Policy NATIONAL = Policies.national2018();
  private static final LocalDateRange YEAR = NATIONAL.countingPeriod().in(Year.of(2019));
  private static final Officer LAN = officer("O-1", "Ban Xây dựng Đoàn");

  private static Pacing pace(
      Policy policy, List<Visit> visits, List<QuarterlyPlan> plans, LocalDate asOf) {
    Requirement requirement = RequirementRule.assess(policy, LAN, YEAR, List.of());
    DayLedger ledger = AccrualRule.ledger(policy, LAN, YEAR, visits);
    return PacingRule.assess(policy, LAN, requirement, ledger, plans, asOf);
  }

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
        Policy.builder()
            .from(NATIONAL)
            .quarterlyTargets(List.of(Days.of(10), Days.of(20), Days.of(20), Days.of(10)))
            .build();

    assertThat(PacingRule.quarterlyTargets(frontLoaded, Days.of(60)))
        .containsExactly(Days.of(10), Days.of(20), Days.of(20), Days.of(10));
  }

  @Property(tries = 300)
  void quarterlyTargets_evenSplit_sumsToTheRequirementAndDiffersByAtMostAHalfDay(
      @ForAll @IntRange(min = 0, max = 1000) int halves) {
    List<Days> targets = PacingRule.quarterlyTargets(NATIONAL, Days.ofHalves(halves));

    assertThat(targets.stream().mapToLong(Days::halves).sum()).isEqualTo(halves);
    assertThat(targets.get(3).halves() - targets.get(0).halves()).isBetween(0L, 1L);
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
            NATIONAL.citation(PolicyParameter.REQUIRED_DAYS),
            NATIONAL.citation(PolicyParameter.QUARTERLY_TARGETS));
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
            .from(LAN)
            .addServicePeriods(io.github.dicoso.officer.ServicePeriod.of(d(1, 1), d(7, 10)))
            .build();
    QuarterlyPlan q3 =
        approved("O-1", d(6, 20), d(6, 25), planned("P-1", d(7, 1), d(7, 15), "H", "t"));
    Requirement requirement = RequirementRule.assess(NATIONAL, leaving, YEAR, List.of());
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

  // --- laws ---

  /** Visits and planned visits as (day of year, length) pairs. */
  @Provide
  Arbitrary<List<int[]>> spans() {
    return Arbitraries.integers()
        .between(0, 364)
        .flatMap(start -> Arbitraries.integers().between(0, 9).map(len -> new int[] {start, len}))
        .list()
        .ofMaxSize(12);
  }

  private static List<Visit> visitsOf(List<int[]> spans) {
    List<Visit> visits = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      LocalDate start = d(1, 1).plusDays(spans.get(i)[0]);
      visits.add(visit("V-" + i, "O-1", start, start.plusDays(spans.get(i)[1])));
    }
    return visits;
  }

  private static List<QuarterlyPlan> plansOf(List<int[]> spans) {
    Map<YearQuarter, List<PlannedVisit>> byQuarter = new TreeMap<>();
    for (int i = 0; i < spans.size(); i++) {
      LocalDate start = d(1, 1).plusDays(spans.get(i)[0]);
      byQuarter
          .computeIfAbsent(YearQuarter.from(start), q -> new ArrayList<>())
          .add(planned("P-" + i, start, start.plusDays(spans.get(i)[1]), "H", "t"));
    }
    List<QuarterlyPlan> plans = new ArrayList<>();
    byQuarter.forEach(
        (q, vs) ->
            plans.add(approved("O-1", q.atDay(1), q.atDay(1), vs.toArray(new PlannedVisit[0]))));
    return plans;
  }

  private static Policy requiring(int days) {
    return Policy.builder().from(NATIONAL).requiredDays(Days.of(days)).build();
  }

  @Property(tries = 300)
  void assess_requirementCannotBeMet_isNeverOnTrack(
      @ForAll("spans") List<int[]> visits,
      @ForAll("spans") List<int[]> plans,
      @ForAll @IntRange(min = 0, max = 364) int asOfDay,
      @ForAll @IntRange(min = 0, max = 120) int required) {
    LocalDate asOf = d(1, 1).plusDays(asOfDay);
    Pacing p = pace(requiring(required), visitsOf(visits), plansOf(plans), asOf);

    // independently: the credit on dates up to asOf plus one day for every later date of the year
    DayLedger ledger = AccrualRule.ledger(NATIONAL, LAN, YEAR, visitsOf(visits));
    long halvesSoFar =
        ledger.days().values().stream()
            .filter(day -> !day.date().isAfter(asOf))
            .map(CreditedDay::credit)
            .mapToLong(Days::halves)
            .sum();
    long datesLeft = YEAR.getEndInclusive().toEpochDay() - asOf.toEpochDay();
    boolean cannotBeMet = halvesSoFar + 2 * datesLeft < 2L * required;

    if (cannotBeMet) {
      assertThat(p.status()).isEqualTo(PaceStatus.UNREACHABLE);
    } else {
      assertThat(p.status()).isNotEqualTo(PaceStatus.UNREACHABLE);
    }
    if (p.status() == PaceStatus.ON_TRACK) {
      assertThat(p.projected().isAtLeast(Days.of(required))).isTrue();
    }
  }

  @Property(tries = 200)
  void assess_unreachable_staysUnreachableAsTheDateAdvances(
      @ForAll("spans") List<int[]> visits,
      @ForAll("spans") List<int[]> plans,
      @ForAll @IntRange(min = 0, max = 364) int asOfDay,
      @ForAll @IntRange(min = 0, max = 364) int laterBy,
      @ForAll @IntRange(min = 0, max = 120) int required) {
    LocalDate earlier = d(1, 1).plusDays(asOfDay);
    LocalDate later = earlier.plusDays(laterBy);
    Policy policy = requiring(required);

    Pacing first = pace(policy, visitsOf(visits), plansOf(plans), earlier);
    Pacing second = pace(policy, visitsOf(visits), plansOf(plans), later);

    if (first.status() == PaceStatus.UNREACHABLE) {
      assertThat(second.status()).isEqualTo(PaceStatus.UNREACHABLE);
    }
    assertThat(second.reachable()).isLessThanOrEqualTo(first.reachable());
  }
}
