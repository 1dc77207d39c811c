package io.github.dicoso.variant;

import io.github.dicoso.Days;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Status;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * One officer's result under one policy, as a comparison shows it: the status and the days behind
 * it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Outcome {
  Outcome() {}

  /**
   * The outcome of {@code evaluation}.
   *
   * @param evaluation the evaluation
   * @return its status, days required and days credited
   */
  public static Outcome of(Evaluation evaluation) {
    return ImmutableOutcome.builder()
        .policyName(evaluation.policyName())
        .period(evaluation.period())
        .status(evaluation.status())
        .required(evaluation.required())
        .credited(evaluation.credited())
        .build();
  }

  /** {@return the policy applied} */
  public abstract String policyName();

  /** {@return the period evaluated, the policy's counting period in the year compared} */
  public abstract LocalDateRange period();

  /** {@return the status} */
  public abstract Status status();

  /** {@return days required (zero when not subject or exempt)} */
  public abstract Days required();

  /** {@return days credited} */
  public abstract Days credited();

  /** {@code COMPLIANT 62/60}: status, credited over required. */
  @Override
  public String toString() {
    return status() + " " + credited() + "/" + required();
  }
}
