package io.github.dicoso.compliance;

import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.requirement.MinimumCheck;
import java.util.List;
import org.immutables.value.Value;

/**
 * The status of one officer with the reason and the numbers behind it: the outcome of {@link
 * StatusRule}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatusDecision {
  StatusDecision() {}

  /** The factory that rebuilds a stored result, reached through {@code internal.Friends}. */
  static StatusDecision create(
      Status status,
      Reason reason,
      Days credited,
      Days required,
      List<MinimumCheck> unmetMinimums,
      List<MinimumCheck> advisoryUnmet,
      Citation citation) {
    return ImmutableStatusDecision.instance(
        status, reason, credited, required, unmetMinimums, advisoryUnmet, citation);
  }

  /** Why the status is what it is. */
  public enum Reason {
    /** The officer is not subject. */
    NOT_SUBJECT,
    /** The officer is exempt. */
    EXEMPT,
    /** The days credited reach the days required, and every binding minimum is met. */
    REQUIREMENT_MET,
    /** The days credited fall short of the days required. */
    SHORT_OF_REQUIREMENT,
    /** The days credited reach the days required, but a binding minimum is not met. */
    SHORT_OF_MINIMUM
  }

  /** {@return the status} */
  @Value.Parameter
  public abstract Status status();

  /** {@return why} */
  @Value.Parameter
  public abstract Reason reason();

  /** {@return days credited} */
  @Value.Parameter
  public abstract Days credited();

  /** {@return days required; zero when not subject or exempt} */
  @Value.Parameter
  public abstract Days required();

  /** {@return the binding minimums that are not met, host levels first} */
  @Value.Parameter
  public abstract List<MinimumCheck> unmetMinimums();

  /** {@return the minimums not met that bind nothing (the policy treats them as guidance)} */
  @Value.Parameter
  public abstract List<MinimumCheck> advisoryUnmet();

  /** {@return the citation of the rule that decided} */
  @Value.Parameter
  public abstract Citation citation();
}
