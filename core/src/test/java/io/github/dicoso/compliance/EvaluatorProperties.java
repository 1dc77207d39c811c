package io.github.dicoso.compliance;

import static io.github.dicoso.compliance.Fixtures.Y2019;
import static io.github.dicoso.compliance.Fixtures.date;
import static io.github.dicoso.compliance.Fixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Policy;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.Visit;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

class EvaluatorProperties {

  // --- laws ---

  @Provide
  Arbitrary<OfficerRecord> records() {
    return ComplianceArbitraries.records();
  }

  @Provide
  Arbitrary<Policy> policies() {
    return ComplianceArbitraries.policies();
  }

  @Provide
  Arbitrary<List<OfficerRecord>> populations() {
    return ComplianceArbitraries.populations(6);
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void evaluate_subjectNonExempt_compliantExactlyWhenCreditedReachesRequired(
      @ForAll("records") OfficerRecord record, @ForAll("policies") Policy policy) {
    Evaluation e = Evaluator.of(policy).withTagger(Fixtures.STUB_TAGGER).evaluate(record, Y2019);

    Statistics.collect(e.status());
    boolean heldToRequirement = e.eligibility().subject() && !e.requirement().get().exempt();
    assertThat(e.evaluated()).isEqualTo(heldToRequirement);
    if (heldToRequirement) {
      assertThat(e.status() == Status.COMPLIANT).isEqualTo(e.credited().isAtLeast(e.required()));
      assertThat(e.status() == Status.NON_COMPLIANT)
          .isEqualTo(e.hint().isPresent() && !e.shortfall().isZero());
    } else {
      assertThat(e.status()).isIn(Status.NOT_SUBJECT, Status.EXEMPT);
    }
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void evaluate_anyRecord_shortfallPlusCreditedReachesRequired(
      @ForAll("records") OfficerRecord record, @ForAll("policies") Policy policy) {
    Evaluation e = Evaluator.of(policy).evaluate(record, Y2019);

    assertThat(e.shortfall().plus(e.credited()).isAtLeast(e.required())).isTrue();
    assertThat(e.shortfall().isNegative()).isFalse();
    // nothing is lost: every visit given has an entry in the ledger
    assertThat(e.ledger().entries())
        .extracting(io.github.dicoso.accrual.VisitEntry::visit)
        .containsExactlyInAnyOrderElementsOf(record.visits());
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void evaluateAll_population_equalsOneByOne(
      @ForAll("populations") List<OfficerRecord> population, @ForAll("policies") Policy policy) {
    Evaluator ev = Evaluator.of(policy).withTagger(Fixtures.STUB_TAGGER);

    PopulationEvaluation all = ev.evaluateAll(population, Y2019);

    assertThat(all.evaluations()).hasSize(population.size());
    for (OfficerRecord r : population) {
      assertThat(all.evaluation(r.officerId())).contains(ev.evaluate(r, Y2019));
    }
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void evaluateAll_shuffledFlatLists_sameResult(
      @ForAll("populations") List<OfficerRecord> population,
      @ForAll("policies") Policy policy,
      @ForAll java.util.Random random) {
    Evaluator ev = Evaluator.of(policy);
    List<Officer> officers = new ArrayList<>();
    List<Visit> visits = new ArrayList<>();
    List<Leave> leaves = new ArrayList<>();
    population.forEach(
        r -> {
          officers.add(r.officer());
          visits.addAll(r.visits());
          leaves.addAll(r.leaves());
        });
    visits.add(visit("V-X", "O-404", date(3, 1), 2).build());
    PopulationEvaluation before = ev.evaluateAll(officers, visits, leaves, Y2019);

    java.util.Collections.shuffle(officers, random);
    java.util.Collections.shuffle(visits, random);
    java.util.Collections.shuffle(leaves, random);
    PopulationEvaluation after = ev.evaluateAll(officers, visits, leaves, Y2019);

    assertThat(after).isEqualTo(before);
    assertThat(after.report("unit")).isEqualTo(before.report("unit"));
    assertThat(after.findings())
        .extracting(Finding::code)
        .containsExactly(FindingCode.UNKNOWN_OFFICER);
  }
}
