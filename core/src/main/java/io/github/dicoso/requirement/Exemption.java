package io.github.dicoso.requirement;

import io.github.dicoso.Citation;
import io.github.dicoso.ExemptionThreshold;
import io.github.dicoso.LeaveLength;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import java.util.List;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * Why an officer is exempt: a leave of one kind (several records that follow each other count as
 * one leave) that reaches the policy's threshold for that kind. The outcome of {@link
 * ExemptionRule}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Exemption {
  Exemption() {}

  /** The factory that rebuilds a stored result, reached through {@code internal.Friends}. */
  static Exemption create(
      LeaveKind kind,
      List<Leave> leaves,
      LocalDateRange leaveDates,
      LocalDateRange measuredDates,
      LeaveLength measured,
      ExemptionThreshold threshold,
      Citation citation) {
    return ImmutableExemption.instance(
        kind, leaves, leaveDates, measuredDates, measured, threshold, citation);
  }

  /** {@return the kind of leave that exempts} */
  @Value.Parameter
  public abstract LeaveKind kind();

  /** {@return the leave records, in date order} */
  @Value.Parameter
  public abstract List<Leave> leaves();

  /** {@return the whole leave as recorded, closed} */
  @Value.Parameter
  public abstract LocalDateRange leaveDates();

  /** {@return the part of the leave measured against the threshold, closed} */
  @Value.Parameter
  public abstract LocalDateRange measuredDates();

  /** {@return which length of the leave was measured} */
  @Value.Parameter
  public abstract LeaveLength measured();

  /** {@return the threshold the leave reached} */
  @Value.Parameter
  public abstract ExemptionThreshold threshold();

  /** {@return the citation of the exemption rule for this kind of leave} */
  @Value.Parameter
  public abstract Citation citation();

  /** {@return the number of days measured} */
  public long days() {
    return measuredDates().lengthInDays();
  }
}
