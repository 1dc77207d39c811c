package io.github.dicoso.variant;

import io.github.dicoso.Days;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Status;
import java.util.Locale;
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

  /** The factory that rebuilds a stored result, reached through {@code internal.Friends}. */
  static Outcome create(
      String policyName, LocalDateRange period, Status status, Days required, Days credited) {
    return new ImmutableOutcome.Builder()
        .policyName(policyName)
        .period(period)
        .status(status)
        .required(required)
        .credited(credited)
        .build();
  }

  /** The outcome of {@code evaluation}. */
  static Outcome of(Evaluation evaluation) {
    return new ImmutableOutcome.Builder()
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

  /**
   * The status with credited over required days: {@code COMPLIANT 62/60}, {@code ĐẠT 62/60}.
   *
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the text
   */
  public String render(Locale locale) {
    return Vocabulary.label(status(), locale)
        + " "
        + Vocabulary.days(credited(), locale)
        + "/"
        + Vocabulary.days(required(), locale);
  }

  /** {@code COMPLIANT 62/60}: status, credited over required. */
  @Override
  public String toString() {
    return status() + " " + credited() + "/" + required();
  }
}
