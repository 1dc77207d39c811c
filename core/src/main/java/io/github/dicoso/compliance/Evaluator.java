package io.github.dicoso.compliance;

import static java.util.Objects.requireNonNull;

import io.github.dicoso.Policy;
import io.github.dicoso.accrual.AccrualRule;
import io.github.dicoso.eligibility.EligibilityRule;
import io.github.dicoso.requirement.ExemptionRule;
import io.github.dicoso.requirement.LeaveRule;
import io.github.dicoso.requirement.MinimumRule;
import io.github.dicoso.requirement.ProRatingRule;
import io.github.dicoso.tagging.PhraseTagger;
import io.github.dicoso.tagging.Tagger;
import io.github.dicoso.tagging.TaggingRule;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * The annual compliance evaluation: applies the rules of a {@link Policy} to one officer, or to a
 * population, for one period, and returns an {@link Evaluation} with its status, findings and
 * explanation. It only orchestrates; each rule is a class of its own, applied in this order:
 *
 * <ol>
 *   <li>{@link EligibilityRule}: an officer not subject is {@link Status#NOT_SUBJECT};
 *   <li>{@link ExemptionRule}: an exempt officer is {@link Status#EXEMPT};
 *   <li>{@link TaggingRule}: a visit that names no kind of work takes the kinds the {@link Tagger}
 *       suggests from its description;
 *   <li>{@link AccrualRule} (with its {@link io.github.dicoso.accrual.EvidenceRule}): the days
 *       credited, every exclusion with its reason;
 *   <li>{@link LeaveRule} and {@link ProRatingRule}: the days required;
 *   <li>{@link ReportDeadlineRule}, {@link MinimumRule} and {@link MeetingDayRule};
 *   <li>{@link StatusRule}: the status, and a {@link Hint} when short.
 * </ol>
 *
 * <p>A period's evaluation sees only the visits and leaves that overlap it, so a record may hold an
 * officer's whole history. Visits are evaluated in the order of their start date, end date and id,
 * and leaves in the order of their start date, end date, kind and label, so the result does not
 * depend on the order they are given in.
 *
 * <p>This class is immutable and thread-safe; one evaluator can serve any number of threads.
 */
public final class Evaluator {
  private final Policy policy;
  private final Tagger tagger;
  private final @Nullable LocalDate reportsAsOf;

  private Evaluator(Policy policy, Tagger tagger, @Nullable LocalDate reportsAsOf) {
    this.policy = requireNonNull(policy, "policy");
    this.tagger = requireNonNull(tagger, "tagger");
    this.reportsAsOf = reportsAsOf;
  }

  /**
   * An evaluator of {@code policy} that suggests kinds of work for visits that name none with the
   * built-in Vietnamese phrase list ({@link PhraseTagger#builtIn()}).
   *
   * @param policy the policy to apply
   * @return the evaluator
   */
  public static Evaluator of(Policy policy) {
    return new Evaluator(policy, PhraseTagger.builtIn(), null);
  }

  /**
   * A copy that suggests kinds of work for untagged visits with {@code tagger} (a province's
   * extended phrase list, or {@link Tagger#none()} to suggest nothing).
   *
   * @param tagger the tagger for visits that name no kind of work
   * @return the copy
   */
  public Evaluator withTagger(Tagger tagger) {
    return new Evaluator(policy, tagger, reportsAsOf);
  }

  /**
   * A copy that judges result reports missing or late as of {@code asOf} instead of the last day of
   * the period (for instance the day the evaluation is made).
   *
   * @param asOf the day on which reports are judged
   * @return the copy
   */
  public Evaluator withReportsAsOf(LocalDate asOf) {
    return new Evaluator(policy, tagger, requireNonNull(asOf, "asOf"));
  }

  /** {@return the policy applied} */
  public Policy policy() {
    return policy;
  }

  /** {@return the tagger used for visits that name no kind of work} */
  public Tagger tagger() {
    return tagger;
  }

  /** {@return the day reports are judged on, if set; otherwise the period's last day} */
  public Optional<LocalDate> reportsAsOf() {
    return Optional.ofNullable(reportsAsOf);
  }

  /**
   * Evaluates one record over the policy's counting period in {@code year}.
   *
   * @param record the officer with visits and leaves
   * @param year the year whose counting period is evaluated
   * @return the evaluation
   */
  public Evaluation evaluate(OfficerRecord record, Year year) {
    return evaluate(record, policy.periodIn(requireNonNull(year, "year")));
  }

  /**
   * Evaluates one record over {@code period}.
   *
   * @param record the officer with visits and leaves
   * @param period the period evaluated, bounded, as {@link LocalDateRange} states it
   * @return the evaluation
   * @throws IllegalArgumentException if the period is unbounded
   */
  public Evaluation evaluate(OfficerRecord record, LocalDateRange period) {
    requireNonNull(record, "record");
    checkBounded(period);
    return new EvaluationRun(policy, tagger, reportsAsOf, record, period).evaluate();
  }

  /**
   * Evaluates a population over the policy's counting period in {@code year}.
   *
   * @param population the officers with their visits and leaves
   * @param year the year whose counting period is evaluated
   * @return every officer's evaluation, with what named no officer
   */
  public PopulationEvaluation evaluateAll(Population population, Year year) {
    return evaluateAll(population, policy.periodIn(requireNonNull(year, "year")));
  }

  /**
   * Evaluates a population over {@code period}.
   *
   * @param population the officers with their visits and leaves
   * @param period the period evaluated, bounded, as {@link LocalDateRange} states it
   * @return every officer's evaluation, with what named no officer
   */
  public PopulationEvaluation evaluateAll(Population population, LocalDateRange period) {
    requireNonNull(population, "population");
    checkBounded(period);
    List<Evaluation> evaluations = new ArrayList<>(population.records().size());
    for (OfficerRecord r : population.records()) {
      evaluations.add(evaluate(r, period));
    }
    return PopulationEvaluation.of(policy, period, evaluations, population);
  }

  /**
   * Evaluates a population year by year, from {@code first} to {@code last} inclusive: records may
   * hold whole histories, and each year sees only what overlaps its counting period.
   *
   * @param population the officers with their whole histories
   * @param first the first year
   * @param last the last year, not before {@code first}
   * @return one population evaluation per year, in year order
   */
  public SortedMap<Year, PopulationEvaluation> evaluateYears(
      Population population, Year first, Year last) {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("years " + first + ".." + last + ": last before first");
    }
    SortedMap<Year, PopulationEvaluation> years = new TreeMap<>();
    for (Year y = first; !y.isAfter(last); y = y.plusYears(1)) {
      years.put(y, evaluateAll(population, y));
    }
    return java.util.Collections.unmodifiableSortedMap(years);
  }

  private static void checkBounded(LocalDateRange period) {
    requireNonNull(period, "period");
    if (period.isUnboundedStart() || period.isUnboundedEnd()) {
      throw new IllegalArgumentException("period " + period + " must be bounded at both ends");
    }
  }

  /** {@code Evaluator[policy=national-2018, reportsAsOf=period end]}. */
  @Override
  public String toString() {
    return "Evaluator[policy="
        + policy.name()
        + ", reportsAsOf="
        + (reportsAsOf == null ? "period end" : reportsAsOf)
        + "]";
  }
}
