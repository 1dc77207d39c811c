package io.github.dicoso.officer;

import static io.github.dicoso.internal.Checks.checkNotBlank;

import com.google.common.collect.ImmutableRangeSet;
import com.google.common.collect.Range;
import com.google.common.collect.TreeRangeSet;
import java.time.LocalDate;
import java.util.List;
import org.immutables.value.Value;

/**
 * A Youth Union officer as the rule sees them: level, employment, committee membership, department
 * and periods of service.
 *
 * <p>An officer with no service periods is taken to be in post throughout any period evaluated. An
 * officer who joined, left or transferred during a year has one period per stint; periods may touch
 * or overlap (they are merged).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Officer {
  Officer() {}

  /** {@return a builder for an officer} */
  public static ImmutableOfficer.Builder builder() {
    return ImmutableOfficer.builder();
  }

  /** {@return the officer's identifier in the HR system; unique within a population} */
  public abstract String id();

  /** {@return the officer's display name; may be empty} */
  @Value.Default
  public String name() {
    return "";
  }

  /** {@return the level of the agency the officer works at} */
  public abstract Level level();

  /** {@return full-time or part-time} */
  public abstract Employment employment();

  /**
   * {@return whether the officer is a full-time member of the executive committee (Ủy viên BCH)}
   */
  @Value.Default
  public boolean committeeMember() {
    return false;
  }

  /** {@return the department (ban, văn phòng) the officer belongs to; may be empty} */
  @Value.Default
  public String department() {
    return "";
  }

  /** {@return periods of service; empty means in post throughout} */
  public abstract List<ServicePeriod> servicePeriods();

  /**
   * {@return the dates the officer was in post, merged; all dates when there are no service
   * periods}
   */
  @Value.Lazy
  public ImmutableRangeSet<LocalDate> serviceDates() {
    if (servicePeriods().isEmpty()) {
      return ImmutableRangeSet.of(Range.all());
    }
    TreeRangeSet<LocalDate> dates = TreeRangeSet.create();
    for (ServicePeriod p : servicePeriods()) {
      // canonical closed-open form so that adjacent periods merge
      dates.add(
          p.end()
              .map(e -> Range.closedOpen(p.start(), e.plusDays(1)))
              .orElseGet(() -> Range.atLeast(p.start())));
    }
    return ImmutableRangeSet.copyOf(dates);
  }

  /**
   * Whether the officer was in post on {@code date}.
   *
   * @param date the date
   * @return whether a service period covers it (always, when none is given)
   */
  public boolean servedOn(LocalDate date) {
    return serviceDates().contains(date);
  }

  @Value.Check
  void validate() {
    checkNotBlank("officer", "id", id());
  }
}
