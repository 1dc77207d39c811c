package io.github.dicoso.requirement;

import io.github.dicoso.Citation;
import io.github.dicoso.ExemptionRule;
import io.github.dicoso.leave.LeaveKind;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * Why an officer is exempt: a continuous leave of one kind inside the period that reaches the
 * policy's threshold for that kind.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Exemption {
  Exemption() {}

  /** {@return the kind of leave that exempts} */
  public abstract LeaveKind kind();

  /**
   * {@return the continuous leave inside the period; closed ({@code getEndInclusive} is its last
   * day)}
   */
  public abstract LocalDateRange leaveDates();

  /** {@return the rule the leave met, with its threshold} */
  public abstract ExemptionRule rule();

  /** {@return the citation of the exemption rule} */
  public abstract Citation citation();

  /** {@return the number of days of the leave inside the period} */
  public long days() {
    return leaveDates().lengthInDays();
  }
}
