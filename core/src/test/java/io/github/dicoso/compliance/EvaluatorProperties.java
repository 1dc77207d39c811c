package io.github.dicoso.compliance;

import static io.github.dicoso.compliance.Fixtures.Y2019;
import static io.github.dicoso.compliance.Fixtures.date;
import static io.github.dicoso.compliance.Fixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Policy;
import io.github.dicoso.RecordArbitraries;
import io.github.dicoso.accrual.VisitEntry;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.requirement.LeaveEntry;
import io.github.dicoso.visit.Visit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
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
    return RecordArbitraries.records();
  }

  @Provide
  Arbitrary<Policy> policies() {
    return RecordArbitraries.policies();
  }

  @Provide
  Arbitrary<List<OfficerRecord>> recordLists() {
    return RecordArbitraries.recordLists(6);
  }

  /**
   * The status law: a subject, non-exempt officer is compliant exactly when the days credited reach
   * the days required and every binding minimum is met; a hint goes with non-compliance.
   */
  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void evaluate_subjectNonExempt_compliantExactlyWhenCreditedReachesRequiredAndMinimumsMet(
      @ForAll("records") OfficerRecord record, @ForAll("policies") Policy policy) {
    Evaluation e = Evaluator.of(policy).withTagger(Fixtures.STUB_TAGGER).evaluate(record, Y2019);

    Statistics.collect(e.status());
    boolean heldToRequirement = e.eligibility().subject() && e.exemption().isEmpty();
    assertThat(e.evaluated()).isEqualTo(heldToRequirement);
    assertThat(e.requirement().isPresent()).isEqualTo(heldToRequirement);
    if (heldToRequirement) {
      boolean minimumsMet = e.minimums().stream().allMatch(m -> m.met() || !m.binding());
      assertThat(e.status() == Status.COMPLIANT)
          .isEqualTo(e.credited().isAtLeast(e.required()) && minimumsMet);
      assertThat(e.status() == Status.NON_COMPLIANT).isEqualTo(e.hint().isPresent());
      e.hint().ifPresent(h -> assertThat(h.moreDays().isAtLeast(e.shortfall())).isTrue());
      assertThat(e.required()).isEqualTo(e.requirement().orElseThrow().required());
    } else {
      assertThat(e.status()).isIn(Status.NOT_SUBJECT, Status.EXEMPT);
      assertThat(e.required().isZero()).isTrue();
      assertThat(e.minimums()).isEmpty();
    }
  }

  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void evaluate_anyRecord_nothingGivenIsLost(
      @ForAll("records") OfficerRecord record, @ForAll("policies") Policy policy) {
    Evaluation e = Evaluator.of(policy).evaluate(record, Y2019);

    assertThat(e.shortfall().plus(e.credited()).isAtLeast(e.required())).isTrue();
    // every visit and leave given is in the evaluation, or counted as outside the period
    List<Visit> inPeriod =
        record.visits().stream().filter(v -> v.dates().overlaps(e.period())).toList();
    assertThat(e.ledger().entries())
        .extracting(VisitEntry::visit)
        .containsExactlyInAnyOrderElementsOf(inPeriod);
    assertThat(e.visitsOutsidePeriod()).isEqualTo(record.visits().size() - inPeriod.size());
    List<Leave> leavesInPeriod =
        record.leaves().stream().filter(l -> l.dates().overlaps(e.period())).toList();
    assertThat(e.leaves())
        .extracting(LeaveEntry::leave)
        .containsExactlyInAnyOrderElementsOf(leavesInPeriod);
    assertThat(e.leavesOutsidePeriod()).isEqualTo(record.leaves().size() - leavesInPeriod.size());
  }

  /** A date never counts twice: the days away and the days credited never share a date. */
  @Property(tries = 300, edgeCases = EdgeCasesMode.NONE)
  void evaluate_anyRecord_daysAwayAndCreditedFitInTheDaysInPost(
      @ForAll("records") OfficerRecord record, @ForAll("policies") Policy policy) {
    Evaluation e = Evaluator.of(policy).evaluate(record, Y2019);

    e.requirement()
        .ifPresent(
            r ->
                assertThat(r.daysAway() + e.ledger().creditedDateCount())
                    .isLessThanOrEqualTo(r.serviceDays()));
  }

  @Property(tries = 200, edgeCases = EdgeCasesMode.NONE)
  void evaluate_visitsAndLeavesInAnyOrder_sameEvaluation(
      @ForAll("records") OfficerRecord record,
      @ForAll("policies") Policy policy,
      @ForAll Random random) {
    List<Visit> visits = new ArrayList<>(record.visits());
    List<Leave> leaves = new ArrayList<>(record.leaves());
    Collections.shuffle(visits, random);
    Collections.shuffle(leaves, random);
    Evaluator ev = Evaluator.of(policy).withTagger(Fixtures.STUB_TAGGER);

    Evaluation before = ev.evaluate(record, Y2019);
    Evaluation after = ev.evaluate(OfficerRecord.of(record.officer(), visits, leaves), Y2019);

    assertThat(after).isEqualTo(before);
    assertThat(after.findings()).isEqualTo(before.findings());
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void evaluateAll_population_equalsOneByOne(
      @ForAll("recordLists") List<OfficerRecord> records, @ForAll("policies") Policy policy) {
    Evaluator ev = Evaluator.of(policy).withTagger(Fixtures.STUB_TAGGER);

    PopulationEvaluation all = ev.evaluateAll(Population.of(records), Y2019);

    assertThat(all.evaluations()).hasSize(records.size());
    for (OfficerRecord r : records) {
      assertThat(all.evaluation(r.officerId())).contains(ev.evaluate(r, Y2019));
    }
  }

  @Property(tries = 100, edgeCases = EdgeCasesMode.NONE)
  void evaluateAll_shuffledFlatLists_sameResult(
      @ForAll("recordLists") List<OfficerRecord> records,
      @ForAll("policies") Policy policy,
      @ForAll Random random) {
    Evaluator ev = Evaluator.of(policy);
    List<Officer> officers = new ArrayList<>();
    List<Visit> visits = new ArrayList<>();
    List<Leave> leaves = new ArrayList<>();
    records.forEach(
        r -> {
          officers.add(r.officer());
          visits.addAll(r.visits());
          leaves.addAll(r.leaves());
        });
    visits.add(visit("V-X", "O-404", date(3, 1), 2).build());
    PopulationEvaluation before = ev.evaluateAll(Population.of(officers, visits, leaves), Y2019);

    Collections.shuffle(officers, random);
    Collections.shuffle(visits, random);
    Collections.shuffle(leaves, random);
    PopulationEvaluation after = ev.evaluateAll(Population.of(officers, visits, leaves), Y2019);

    assertThat(after).isEqualTo(before);
    assertThat(after.report("unit")).isEqualTo(before.report("unit"));
    assertThat(after.findings())
        .extracting(Finding::code)
        .containsExactly(FindingCode.UNKNOWN_OFFICER);
  }
}
