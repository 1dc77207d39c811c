package io.github.dicoso.variant;

import io.github.dicoso.Policy;
import java.util.List;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * The policy chosen for a period from a {@link PolicyTimeline}, with every policy in force during
 * the period, the rule that chose and an explanation in words. A period that straddles two policies
 * is never resolved silently: {@link #straddles()} says so and {@link #explanation()} names both
 * policies, their dates and the rule applied.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PolicyChoice {
  PolicyChoice() {}

  /**
   * {@return the period the policy was chosen for; closed ({@code getEndInclusive} is its last
   * day)}
   */
  public abstract LocalDateRange period();

  /** {@return the policy chosen} */
  public abstract Policy policy();

  /** {@return the rule that chose it} */
  public abstract StraddleRule rule();

  /**
   * {@return the policies in force during the period, in date order, each with the part of the
   * period it covers; dates on which no policy is in force are not covered by any span}
   */
  public abstract List<PolicySpan> spans();

  /** {@return days of the period on which no policy is in force} */
  public abstract long uncoveredDays();

  /**
   * {@return why this policy was chosen, naming every policy in force during the period and its
   * dates}
   */
  public abstract String explanation();

  /**
   * {@return whether more than one policy, or none on some dates, is in force during the period}
   */
  public boolean straddles() {
    return spans().size() > 1 || uncoveredDays() > 0;
  }

  /** The explanation. */
  @Override
  public String toString() {
    return explanation();
  }
}
