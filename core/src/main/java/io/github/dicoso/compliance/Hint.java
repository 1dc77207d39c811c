package io.github.dicoso.compliance;

import io.github.dicoso.Days;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What would change the outcome: the fewest more days that meet the requirement and every minimum,
 * and which constraint binds.
 *
 * <p>A new whole day counts once towards the total, at one host level, and may carry several kinds
 * of work. So the days needed are the largest of: the shortfall; the sum of the per-level deficits;
 * the largest per-kind deficit. The binding constraint is the one that sets that number, host level
 * before kind before total when two tie above the shortfall.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Hint {
  Hint() {}

  /** Which constraint sets the days needed. */
  public enum Binding {
    /** The total requirement. */
    TOTAL,
    /** The per-host-level minimums. */
    HOST_LEVEL,
    /** A per-kind minimum. */
    KIND
  }

  /** {@return a builder for a hint} */
  public static ImmutableHint.Builder builder() {
    return ImmutableHint.builder();
  }

  /** {@return the fewest more days that meet the requirement and every minimum} */
  public abstract Days moreDays();

  /** {@return the constraint that sets {@link #moreDays()}} */
  public abstract Binding binding();

  /** {@return days missing at each host level whose minimum is not met} */
  public abstract Map<HostLevel, Days> hostLevelDeficits();

  /** {@return days missing of each kind of work whose minimum is not met} */
  public abstract Map<KindOfWork, Days> kindDeficits();
}
