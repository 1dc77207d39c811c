package io.github.dicoso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.visit.Visit;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PopulationTest {
  private static final Policy NATIONAL = Policies.national2018();
  private final Population population = Population.generate(300, Population.SEED);

  private List<Visit> allVisits() {
    return IntStream.range(0, population.size())
        .boxed()
        .flatMap(i -> population.visitsOf(i).stream())
        .toList();
  }

  @Test
  void generate_sameSizeAndSeed_givesEqualPopulations() {
    Population again = Population.generate(300, Population.SEED);
    assertThat(again.officers()).isEqualTo(population.officers());
    for (int i = 0; i < population.size(); i++) {
      assertThat(again.visitsOf(i)).isEqualTo(population.visitsOf(i));
      assertThat(again.leavesOf(i)).isEqualTo(population.leavesOf(i));
    }
  }

  @Test
  void generate_otherSeed_givesOtherVisits() {
    assertThat(Population.generate(300, Population.SEED + 1).visitsOf(0))
        .isNotEqualTo(population.visitsOf(0));
  }

  @Test
  void generate_anySize_averagesAboutFortyVisitsOfOneToFiveDays() {
    assertThat(population.size()).isEqualTo(300);
    assertThat(population.visitCount() / (double) population.size()).isBetween(38.0, 42.0);
    assertThat(allVisits()).allSatisfy(v -> assertThat(v.lengthInDays()).isBetween(1L, 5L));
    assertThat(allVisits()).extracting(Visit::lengthInDays).contains(1L, 2L, 3L, 4L, 5L);
  }

  @Test
  void generate_visits_includeEveryKindTheRulesTreatApart() {
    List<Visit> visits = allVisits();
    assertThat(visits).anyMatch(Visit::halfDay);
    assertThat(visits).anyMatch(Visit::invitedOnly);
    assertThat(visits).anyMatch(v -> !v.approved());
    assertThat(visits).anyMatch(v -> !v.travelOrder());
    assertThat(visits).anyMatch(v -> v.reportDate().isEmpty());
    assertThat(visits).anyMatch(v -> v.start().getYear() == 2018);
    assertThat(visits).anyMatch(v -> v.end().getYear() == 2020);
  }

  @Test
  void generate_someOfficer_hasTwoHalfDayVisitsOnOneDate() {
    assertThat(IntStream.range(0, population.size()))
        .anyMatch(
            i ->
                population.visitsOf(i).stream()
                        .filter(Visit::halfDay)
                        .map(Visit::start)
                        .distinct()
                        .count()
                    < population.visitsOf(i).stream().filter(Visit::halfDay).count());
  }

  @Test
  void generate_officers_includePartialServiceAndExemptingAndReducingLeaves() {
    assertThat(population.officers()).anyMatch(o -> o.servicePeriods().isEmpty());
    assertThat(population.officers()).anyMatch(o -> o.servicePeriods().size() == 2);
    List<Leave> leaves =
        IntStream.range(0, population.size())
            .boxed()
            .flatMap(i -> population.leavesOf(i).stream())
            .toList();
    assertThat(leaves).isNotEmpty();
    var evaluations =
        Evaluator.of(NATIONAL)
            .evaluateAll(population.records(), Population.YEAR)
            .evaluations()
            .values();
    assertThat(evaluations).anyMatch(e -> e.exemption().isPresent());
    assertThat(evaluations).anyMatch(e -> e.requirement().map(r -> r.reduced()).orElse(false));
  }

  @Test
  void generate_sizeZero_throws() {
    assertThatThrownBy(() -> Population.generate(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0");
  }
}
