package io.github.dicoso.compliance;

import io.github.dicoso.Citation;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * One rule applied in an evaluation: which rule, its outcome, the inputs and numbers it used (as
 * named values, the keys stable) and the citations of its sources. {@link ComplianceText} renders a
 * step from the message {@code step.RULE.OUTCOME} of the compliance resource bundles.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Step {
  Step() {}

  /** The rules an evaluation applies, in the order it applies them. */
  public enum Rule {
    /** Whether the officer is subject (outcome: the eligibility reason). */
    ELIGIBILITY,
    /** Whether a leave exempts the officer (outcome: EXEMPT). */
    EXEMPTION,
    /** The days required (outcome: FULL or REDUCED). */
    REQUIREMENT,
    /** The days credited (outcome: CREDITED). */
    ACCRUAL,
    /** Dates of one visit not credited, for one reason (outcome: the exclusion). */
    EXCLUSION,
    /** Kinds of work suggested for a visit that named none (outcome: SUGGESTED or UNTAGGED). */
    TAGGING,
    /** The result-report deadline (outcome: CHECKED). */
    REPORTS,
    /** A per-host-level minimum (outcome: MET or NOT_MET). */
    HOST_LEVEL_MINIMUM,
    /** A per-kind minimum (outcome: MET or NOT_MET). */
    KIND_MINIMUM,
    /** The expected branch-meeting day (outcome: MET or NOT_MET). */
    MEETING_DAY,
    /** The status (outcome: the status). */
    STATUS
  }

  /** {@return a builder for a step} */
  public static ImmutableStep.Builder builder() {
    return ImmutableStep.builder();
  }

  /** {@return the rule applied} */
  public abstract Rule rule();

  /** {@return the outcome, a stable upper-case code} */
  public abstract String outcome();

  /** {@return the inputs and numbers of the step, by stable key, in the order they read} */
  public abstract Map<String, String> arguments();

  /** {@return the sources of the rule, in order} */
  public abstract List<Citation> citations();

  /** {@return the key of the step's message in the resource bundles: {@code step.RULE.OUTCOME}} */
  public String messageKey() {
    return "step." + rule() + "." + outcome();
  }
}
