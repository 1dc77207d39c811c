package io.github.dicoso.eligibility;

import io.github.dicoso.Citation;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * Whether an officer is subject to the requirement in a period, with the reason and its source.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Eligibility {
  Eligibility() {}

  /** {@return the officer assessed} */
  public abstract String officerId();

  /** {@return the period assessed} */
  public abstract LocalDateRange period();

  /** {@return the reason for the outcome} */
  public abstract EligibilityReason reason();

  /** {@return the citation of the rule that decided} */
  public abstract Citation citation();

  /** {@return whether the officer is subject} */
  public boolean subject() {
    return reason().subject();
  }
}
