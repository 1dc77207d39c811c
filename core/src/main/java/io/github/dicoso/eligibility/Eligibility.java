package io.github.dicoso.eligibility;

import io.github.dicoso.Citation;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * Whether an officer is subject to the requirement in a period, with the reason, the facts it rests
 * on and its source: the outcome of {@link EligibilityRule}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Eligibility {
  Eligibility() {}

  /** The factory that rebuilds a stored result, reached through {@code internal.Friends}. */
  static Eligibility create(
      String officerId,
      LocalDateRange period,
      EligibilityReason reason,
      Citation citation,
      Level level,
      Employment employment,
      boolean committeeMember) {
    return ImmutableEligibility.instance(
        officerId, period, reason, citation, level, employment, committeeMember);
  }

  /** {@return the officer assessed} */
  @Value.Parameter
  public abstract String officerId();

  /** {@return the period assessed, closed} */
  @Value.Parameter
  public abstract LocalDateRange period();

  /** {@return the reason for the outcome} */
  @Value.Parameter
  public abstract EligibilityReason reason();

  /** {@return the citation of the rule that decided} */
  @Value.Parameter
  public abstract Citation citation();

  /** {@return the officer's level} */
  @Value.Parameter
  public abstract Level level();

  /** {@return the officer's employment} */
  @Value.Parameter
  public abstract Employment employment();

  /** {@return whether the officer is an executive committee member} */
  @Value.Parameter
  public abstract boolean committeeMember();

  /** {@return whether the officer is subject} */
  public boolean subject() {
    return reason().subject();
  }
}
