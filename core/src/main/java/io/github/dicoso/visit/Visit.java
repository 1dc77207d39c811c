package io.github.dicoso.visit;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.dicoso.internal.Checks.checkNotBlank;
import static io.github.dicoso.internal.Checks.checkOrdered;
import static io.github.dicoso.internal.Checks.checkPlausible;
import static java.util.Objects.requireNonNull;

import io.github.dicoso.internal.Checks;
import io.github.dicoso.internal.InputStyle;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
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
@InputStyle
public abstract class Visit {
  Visit() {}

  /**
   * {@return a builder for a visit; id, officer id, start, host unit and host level are required}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the visit's identifier; unique within a population} */
  @Value.Parameter
  public abstract String id();

  /** {@return the officer who made the visit} */
  @Value.Parameter
  public abstract String officerId();

  /** {@return the first day of the visit, inclusive} */
  @Value.Parameter
  public abstract LocalDate start();

  /** {@return the last day of the visit, inclusive; the start date for a one-day visit} */
  @Value.Parameter
  public abstract LocalDate end();

  /** {@return the kinds of work done on the visit} */
  @Value.Parameter
  public abstract Set<KindOfWork> kinds();

  /** {@return the unit visited (e.g. "Huyện đoàn Hàm Tân")} */
  @Value.Parameter
  public abstract String hostUnit();

  /** {@return the level of the unit visited} */
  @Value.Parameter
  public abstract HostLevel hostLevel();

  /**
   * {@return whether the officer was only invited to attend an activity (được mời dự hoạt động)}
   */
  @Value.Parameter
  public abstract boolean invitedOnly();

  /**
   * {@return whether the visit was registered and approved by the standing members before it took
   * place}
   */
  @Value.Parameter
  public abstract boolean approved();

  /** {@return whether a travel order (công lệnh) backs the visit} */
  @Value.Parameter
  public abstract boolean travelOrder();

  /** {@return whether the visit took half a day (e.g. an evening branch meeting)} */
  @Value.Parameter
  public abstract boolean halfDay();

  /** {@return the date the visit's result report was filed, if it was} */
  @Value.Parameter
  public abstract Optional<LocalDate> reportDate();

  /** {@return free-text description of the work done; may be empty} */
  @Value.Parameter
  public abstract String description();

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

  /** {@code Visit[V-1 of BT-01, 2019-03-04..2019-03-06, Huyện đoàn Hàm Tân (DISTRICT)]}. */
  @Override
  public String toString() {
    return "Visit["
        + id()
        + " of "
        + officerId()
        + ", "
        + start()
        + (end().equals(start()) ? "" : ".." + end())
        + ", "
        + hostUnit()
        + " ("
        + hostLevel()
        + ")]";
  }

  /**
   * Builds a visit. The id, the officer id, the start, the host unit and the host level are
   * required; the end defaults to the start, the kinds to none (then a description is needed),
   * approval and the travel order to {@code true}, and invitation and half day to {@code false}.
   *
   * <p>This class is mutable and not thread-safe; the visit it builds is immutable.
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String officerId;
    private @Nullable LocalDate start;
    private @Nullable LocalDate end;
    private final Set<KindOfWork> kinds = EnumSet.noneOf(KindOfWork.class);
    private @Nullable String hostUnit;
    private @Nullable HostLevel hostLevel;
    private boolean invitedOnly;
    private boolean approved = true;
    private boolean travelOrder = true;
    private boolean halfDay;
    private @Nullable LocalDate reportDate;
    private String description = "";

    private Builder() {}

    /**
     * Copies every field of {@code visit}.
     *
     * @param visit the visit to start from
     * @return this builder
     */
    public Builder from(Visit visit) {
      id = visit.id();
      officerId = visit.officerId();
      start = visit.start();
      end = visit.end();
      kinds.clear();
      kinds.addAll(visit.kinds());
      hostUnit = visit.hostUnit();
      hostLevel = visit.hostLevel();
      invitedOnly = visit.invitedOnly();
      approved = visit.approved();
      travelOrder = visit.travelOrder();
      halfDay = visit.halfDay();
      reportDate = visit.reportDate().orElse(null);
      description = visit.description();
      return this;
    }

