package io.github.dicoso.compliance;

import io.github.dicoso.Citation;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The result report of one credited visit checked against the deadline: the outcome of {@link
 * ReportDeadlineRule}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportCheck {
  ReportCheck() {}

  /** Where a report stands. */
  public enum Outcome {
    /** Filed by the deadline. */
    ON_TIME,
    /** Filed after the deadline. */
    LATE,
    /** Not filed, and the deadline is past as of the day reports are judged. */
    MISSING,
    /** Not filed, and the deadline is still ahead. */
    PENDING
  }

  /** {@return the visit} */
  @Value.Parameter
  public abstract String visitId();

  /** {@return the last day the report was due} */
  @Value.Parameter
  public abstract LocalDate due();

  /** {@return the day the report was filed, if it was} */
  @Value.Parameter
  public abstract Optional<LocalDate> filed();

  /** {@return the day reports are judged on} */
  @Value.Parameter
  public abstract LocalDate asOf();

  /** {@return the deadline in days after the visit's end} */
  @Value.Parameter
  public abstract int deadlineDays();

  /** {@return where the report stands} */
  @Value.Parameter
  public abstract Outcome outcome();

  /** {@return the citation of the deadline} */
  @Value.Parameter
  public abstract Citation citation();
}
