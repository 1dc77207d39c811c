package io.github.dicoso.schedule;

import io.github.dicoso.finding.Finding;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;
import org.threeten.extra.YearQuarter;

/**
 * The review of one quarter's plans at a date: every finding of the plan checks and the load on
 * each host unit in each window of the quarter.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlanReview {
  PlanReview() {}

  /** {@return the quarter reviewed} */
  public abstract YearQuarter quarter();

  /** {@return the date of the review; registration deadlines passed by then are checked} */
  public abstract LocalDate asOf();

  /** {@return the findings, check by check in the order {@link PlanChecks#review} lists them} */
  public abstract List<Finding> findings();

  /** {@return the load on every host unit receiving a delegation in a window of the quarter} */
  public abstract List<HostLoad> hostLoads();
}
