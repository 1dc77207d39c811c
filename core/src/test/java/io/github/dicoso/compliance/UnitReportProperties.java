package io.github.dicoso.compliance;

import static io.github.dicoso.compliance.Fixtures.NATIONAL;
import static io.github.dicoso.compliance.Fixtures.Y2019;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Days;
import io.github.dicoso.Policy;
import io.github.dicoso.RecordArbitraries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class UnitReportProperties {

  private final Evaluator evaluator = Evaluator.of(NATIONAL);

  // --- laws ---

  @Provide
  Arbitrary<Population> populations() {
    return RecordArbitraries.populations(8);
  }

  @Provide
  Arbitrary<Policy> policies() {
    return RecordArbitraries.policies();
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void of_anyPopulation_countsAddUp(
      @ForAll("populations") Population population, @ForAll("policies") Policy policy) {
    UnitReport report = Evaluator.of(policy).evaluateAll(population, Y2019).report("unit");

    assertThat(report.subject() + report.notSubject()).isEqualTo(report.inScope());
    assertThat(report.inScope()).isEqualTo(population.records().size());
    assertThat(report.compliant() + report.nonCompliant())
        .isEqualTo(report.subject() - report.exempt());
    assertThat(report.exemptByReason().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(report.exempt());
    assertThat(report.nonCompliantBy().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(report.nonCompliant());
    assertThat(report.byDepartment().values().stream().mapToInt(UnitReport::inScope).sum())
        .isEqualTo(report.inScope());
    assertThat(report.byDepartment().values().stream().mapToInt(UnitReport::compliant).sum())
        .isEqualTo(report.compliant());
    assertThat(
            report.byDepartment().values().stream()
                .map(UnitReport::totalCredited)
                .reduce(Days.ZERO, Days::plus))
        .isEqualTo(report.totalCredited());
    assertThat(report.rate().isPresent()).isEqualTo(report.evaluated() > 0);
    report
        .minCredited()
        .ifPresent(
            min -> {
              assertThat(report.maxCredited().orElseThrow().isAtLeast(min)).isTrue();
              assertThat(report.medianCredited().orElseThrow())
                  .isBetween(min.toBigDecimal(), report.maxCredited().orElseThrow().toBigDecimal());
            });
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void of_shuffledEvaluations_sameReport(
      @ForAll("populations") Population population, @ForAll Random random) {
    List<Evaluation> evaluations =
        new ArrayList<>(evaluator.evaluateAll(population, Y2019).evaluations().values());
    UnitReport before = UnitReport.of("unit", evaluations);

    Collections.shuffle(evaluations, random);

    assertThat(UnitReport.of("unit", evaluations)).isEqualTo(before);
    assertThat(UnitReport.of("unit", evaluations).toString()).isEqualTo(before.toString());
  }
}
