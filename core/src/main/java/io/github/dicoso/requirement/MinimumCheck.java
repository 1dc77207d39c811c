package io.github.dicoso.requirement;

import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.Parameter;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One host-level or kind-of-work minimum checked for one officer: the policy's minimum, the minimum
 * that applies (scaled with a reduced requirement), the days credited there and whether it binds
 * the status. The outcome of {@link MinimumRule}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class MinimumCheck {
  MinimumCheck() {}

  /** The factory that rebuilds a stored result, reached through {@code internal.Friends}. */
  static MinimumCheck create(
      Parameter<Optional<Days>> parameter,
      Enum<?> target,
      Days policyMinimum,
      Days minimum,
      Days credited,
      boolean binding,
      Citation citation) {
    return ImmutableMinimumCheck.instance(
        parameter, target, policyMinimum, minimum, credited, binding, citation);
  }

  /** {@return the parameter that sets the minimum, e.g. {@code host-level-minimum.BRANCH}} */
  @Value.Parameter
  public abstract Parameter<Optional<Days>> parameter();

  /** {@return what the minimum is of: a {@code HostLevel} or a {@code KindOfWork}} */
  @Value.Parameter
  public abstract Enum<?> target();

  /** {@return the minimum the policy sets for a full requirement} */
  @Value.Parameter
  public abstract Days policyMinimum();

  /** {@return the minimum that applies to this officer} */
  @Value.Parameter
  public abstract Days minimum();

  /** {@return the days credited at that level or of that kind} */
  @Value.Parameter
  public abstract Days credited();

  /** {@return whether an unmet minimum makes the officer non-compliant} */
  @Value.Parameter
  public abstract boolean binding();

  /** {@return the citation of the minimum} */
  @Value.Parameter
  public abstract Citation citation();

  /** {@return the days still missing, zero when met} */
  public Days missing() {
    return minimum().minusFloorZero(credited());
  }

  /** {@return whether the minimum is met} */
  public boolean met() {
    return credited().isAtLeast(minimum());
  }

  /** {@code MinimumCheck[host-level-minimum.BRANCH 25/30]}. */
  @Override
  public String toString() {
    return "MinimumCheck[" + parameter() + " " + credited() + "/" + minimum() + "]";
  }
}
