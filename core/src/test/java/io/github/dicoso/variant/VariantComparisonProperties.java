package io.github.dicoso.variant;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Days;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.PolicyArbitraries;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.ImmutableEvaluation;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.compliance.Status;
import io.github.dicoso.officer.Level;
import java.time.Year;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The laws of variants: identity, monotonicity of the quota, and scope under added levels. */
class VariantComparisonProperties {
  private static final Year YEAR = Year.of(2019);

  @Provide
  Arbitrary<List<OfficerRecord>> population() {
    return PopulationArbitraries.populations(4);
  }

  @Provide
  Arbitrary<Policy> policy() {
    return Arbitraries.oneOf(
        Arbitraries.of(Presets.all()).map(Preset::policy),
        PolicyArbitraries.variantsOf(Policies.national2018()));
  }

  @Property(tries = 100)
  void variantWithoutChanges_evaluatesEveryOfficerAsItsBase(
      @ForAll("policy") Policy base, @ForAll("population") List<OfficerRecord> population) {
    Policy same =
        Variant.of(base).named("same-as-" + base.name()).issuedBy(base.document()).build().policy();

    PopulationEvaluation before = Evaluator.of(base).evaluateAll(population, YEAR);
    PopulationEvaluation after = Evaluator.of(same).evaluateAll(population, YEAR);

    assertThat(after.evaluations().keySet()).isEqualTo(before.evaluations().keySet());
    for (Evaluation e : after.evaluations().values()) {
      assertThat(ImmutableEvaluation.copyOf(e).withPolicyName(base.name()))
          .isEqualTo(before.evaluations().get(e.officerId()));
    }
    assertThat(VariantComparison.of(base, same).compare(population, YEAR).statusChanges())
        .isEmpty();
  }

  @Property(tries = 100)
  void loweringRequiredDays_neverTurnsCompliantNonCompliant(
      @ForAll("policy") Policy base,
      @ForAll("population") List<OfficerRecord> population,
      @ForAll @IntRange(min = 1, max = 120) int halvesLess) {
    Days lower = base.requiredDays().minus(Days.ofHalves(halvesLess)).max(Days.ZERO);
    Policy lowered =
        Variant.of(base)
            .named("lower")
            .issuedBy(base.document())
            .withRequiredDays(lower)
            .build()
            .policy();

    ComparisonResult result = VariantComparison.of(base, lowered).compare(population, YEAR);

    for (OfficerComparison o : result.officers()) {
      if (o.under(base.name()).status() == Status.COMPLIANT) {
        assertThat(o.under("lower").status()).as(o.officerId()).isEqualTo(Status.COMPLIANT);
      }
    }
    assertThat(result.statusChanges())
        .allSatisfy(c -> assertThat(c.baseline().status()).isNotEqualTo(Status.COMPLIANT));
  }

  @Property(tries = 100)
  void addingSubjectLevel_neverRemovesAnOfficerFromScope(
      @ForAll("policy") Policy base,
      @ForAll("population") List<OfficerRecord> population,
      @ForAll Level added) {
    Policy wider =
        Variant.of(base)
            .named("wider")
            .issuedBy(base.document())
            .withSubjectLevel(added)
            .build()
            .policy();

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
