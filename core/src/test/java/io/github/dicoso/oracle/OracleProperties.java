package io.github.dicoso.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Policy;
import io.github.dicoso.PolicyArbitraries;
import io.github.dicoso.RecordArbitraries;
import io.github.dicoso.accrual.Exclusion;
import io.github.dicoso.accrual.VisitEntry;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.tagging.Tagger;
import java.time.LocalDate;
import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.threeten.extra.LocalDateRange;

/**
 * The library against {@link ReferenceEvaluation}, a plain second implementation of the rulebook:
 * whole evaluations of generated populations under generated policies agree on the status, the days
 * required and credited, the days by kind of work and by host level, and every excluded date of
 * every visit with its reason.
 */
class OracleProperties {
  /** The tries jqwik makes of a property that names none: 1,000 unless configured otherwise. */
  private static final int TRIES = Integer.getInteger("jqwik.tries.default", 1_000);

  /** At least ten officers a try. */
  private static final long MINIMUM_OFFICER_YEARS = 10L * TRIES;

  private static final AtomicLong officerYears = new AtomicLong();

  /**
   * Tries as configured: 1,000 by default, so at least 10,000 officer-years per build; the mutation
   * test runs it with fewer ({@code -Djqwik.tries.default} in core's {@code mutation} profile).
   */
  @Property
  void libraryAgreesWithTheReference(
      @ForAll("policies") PolicyArbitraries.PolicyChanges generated,
      @ForAll("populations") List<OfficerRecord> records,
      @ForAll("years") Year year) {
    Policy policy = generated.policy();
    LocalDateRange period = policy.periodIn(year);
    PopulationEvaluation result =
        Evaluator.of(policy).withTagger(Tagger.none()).evaluateAll(Population.of(records), year);

    for (OfficerRecord r : records) {
      Evaluation actual = result.evaluations().get(r.officerId());
      ReferenceEvaluation.Expected expected =
          ReferenceEvaluation.evaluate(policy, r.officer(), r.visits(), r.leaves(), period);
      assertThat(actual).as("evaluation of %s", r.officerId()).isNotNull();
      assertThat(actual.status()).as("status of %s", r.officerId()).isEqualTo(expected.status());
      assertThat(actual.required())
          .as("required of %s", r.officerId())
          .isEqualTo(expected.required());
      assertThat(actual.credited())
          .as("credited of %s", r.officerId())
          .isEqualTo(expected.credited());
      assertThat(actual.byKind()).as("by kind, %s", r.officerId()).isEqualTo(expected.byKind());
      assertThat(actual.byHostLevel())
          .as("by host level, %s", r.officerId())
          .isEqualTo(expected.byHostLevel());
      assertThat(exclusions(actual))
          .as("excluded dates of %s", r.officerId())
          .isEqualTo(expected.exclusions());
      assertThat(actual.visitsOutsidePeriod())
          .as("visits outside the period, %s", r.officerId())
          .isEqualTo(expected.visitsOutsidePeriod());
      officerYears.incrementAndGet();
    }
  }

  /** Every build compares at least ten officer-years a try: 10,000 at the default 1,000 tries. */
  @AfterContainer
  static void enoughOfficerYears() {
    assertThat(officerYears.get()).isGreaterThanOrEqualTo(MINIMUM_OFFICER_YEARS);
  }

  @Provide
  Arbitrary<PolicyArbitraries.PolicyChanges> policies() {
    return PolicyArbitraries.changesOfNational();
  }

  @Provide
  Arbitrary<List<OfficerRecord>> populations() {
    return RecordArbitraries.histories(10, 20);
  }

  @Provide
  Arbitrary<Year> years() {
    return Arbitraries.of(Year.of(2019), Year.of(2020));
  }

  private static Map<String, Map<Exclusion, Set<LocalDate>>> exclusions(Evaluation e) {
    Map<String, Map<Exclusion, Set<LocalDate>>> all = new TreeMap<>();
    for (VisitEntry entry : e.ledger().entries()) {
      Map<Exclusion, Set<LocalDate>> byReason = new EnumMap<>(Exclusion.class);
      entry
          .excludedDates()
          .forEach(
              (reason, ranges) -> {
                Set<LocalDate> dates = new TreeSet<>();
                ranges.forEach(r -> r.stream().forEach(dates::add));
                byReason.put(reason, dates);
              });
      all.put(entry.visit().id(), byReason);
    }
    return all;
  }
}
