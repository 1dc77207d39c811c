package io.github.dicoso.leave;

import static io.github.dicoso.internal.Checks.checkNotBlank;
import static io.github.dicoso.internal.Checks.checkOrdered;
import static io.github.dicoso.internal.Checks.checkPlausible;
import static java.util.Objects.requireNonNull;

import io.github.dicoso.internal.Checks;
import io.github.dicoso.internal.InputStyle;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * A leave of absence of one officer, from {@code start} to {@code end}, both inclusive. A leave may
 * carry the id of its row in the HR system; every result that mentions the leave keeps it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@InputStyle
public abstract class Leave {
  Leave() {}

  /** {@return a builder for a leave; officer id, kind, start and end are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A leave of {@code officerId} of the given kind, {@code start} to {@code end} inclusive, with no
   * id.
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

  /** {@return the leave's identifier in the HR system, if it has one} */
  @Value.Parameter
  public abstract Optional<String> id();

  /** {@return the officer on leave} */
  @Value.Parameter
  public abstract String officerId();

  /** {@return the kind of leave} */
  @Value.Parameter
  public abstract LeaveKind kind();

  /** {@return the first day away, inclusive} */
  @Value.Parameter
  public abstract LocalDate start();

  /** {@return the last day away, inclusive} */
  @Value.Parameter
  public abstract LocalDate end();

  /**
   * {@return the days away as a range; closed, so {@link LocalDateRange#getEndInclusive()} is
   * {@link #end()}}
   */
  public LocalDateRange dates() {
    return LocalDateRange.ofClosed(start(), end());
  }

  /** {@return how the leave is named in messages: its id, or its officer, kind and dates} */
  public String label() {
    return id().orElseGet(() -> officerId() + " " + kind() + " " + start() + ".." + end());
  }

  @Value.Check
  void validate() {
    String record = "leave " + label();
    id().ifPresent(i -> checkNotBlank("leave", "id", i));
    checkNotBlank(record, "officer id", officerId());
    checkPlausible(record, "start", start());
    checkPlausible(record, "end", end());
    checkOrdered(record, start(), end());
  }

  /** {@code Leave[L-3 BT-09 MATERNITY 2019-04-15..2019-10-14]}. */
  @Override
  public String toString() {
    return "Leave["
        + id().map(i -> i + " ").orElse("")
        + officerId()
        + " "
        + kind()
        + " "
        + start()
        + ".."
        + end()
        + "]";
  }

  /**
   * Builds a leave. The officer id, the kind, the start and the end are required; the id may be
   * left out.
   *
   * <p>This class is mutable and not thread-safe; the leave it builds is immutable.
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String officerId;
    private @Nullable LeaveKind kind;
    private @Nullable LocalDate start;
    private @Nullable LocalDate end;

    private Builder() {}

    /**
     * The leave's identifier in the HR system.
     *
     * @param id the identifier, not blank
     * @return this builder
     */
    public Builder id(String id) {
      this.id = requireNonNull(id, "id");
      return this;
    }

    /**
     * The officer on leave.
     *
     * @param officerId the officer's id
     * @return this builder
     */
    public Builder officerId(String officerId) {
      this.officerId = requireNonNull(officerId, "officerId");
      return this;
    }

    /**
     * The kind of leave.
     *
     * @param kind the kind
     * @return this builder
     */
    public Builder kind(LeaveKind kind) {
      this.kind = requireNonNull(kind, "kind");
      return this;
    }

    /**
     * The first day away.
     *
     * @param start the first day, inclusive
     * @return this builder
     */
    public Builder start(LocalDate start) {
      this.start = requireNonNull(start, "start");
      return this;
    }

    /**
     * The last day away.
     *
     * @param end the last day, inclusive
     * @return this builder
     */
    public Builder end(LocalDate end) {
      this.end = requireNonNull(end, "end");
      return this;
    }

    /**
     * {@return the leave}
     *
     * @throws IllegalStateException naming the leave and the missing fields
     * @throws IllegalArgumentException if a field is invalid
     */
    public Leave build() {
      Checks.checkSet(
          "leave",
          id != null ? id : officerId,
          "officerId",
          officerId,
          "kind",
          kind,
          "start",
          start,
          "end",
          end);
      return ImmutableLeave.instance(
          Optional.ofNullable(id),
          requireNonNull(officerId),
          requireNonNull(kind),
          requireNonNull(start),
          requireNonNull(end));
    }
  }
}
