package io.github.dicoso.compliance;

import io.github.dicoso.Citation;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.internal.FactMap;
import io.github.dicoso.internal.Messages;
import io.github.dicoso.internal.ResultStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * One rule applied in an evaluation: which rule, its outcome, the facts it used (typed values by
 * stable name) and the citations of its sources. Render it with {@link #render(Locale)}. Steps are
 * made by the evaluation only.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ResultStyle
public abstract class Step {
  Step() {}

  static Step create(
      Rule rule, Enum<?> outcome, Map<String, Object> facts, List<Citation> citations) {
    return ImmutableStep.instance(rule, outcome, FactMap.copyOf(facts), List.copyOf(citations));
  }

  /** The rules an evaluation applies, in the order it applies them. */
  public enum Rule {
    /** Whether the officer is subject (outcome: the {@code EligibilityReason}). */
    ELIGIBILITY,
    /** Whether a leave exempts the officer (outcome: {@code Status.EXEMPT}). */
    EXEMPTION,
    /** The days required (outcome: {@link Outcome#FULL} or {@link Outcome#REDUCED}). */
    REQUIREMENT,
    /** The days credited (outcome: {@link Outcome#CREDITED}). */
    ACCRUAL,
    /** Dates of one visit not credited, for one reason (outcome: the {@code Exclusion}). */
    EXCLUSION,
    /** Kinds of work suggested for a visit that named none ({@link Outcome#SUGGESTED} or not). */
    TAGGING,
    /** The result-report deadline (outcome: {@link Outcome#CHECKED}). */
    REPORTS,
    /** A per-host-level minimum (outcome: {@link Outcome#MET} or {@link Outcome#NOT_MET}). */
    HOST_LEVEL_MINIMUM,
    /** A per-kind minimum (outcome: {@link Outcome#MET} or {@link Outcome#NOT_MET}). */
    KIND_MINIMUM,
    /** The expected branch-meeting day (outcome: {@link Outcome#MET} or not). */
    MEETING_DAY,
    /** The status (outcome: the {@link StatusDecision.Reason}). */
    STATUS
  }

  /** The outcomes of the rules that have no outcome type of their own. */
  public enum Outcome {
    /** The requirement is the full quota. */
    FULL,
    /** The requirement is reduced for partial service or leave. */
    REDUCED,
    /** The days credited were counted. */
    CREDITED,
    /** Kinds of work were suggested from the description. */
    SUGGESTED,
    /** The description matched no phrase. */
    UNTAGGED,
    /** Reports were checked. */
    CHECKED,
    /** A minimum or the expected meeting day is met. */
    MET,
    /** A minimum or the expected meeting day is not met. */
    NOT_MET
  }

  /** {@return the rule applied} */
  @Value.Parameter
  public abstract Rule rule();

  /** {@return the rule's outcome, an enum constant} */
  @Value.Parameter
  public abstract Enum<?> outcome();

  /** {@return the facts the rule used, by stable name, in the order they read} */
  @Value.Parameter
  public abstract Map<String, Object> facts();

  /** {@return the sources of the rule, in order} */
  @Value.Parameter
  public abstract List<Citation> citations();

  /**
   * The step as one sentence with its citations.
   *
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the text, on one line
   */
  public String render(Locale locale) {
    String citations =
        citations().stream()
            .map(c -> Vocabulary.citation(c, locale))
            .collect(Collectors.joining("; "));
    return Messages.cited(
        Messages.format(
            locale, "step." + rule() + "." + outcome().name(), facts(), Vocabulary::value),
        citations);
  }

  /** {@code STATUS REQUIREMENT_MET}. */
  @Override
  public String toString() {
    return rule() + " " + outcome().name();
  }
}
