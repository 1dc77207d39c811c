package io.github.dicoso.jackson;

import static io.github.dicoso.jackson.Mappers.roundTrip;
import static io.github.dicoso.jackson.Mappers.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.compliance.UnitReport;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.variant.ComparisonResult;
import io.github.dicoso.variant.VariantComparison;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The round-trip laws: every input, policy and result written as JSON reads back equal to what was
 * written, and writing it again gives the same text.
 */
class RoundTripProperties {
  @Property(tries = 300)
  void policy_variantOfAShippedPolicy_readsBackEqual(@ForAll("shippedVariants") Policy policy) {
    String json = write(policy);
    Policy read = Mappers.read(json, Policy.class);

    assertThat(read).isEqualTo(policy);
    assertThat(write(read)).isEqualTo(json);
  }

  @Property(tries = 100)
  void policy_withoutBase_readsBackEqual(@ForAll("standalonePolicies") Policy policy) {
    assertThat(roundTrip(policy, Policy.class)).isEqualTo(policy);
  }

  @Property(tries = 200)
  void population_readsBackEqual(@ForAll("populations") Population population) {
    String json = write(population);
    Population read = Mappers.read(json, Population.class);

    assertThat(read).isEqualTo(population);
    assertThat(write(read)).isEqualTo(json);
  }

  @Property(tries = 300)
  void evaluation_readsBackEqual(
      @ForAll("records") OfficerRecord record, @ForAll("evaluationPolicies") Policy policy) {
    Evaluation evaluation = Evaluator.of(policy).evaluate(record, Year.of(2019));
    String json = write(evaluation);
    Evaluation read = Mappers.read(json, Evaluation.class);

    assertThat(read).isEqualTo(evaluation);
    assertThat(read.ledger().days()).isEqualTo(evaluation.ledger().days());
    assertThat(read.render(java.util.Locale.ENGLISH))
        .isEqualTo(evaluation.render(java.util.Locale.ENGLISH));
    assertThat(write(read)).isEqualTo(json);
  }

  @Property(tries = 60)
  void populationEvaluationAndUnitReport_readBackEqual(
      @ForAll("populations") Population population, @ForAll("evaluationPolicies") Policy policy) {
    PopulationEvaluation evaluation = Evaluator.of(policy).evaluateAll(population, Year.of(2019));
    UnitReport report = evaluation.report("Tỉnh đoàn");

    assertThat(roundTrip(evaluation, PopulationEvaluation.class)).isEqualTo(evaluation);
    assertThat(roundTrip(report, UnitReport.class)).isEqualTo(report);
  }

  @Property(tries = 30)
  void comparison_readsBackEqual(
      @ForAll("populations") Population population, @ForAll("shippedVariants") Policy variant) {
    ComparisonResult result =
        VariantComparison.of(Policies.national2018(), variant).compare(population, Year.of(2019));
    String json = write(result);
    ComparisonResult read = Mappers.read(json, ComparisonResult.class);

    assertThat(read).isEqualTo(result);
    assertThat(read.render(java.util.Locale.ENGLISH))
        .isEqualTo(result.render(java.util.Locale.ENGLISH));
  }

  @Property(tries = 100)
  void policy_variantOfARegisteredBase_readsBackEqual(@ForAll("variantsOfVariants") Policy policy) {
    Policy base =
        RecordArbitraries.policies()
            .allValues()
            .orElseThrow()
            .filter(p -> p.name().equals(policy.base().orElseThrow()))
            .findFirst()
            .orElseThrow();
    ObjectMapper mapper =
        new ObjectMapper().registerModule(new DicosoModule().withBases(List.of(base)));

    assertThat(readWith(mapper, policy)).isEqualTo(policy);
  }

  private static Policy readWith(ObjectMapper mapper, Policy policy) {
    try {
      return mapper.readValue(mapper.writeValueAsString(policy), Policy.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<Policy> shippedVariants() {
    return PolicyArbitraries.variantsOfShippedPolicies()
        .filter(p -> !p.name().equals(Policies.NATIONAL_2018));
  }

  @Provide
  Arbitrary<Policy> standalonePolicies() {
    return PolicyArbitraries.standalonePolicies();
  }

  /** Variants of a policy that is not shipped ({@code strict}, {@code minimums} ...). */
  @Provide
  Arbitrary<Policy> variantsOfVariants() {
    return RecordArbitraries.policies()
        .filter(p -> Policies.find(p.name()).isEmpty())
        .flatMap(PolicyArbitraries::variantsOf);
  }

  @Provide
  Arbitrary<Policy> evaluationPolicies() {
    return RecordArbitraries.policies();
  }

  @Provide
  Arbitrary<OfficerRecord> records() {
    return RecordArbitraries.records();
  }

  /**
   * Populations of up to 6 officers, some with visits and leaves that name no officer of the
   * population.
   */
  @Provide
  Arbitrary<Population> populations() {
    Arbitrary<List<Visit>> strays =
        VisitArbitraries.visitLists("Z-9", 3).map(vs -> vs.stream().toList());
    Arbitrary<List<Leave>> strayLeaves =
        Arbitraries.integers()
            .between(0, 2)
            .map(
                n -> {
                  List<Leave> leaves = new ArrayList<>();
                  for (int i = 0; i < n; i++) {
                    LocalDate start = LocalDate.of(2019, 3 + i, 1);
                    leaves.add(Leave.of("Z-8", LeaveKind.SICK, start, start.plusDays(20)));
                  }
                  return leaves;
                });
    return Combinators.combine(RecordArbitraries.recordLists(6), strays, strayLeaves)
        .as(
            (records, visits, leaves) -> {
              if (visits.isEmpty() && leaves.isEmpty()) {
                return Population.of(records);
              }
              List<Officer> officers = new ArrayList<>();
              List<Visit> allVisits = new ArrayList<>();
              List<Leave> allLeaves = new ArrayList<>();
              for (OfficerRecord r : records) {
                officers.add(r.officer());
                allVisits.addAll(r.visits());
                allLeaves.addAll(r.leaves());
              }
              allVisits.addAll(visits);
              allLeaves.addAll(leaves);
              return Population.of(officers, allVisits, allLeaves);
            });
  }
}
