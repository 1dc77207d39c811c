package io.github.dicoso.schedule;

import static io.github.dicoso.internal.Checks.checkNotBlank;
import static io.github.dicoso.internal.Checks.checkOrdered;
import static io.github.dicoso.internal.Checks.checkPlausible;
import static java.util.Objects.requireNonNull;

import io.github.dicoso.internal.Checks;
import io.github.dicoso.internal.InputStyle;
import io.github.dicoso.visit.HostLevel;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * One visit an officer registers in a quarterly plan: {@code start} to {@code end}, both inclusive,
 * the host unit and the topic (chuyên đề) to be worked on.
 *
 * <p>A planned visit is carried out when a {@link io.github.dicoso.visit.Visit} with the same id
 * and officer is recorded. Planned visits with the same {@link #delegation()} label and host unit
 * travel together as one delegation (đoàn công tác); a planned visit without a label is a
 * delegation of its own.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@InputStyle
public abstract class PlannedVisit {
  PlannedVisit() {}

  /**
   * {@return a builder for a planned visit; id, start, host unit, host level and topic are
   * required}
   */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the planned visit's identifier; a recorded visit with this id carries it out} */
  @Value.Parameter
  public abstract String id();

  /** {@return the first day planned, inclusive} */
  @Value.Parameter
  public abstract LocalDate start();

  /** {@return the last day planned, inclusive; the start date for a one-day visit} */
  @Value.Parameter
  public abstract LocalDate end();

  /** {@return the unit to be visited (e.g. "Huyện đoàn Hàm Tân")} */
  @Value.Parameter
  public abstract String hostUnit();

  /** {@return the level of the unit to be visited} */
  @Value.Parameter
  public abstract HostLevel hostLevel();

  /** {@return the topic (chuyên đề) registered, e.g. "khảo sát mô hình thanh niên làm kinh tế"} */
  @Value.Parameter
  public abstract String topic();

  /**
   * {@return the delegation (đoàn công tác) this visit travels with, if it is grouped with others;
   * planned visits with the same label and host unit are one delegation}
   */
  @Value.Parameter
  public abstract Optional<String> delegation();

  /**
   * {@return the planned dates as a range; closed, so {@link LocalDateRange#getEndInclusive()} is
   * {@link #end()}}
   */
  public LocalDateRange dates() {
    return LocalDateRange.ofClosed(start(), end());
  }

  /**
   * {@return the topic compared across officers: Unicode NFC, lower case, runs of white space
   * collapsed to one space, trimmed} "Khảo sát mô hình" and "khảo sát mô hình" are the same topic.
   */
  public String normalizedTopic() {
    return normalize(topic());
  }

  /**
   * {@return the key of the delegation this visit belongs to: its label, or its own id when it has
   * none}
   */
  public String delegationKey() {
    return delegation().orElse(id());
  }

  static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }

  @Value.Check
  void validate() {
    checkNotBlank("planned visit", "id", id());
    String record = "planned visit " + id();
    checkNotBlank(record, "host unit", hostUnit());
    checkNotBlank(record, "topic", topic());
    checkPlausible(record, "start", start());
    checkPlausible(record, "end", end());
    checkOrdered(record, start(), end());
    delegation().ifPresent(d -> checkNotBlank(record, "delegation", d));
  }

  /** {@code PlannedVisit[P-1 2019-04-01..2019-04-05 Huyện đoàn Hàm Tân]}. */
  @Override
  public String toString() {
    return "PlannedVisit[" + id() + " " + start() + ".." + end() + " " + hostUnit() + "]";
  }

  /**
   * Builds a planned visit. The id, the start, the host unit, the host level and the topic are
   * required; the end defaults to the start, and no delegation means a delegation of its own.
   *
   * <p>This class is mutable and not thread-safe; the planned visit it builds is immutable.
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable LocalDate start;
    private @Nullable LocalDate end;
    private @Nullable String hostUnit;
    private @Nullable HostLevel hostLevel;
    private @Nullable String topic;
    private @Nullable String delegation;

    private Builder() {}

    /**
     * The planned visit's identifier.
     *
     * @param id the identifier, not blank
     * @return this builder
     */
    public Builder id(String id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * The first day planned.
     *
     * @param start the first day, inclusive
     * @return this builder
     */
    public Builder start(LocalDate start) {
      this.start = requireNonNull(start, "start");
      return this;
    }

    /**
     * The last day planned; the start when not set.
     *
     * @param end the last day, inclusive
     * @return this builder
     */
    public Builder end(LocalDate end) {
      this.end = requireNonNull(end, "end");
      return this;
    }

    /**
     * The unit to be visited.
     *
     * @param hostUnit the unit's name
     * @return this builder
     */
    public Builder hostUnit(String hostUnit) {
      this.hostUnit = requireNonNull(hostUnit, "hostUnit");
      return this;
    }

    /**
     * The level of the unit to be visited.
     *
     * @param hostLevel the level
     * @return this builder
     */
    public Builder hostLevel(HostLevel hostLevel) {
      this.hostLevel = requireNonNull(hostLevel, "hostLevel");
      return this;
    }

    /**
     * The topic registered.
     *
     * @param topic the topic
     * @return this builder
     */
    public Builder topic(String topic) {
      this.topic = requireNonNull(topic, "topic");
      return this;
    }

    /**
     * The delegation the visit travels with.
     *
     * @param delegation the delegation's label
     * @return this builder
     */
    public Builder delegation(String delegation) {
      this.delegation = requireNonNull(delegation, "delegation");
      return this;
    }

    /**
     * {@return the planned visit}
     *
     * @throws IllegalStateException naming the planned visit's id and the missing fields
     */
    public PlannedVisit build() {
      Checks.checkSet(
          "planned visit",
          id,
          "id",
          id,
          "start",
          start,
          "hostUnit",
          hostUnit,
          "hostLevel",
          hostLevel,
          "topic",
          topic);
      LocalDate first = requireNonNull(start);
      return ImmutablePlannedVisit.instance(
          requireNonNull(id),
          first,
          end != null ? end : first,
          requireNonNull(hostUnit),
          requireNonNull(hostLevel),
          requireNonNull(topic),
          Optional.ofNullable(delegation));
    }
  }
}
