package io.github.dicoso.leave;

import static io.github.dicoso.internal.Checks.checkNotBlank;
import static io.github.dicoso.internal.Checks.checkOrdered;
import static io.github.dicoso.internal.Checks.checkPlausible;

import java.time.LocalDate;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * A leave of absence of one officer, from {@code start} to {@code end}, both inclusive.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Leave {
  Leave() {}

  /** {@return a builder for a leave} */
  public static ImmutableLeave.Builder builder() {
    return ImmutableLeave.builder();
  }

  /**
   * A leave of {@code officerId} of the given kind, {@code start} to {@code end} inclusive.
   *
   * @param officerId the officer on leave
   * @param kind the kind of leave
   * @param start the first day of leave
   * @param end the last day of leave, not before {@code start}
   * @return the leave
   */
  public static Leave of(String officerId, LeaveKind kind, LocalDate start, LocalDate end) {
    return builder().officerId(officerId).kind(kind).start(start).end(end).build();
  }

  /** {@return the officer on leave} */
  public abstract String officerId();

  /** {@return the kind of leave} */
  public abstract LeaveKind kind();

  /** {@return the first day away, inclusive} */
  public abstract LocalDate start();

  /** {@return the last day away, inclusive} */
  public abstract LocalDate end();

  /**
   * {@return the days away as a range; closed, so {@link LocalDateRange#getEndInclusive()} is
   * {@link #end()}}
   */
  public LocalDateRange dates() {
    return LocalDateRange.ofClosed(start(), end());
  }

  @Value.Check
  void validate() {
    checkNotBlank("leave", "officer id", officerId());
    String record = "leave of officer " + officerId() + " (" + kind() + ")";
    checkPlausible(record, "start", start());
    checkPlausible(record, "end", end());
    checkOrdered(record, start(), end());
  }
}
