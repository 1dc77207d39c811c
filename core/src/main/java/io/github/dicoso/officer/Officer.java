package io.github.dicoso.officer;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dicoso.internal.Checks;
import io.github.dicoso.internal.InputStyle;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

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
@InputStyle
public abstract class Officer {
  Officer() {}

  /** {@return a builder for an officer; id, level and employment are required} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the officer's identifier in the HR system; unique within a population} */
  @Value.Parameter
  public abstract String id();

  /** {@return the officer's display name; may be empty} */
  @Value.Parameter
  public abstract String name();

  /** {@return the level of the agency the officer works at} */
  @Value.Parameter
  public abstract Level level();

  /** {@return full-time or part-time} */
  @Value.Parameter
  public abstract Employment employment();

  /**
   * {@return whether the officer is a member of the executive committee (Ủy viên BCH); only a
   * member whose employment is subject is subject as a member}
   */
  @Value.Parameter
  public abstract boolean committeeMember();

  /** {@return the department (ban, văn phòng) the officer belongs to; may be empty} */
  @Value.Parameter
  public abstract String department();

  /** {@return periods of service, in the order given; empty means in post throughout} */
  @Value.Parameter
  public abstract List<ServicePeriod> servicePeriods();

  /**
   * Whether the officer was in post on {@code date}.
   *
   * @param date the date
   * @return whether a service period covers it (always, when none is given)
   */
  public boolean servedOn(LocalDate date) {
    return servicePeriods().isEmpty() || servicePeriods().stream().anyMatch(p -> p.covers(date));
  }

  /**
   * The dates of {@code period} on which the officer was in post, as closed ranges in date order,
   * merged where periods touch or overlap.
   *
   * @param period a bounded range of dates, as {@link LocalDateRange} states it
   * @return the dates in post within the period; the whole period when no service period is given
   */
  public List<LocalDateRange> serviceWithin(LocalDateRange period) {
    if (servicePeriods().isEmpty()) {
      return List.of(period);
    }
    List<LocalDateRange> clipped = new ArrayList<>();
    for (ServicePeriod p : servicePeriods()) {
      LocalDateRange dates = p.dates();
      if (dates.overlaps(period)) {
        clipped.add(dates.intersection(period));
      }
    }
    clipped.sort(Comparator.comparing(LocalDateRange::getStart));
    ImmutableList.Builder<LocalDateRange> merged = ImmutableList.builder();
    LocalDateRange run = null;
    for (LocalDateRange r : clipped) {
      if (run != null && !r.getStart().isAfter(run.getEnd())) {
        run =
            r.getEnd().isAfter(run.getEnd()) ? LocalDateRange.of(run.getStart(), r.getEnd()) : run;
      } else {
        if (run != null) {
          merged.add(run);
        }
        run = r;
      }
    }
    if (run != null) {
      merged.add(run);
    }
    return merged.build();
  }

  @Value.Check
  void validate() {
    Checks.checkNotBlank("officer", "id", id());
  }

  /** {@code Officer[BT-01 Nguyễn Văn Hùng, PROVINCIAL FULL_TIME]}. */
  @Override
  public String toString() {
    return "Officer["
        + id()
        + (name().isEmpty() ? "" : " " + name())
        + ", "
        + level()
        + " "
        + employment()
        + (committeeMember() ? " committee member" : "")
        + "]";
  }

  /**
   * Builds an officer. The id, the level and the employment are required; the name and the
   * department default to empty, committee membership to {@code false}, and no service period means
   * in post throughout.
   *
   * <p>This class is mutable and not thread-safe; the officer it builds is immutable.
   */
  public static final class Builder {
    private @Nullable String id;
    private String name = "";
    private @Nullable Level level;
    private @Nullable Employment employment;
    private boolean committeeMember;
    private String department = "";
    private final List<ServicePeriod> servicePeriods = new ArrayList<>();

    private Builder() {}

    /**
     * The officer's identifier.
     *
     * @param id the identifier, not blank
     * @return this builder
     */
    public Builder id(String id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * The officer's display name.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = requireNonNull(name, "name");
      return this;
    }

    /**
     * The level of the agency the officer works at.
     *
     * @param level the level
     * @return this builder
     */
    public Builder level(Level level) {
      this.level = requireNonNull(level, "level");
      return this;
    }

    /**
     * Full-time or part-time.
     *
     * @param employment the employment
     * @return this builder
     */
    public Builder employment(Employment employment) {
      this.employment = requireNonNull(employment, "employment");
      return this;
    }

    /**
     * Whether the officer is a member of the executive committee.
     *
     * @param committeeMember whether a member
     * @return this builder
     */
    public Builder committeeMember(boolean committeeMember) {
      this.committeeMember = committeeMember;
      return this;
    }

    /**
     * The department the officer belongs to.
     *
     * @param department the department
     * @return this builder
     */
    public Builder department(String department) {
      this.department = requireNonNull(department, "department");
      return this;
    }

    /**
     * Adds periods of service.
     *
     * @param periods the periods
     * @return this builder
     */
    public Builder addServicePeriods(ServicePeriod... periods) {
      for (ServicePeriod p : periods) {
        servicePeriods.add(requireNonNull(p, "service period"));
      }
      return this;
    }

    /**
     * Replaces the periods of service.
     *
     * @param periods the periods
     * @return this builder
     */
    public Builder servicePeriods(Iterable<ServicePeriod> periods) {
      servicePeriods.clear();
      periods.forEach(p -> servicePeriods.add(requireNonNull(p, "service period")));
      return this;
    }

    /**
     * {@return the officer}
     *
     * @throws IllegalStateException naming the officer's id and the missing fields
     * @throws IllegalArgumentException if the id is blank
     */
    public Officer build() {
      Checks.checkSet("officer", id, "id", id, "level", level, "employment", employment);
      return ImmutableOfficer.instance(
          requireNonNull(id),
          name,
          requireNonNull(level),
          requireNonNull(employment),
          committeeMember,
          department,
          servicePeriods);
    }
  }
}
