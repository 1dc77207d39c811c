package io.github.dicoso.schedule;

import static io.github.dicoso.schedule.Fixtures.LAN;
import static io.github.dicoso.schedule.Fixtures.NATIONAL;
import static io.github.dicoso.schedule.Fixtures.YEAR;
import static io.github.dicoso.schedule.Fixtures.approved;
import static io.github.dicoso.schedule.Fixtures.d;
import static io.github.dicoso.schedule.Fixtures.pace;
import static io.github.dicoso.schedule.Fixtures.planned;
import static io.github.dicoso.schedule.Fixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Days;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.accrual.AccrualRule;
import io.github.dicoso.accrual.CreditedDay;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
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
import org.threeten.extra.YearQuarter;

class PacingRuleProperties {

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
    return Policy.variantOf(NATIONAL)
        .name("requiring-" + days)
        .set(Parameter.REQUIRED_DAYS, Days.of(days))
        .build();
  }

  @Property(tries = 300)
  void quarterlyTargets_evenSplit_sumsToTheRequirementAndDiffersByAtMostAHalfDay(
      @ForAll @IntRange(min = 0, max = 1000) int halves) {
    List<Days> targets = PacingRule.quarterlyTargets(NATIONAL, Days.ofHalves(halves));

    assertThat(targets.stream().mapToLong(Days::halves).sum()).isEqualTo(halves);
    assertThat(targets.get(3).halves() - targets.get(0).halves()).isBetween(0L, 1L);
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
