package io.github.dicoso.visit;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.dicoso.internal.Checks.checkNotBlank;
import static io.github.dicoso.internal.Checks.checkOrdered;
import static io.github.dicoso.internal.Checks.checkPlausible;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * One grassroots visit (chuyến đi cơ sở) of one officer: {@code start} to {@code end}, both
 * inclusive, with the kinds of work done, the host unit and the evidence behind it.
 *
 * <p>A visit names at least one kind of work, or carries a description from which the kinds can be
 * suggested. A half-day visit lasts exactly one day.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Visit {
  Visit() {}

  /** {@return a builder for a visit} */
  public static ImmutableVisit.Builder builder() {
    return ImmutableVisit.builder();
  }

  /** {@return the visit's identifier; unique within a population} */
  public abstract String id();

  /** {@return the officer who made the visit} */
  public abstract String officerId();

  /** {@return the first day of the visit, inclusive} */
  public abstract LocalDate start();

  /** {@return the last day of the visit, inclusive; the start date for a one-day visit} */
  @Value.Default
  public LocalDate end() {
    return start();
  }

  /** {@return the kinds of work done on the visit} */
  public abstract Set<KindOfWork> kinds();

  /** {@return the unit visited (e.g. "Huyện đoàn Hàm Tân")} */
  public abstract String hostUnit();

  /** {@return the level of the unit visited} */
  public abstract HostLevel hostLevel();

  /**
   * {@return whether the officer was only invited to attend an activity (được mời dự hoạt động)}
   */
  @Value.Default
  public boolean invitedOnly() {
    return false;
  }

  /**
   * {@return whether the visit was registered and approved by the standing members before it took
   * place}
   */
  @Value.Default
  public boolean approved() {
    return true;
  }

  /** {@return whether a travel order (công lệnh) backs the visit} */
  @Value.Default
  public boolean travelOrder() {
    return true;
  }

  /** {@return whether the visit took half a day (e.g. an evening branch meeting)} */
  @Value.Default
  public boolean halfDay() {
    return false;
  }

  /** {@return the date the visit's result report was filed, if it was} */
  public abstract Optional<LocalDate> reportDate();

  /** {@return free-text description of the work done; may be empty} */
  @Value.Default
  public String description() {
    return "";
  }

  /**
   * {@return the visit's dates as a range; closed, so {@link LocalDateRange#getEndInclusive()} is
   * {@link #end()}}
   */
  public LocalDateRange dates() {
    return LocalDateRange.ofClosed(start(), end());
  }

  /** {@return the number of calendar days the visit covers} */
  public long lengthInDays() {
    return end().toEpochDay() - start().toEpochDay() + 1;
  }

  @Value.Check
  void validate() {
    checkNotBlank("visit", "id", id());
    String record = "visit " + id();
    checkNotBlank(record, "officer id", officerId());
    checkNotBlank(record, "host unit", hostUnit());
    checkPlausible(record, "start", start());
    checkPlausible(record, "end", end());
    checkOrdered(record, start(), end());
    checkArgument(
        !halfDay() || start().equals(end()),
        "%s: a half-day visit lasts one day, but runs %s..%s",
        record,
        start(),
        end());
    checkArgument(
        !kinds().isEmpty() || !description().isBlank(),
        "%s: kinds is empty and there is no description to suggest them from",
        record);
    reportDate().ifPresent(d -> checkPlausible(record, "report date", d));
  }
}