    /**
     * The visit's identifier.
     *
     * @param id the identifier, not blank
     * @return this builder
     */
    public Builder id(String id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * The officer who made the visit.
     *
     * @param officerId the officer's id
     * @return this builder
     */
    public Builder officerId(String officerId) {
      this.officerId = requireNonNull(officerId, "officerId");
      return this;
    }

    /**
     * The first day of the visit.
     *
     * @param start the first day, inclusive
     * @return this builder
     */
    public Builder start(LocalDate start) {
      this.start = requireNonNull(start, "start");
      return this;
    }

    /**
     * The last day of the visit; the start when not set.
     *
     * @param end the last day, inclusive
     * @return this builder
     */
    public Builder end(LocalDate end) {
      this.end = requireNonNull(end, "end");
      return this;
    }

    /**
     * Adds kinds of work done on the visit.
     *
     * @param kinds the kinds
     * @return this builder
     */
    public Builder addKinds(KindOfWork... kinds) {
      for (KindOfWork k : kinds) {
        this.kinds.add(requireNonNull(k, "kind"));
      }
      return this;
    }

    /**
     * Replaces the kinds of work done on the visit.
     *
     * @param kinds the kinds
     * @return this builder
     */
    public Builder kinds(Iterable<KindOfWork> kinds) {
      this.kinds.clear();
      kinds.forEach(k -> this.kinds.add(requireNonNull(k, "kind")));
      return this;
    }

    /**
     * The unit visited.
     *
     * @param hostUnit the unit's name, not blank
     * @return this builder
     */
    public Builder hostUnit(String hostUnit) {
      this.hostUnit = requireNonNull(hostUnit, "hostUnit");
      return this;
    }

    /**
     * The level of the unit visited.
     *
     * @param hostLevel the level
     * @return this builder
     */
    public Builder hostLevel(HostLevel hostLevel) {
      this.hostLevel = requireNonNull(hostLevel, "hostLevel");
      return this;
    }

    /**
     * Whether the officer was only invited to attend.
     *
     * @param invitedOnly whether invited only
     * @return this builder
     */
    public Builder invitedOnly(boolean invitedOnly) {
      this.invitedOnly = invitedOnly;
      return this;
    }

    /**
     * Whether the visit was registered and approved before it took place.
     *
     * @param approved whether approved
     * @return this builder
     */
    public Builder approved(boolean approved) {
      this.approved = approved;
      return this;
    }

    /**
     * Whether a travel order backs the visit.
     *
     * @param travelOrder whether there is a travel order
     * @return this builder
     */
    public Builder travelOrder(boolean travelOrder) {
      this.travelOrder = travelOrder;
      return this;
    }

    /**
     * Whether the visit took half a day.
     *
     * @param halfDay whether a half day
     * @return this builder
     */
    public Builder halfDay(boolean halfDay) {
      this.halfDay = halfDay;
      return this;
    }

    /**
     * The date the result report was filed.
     *
     * @param reportDate the date
     * @return this builder
     */
    public Builder reportDate(LocalDate reportDate) {
      this.reportDate = requireNonNull(reportDate, "reportDate");
      return this;
    }

    /**
     * A free-text description of the work done.
     *
     * @param description the description
     * @return this builder
     */
    public Builder description(String description) {
      this.description = requireNonNull(description, "description");
      return this;
    }

    /**
     * {@return the visit}
     *
     * @throws IllegalStateException naming the visit's id and the missing fields
     * @throws IllegalArgumentException naming the visit's id, the field and the value if a field is
     *     invalid
     */
    public Visit build() {
      Checks.checkSet(
          "visit",
          id,
          "id",
          id,
          "officerId",
          officerId,
          "start",
          start,
          "hostUnit",
          hostUnit,
          "hostLevel",
          hostLevel);
      LocalDate first = requireNonNull(start);
      return ImmutableVisit.instance(
          requireNonNull(id),
          requireNonNull(officerId),
          first,
          end != null ? end : first,
          kinds,
          requireNonNull(hostUnit),
          requireNonNull(hostLevel),
          invitedOnly,
          approved,
          travelOrder,
          halfDay,
          Optional.ofNullable(reportDate),
          description);
    }
  }
}
