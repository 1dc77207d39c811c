package io.github.dicoso.schedule;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The load on one host unit in one window: the delegations with at least one planned date in the
 * window, the officers they bring, the most officers planned there on any one date, and the
 * policy's cap on delegations per host unit per window, if any.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class HostLoad {
  HostLoad() {}

  /** {@return the window} */
  public abstract Window window();

  /** {@return the host unit, as first spelled in the plans} */
  public abstract String hostUnit();

  /**
   * {@return the delegations with at least one planned date in the window, by first planned date}
   */
  public abstract List<Delegation> delegations();

  /**
   * {@return the most officers planned at the host on one date of the window: the officers there at
   * once}
   */
  public abstract int peakOfficers();

  /** {@return the policy's cap on delegations per host unit per window; empty when uncapped} */
  public abstract Optional<Integer> cap();

  /** {@return the number of distinct delegations with a planned date in the window} */
  public int delegationCount() {
    return delegations().size();
  }

  /** {@return the distinct officers of all the delegations} */
  public Set<String> officerIds() {
    ImmutableSet.Builder<String> officers = ImmutableSet.builder();
    delegations().forEach(d -> officers.addAll(d.officerIds()));
    return officers.build();
  }

  /** {@return whether the host receives more delegations in the window than the cap allows} */
  public boolean overloaded() {
    return cap().map(c -> delegationCount() > c).orElse(false);
  }
}
