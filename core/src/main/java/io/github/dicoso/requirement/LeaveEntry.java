package io.github.dicoso.requirement;

import io.github.dicoso.leave.Leave;
import org.immutables.value.Value;

/**
 * What became of one leave: it exempts, reduces the requirement by its days away, or does not
 * apply, with the reason. Made by {@link LeaveRule}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LeaveEntry {
  LeaveEntry() {}

  /** The factory that rebuilds a stored result, reached through {@code internal.Friends}. */
  static LeaveEntry create(Leave leave, LeaveOutcome outcome, long daysAway, long daysCredited) {
    return ImmutableLeaveEntry.instance(leave, outcome, daysAway, daysCredited);
  }

  /** {@return the leave as it was given} */
  @Value.Parameter
  public abstract Leave leave();

  /** {@return what became of it} */
  @Value.Parameter
  public abstract LeaveOutcome outcome();

  /** {@return the days by which it reduces the requirement's days in post; zero unless REDUCES} */
  @Value.Parameter
  public abstract long daysAway();

  /** {@return the days of the leave credited to visits instead of reducing the requirement} */
  @Value.Parameter
  public abstract long daysCredited();

  /** {@return whether the leave changes the evaluation: it exempts or reduces} */
  public boolean applied() {
    return outcome() == LeaveOutcome.EXEMPTS || outcome() == LeaveOutcome.REDUCES;
  }

  /** {@code LeaveEntry[L-3 REDUCES 30]}. */
  @Override
  public String toString() {
    return "LeaveEntry[" + leave().label() + " " + outcome() + " " + daysAway() + "]";
  }
}
