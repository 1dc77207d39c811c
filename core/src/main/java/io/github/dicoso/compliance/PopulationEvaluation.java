package io.github.dicoso.compliance;

import io.github.dicoso.finding.Finding;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.visit.Visit;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * The evaluations of a population for one period, by officer id, with the visits and leaves that
 * named no officer of the population (never dropped: each unknown officer id has an {@link
 * io.github.dicoso.finding.FindingCode#UNKNOWN_OFFICER UNKNOWN_OFFICER} finding). Each evaluation
 * equals the one {@link Evaluator#evaluate(OfficerRecord, LocalDateRange)} gives for the officer
 * alone, and the order of the input changes nothing.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PopulationEvaluation {
  PopulationEvaluation() {}

  /** {@return a builder for a population evaluation; the {@link Evaluator} builds them} */
  public static ImmutablePopulationEvaluation.Builder builder() {
    return ImmutablePopulationEvaluation.builder();
  }

  /** {@return the period evaluated} */
  public abstract LocalDateRange period();

  /** {@return each officer's evaluation, by officer id in id order} */
  @Value.NaturalOrder
  public abstract SortedMap<String, Evaluation> evaluations();

  /** {@return population-level findings ({@code UNKNOWN_OFFICER}), in officer id order} */
  public abstract List<Finding> findings();

  /** {@return visits naming an officer not in the population, by officer id then date} */
  public abstract List<Visit> unmatchedVisits();

  /** {@return leaves naming an officer not in the population, by officer id then date} */
  public abstract List<Leave> unmatchedLeaves();

  /**
   * The evaluation of one officer, if the officer is in the population.
   *
   * @param officerId the officer's id
   * @return the evaluation, or empty if no officer has that id
   */
  public Optional<Evaluation> evaluation(String officerId) {
    return Optional.ofNullable(evaluations().get(officerId));
  }

  /**
   * The unit report over every evaluation, named {@code unitName}.
   *
   * @param unitName the name printed at the head of the report
   * @return the report
   */
  public UnitReport report(String unitName) {
    return UnitReport.of(unitName, evaluations().values());
  }
}
