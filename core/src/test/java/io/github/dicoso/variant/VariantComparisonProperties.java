package io.github.dicoso.variant;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Days;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.PolicyArbitraries;
import io.github.dicoso.RecordArbitraries;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.compliance.Status;
import io.github.dicoso.officer.Level;
import java.time.Year;
import java.util.EnumSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The laws of variants: identity, monotonicity of the quota, and scope under added levels. */
class VariantComparisonProperties {
  private static final Year YEAR = Year.of(2019);

  @Provide
  Arbitrary<Population> population() {
    return RecordArbitraries.populations(4);
  }

  @Provide
  Arbitrary<Policy> policy() {
    return Arbitraries.oneOf(
        Arbitraries.of(Policies.all()),
        PolicyArbitraries.variantsOf(Policies.national2018()),
        RecordArbitraries.policies());
  }

  /** A variant of {@code base} named {@code name}, issued by the base's document if it has one. */
  private static Policy.Builder variant(Policy base, String name) {
    Policy.Builder b = Policy.variantOf(base).name(name);
    base.document().ifPresent(b::document);
    return b;
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void variantWithoutChanges_evaluatesEveryOfficerAsItsBase(
      @ForAll("policy") Policy base, @ForAll("population") Population population) {
    Policy same = variant(base, base.name()).build();
    Policy renamed = variant(base, "same-as-" + base.name()).build();

    PopulationEvaluation before = Evaluator.of(base).evaluateAll(population, YEAR);
    PopulationEvaluation after = Evaluator.of(same).evaluateAll(population, YEAR);

    assertThat(after).isEqualTo(before);
    ComparisonResult result = VariantComparison.of(base, renamed).compare(population, YEAR);
    assertThat(result.statusChanges()).isEmpty();
    assertThat(result.parameterChanges().get(renamed.name())).isEmpty();
    assertThat(result.officers()).allSatisfy(o -> assertThat(o.sameStatusEverywhere()).isTrue());
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void loweringRequiredDays_neverTurnsCompliantNonCompliant(
      @ForAll("policy") Policy base,
      @ForAll("population") Population population,
      @ForAll @IntRange(min = 1, max = 120) int halvesLess) {
    Days lower = base.get(Parameter.REQUIRED_DAYS).minusFloorZero(Days.ofHalves(halvesLess));
    Policy lowered = variant(base, "lower").set(Parameter.REQUIRED_DAYS, lower).build();

    ComparisonResult result = VariantComparison.of(base, lowered).compare(population, YEAR);

    for (OfficerComparison o : result.officers()) {
      if (o.under(base.name()).status() == Status.COMPLIANT) {
        assertThat(o.under("lower").status()).as(o.officerId()).isEqualTo(Status.COMPLIANT);
      }
    }
    assertThat(result.statusChanges())
        .allSatisfy(c -> assertThat(c.baseline().status()).isNotEqualTo(Status.COMPLIANT));
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void addingSubjectLevel_neverRemovesAnOfficerFromScope(
      @ForAll("policy") Policy base,
      @ForAll("population") Population population,
      @ForAll Level added) {
    Set<Level> levels = EnumSet.of(added);
    levels.addAll(base.get(Parameter.SUBJECT_LEVELS));
    Policy wider = variant(base, "wider").set(Parameter.SUBJECT_LEVELS, levels).build();

    ComparisonResult result = VariantComparison.of(base, wider).compare(population, YEAR);

    for (OfficerComparison o : result.officers()) {
      if (o.under(base.name()).status() != Status.NOT_SUBJECT) {
        assertThat(o.under("wider").status()).as(o.officerId()).isNotEqualTo(Status.NOT_SUBJECT);
      }
    }
    assertThat(result.report("wider").subject())
        .isGreaterThanOrEqualTo(result.report(base.name()).subject());
  }
}
