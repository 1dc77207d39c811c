package io.github.dicoso.internal;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Argument checks whose messages name the record, the field and the value. */
public final class Checks {
  /**
   * The earliest date a record may carry: the founding of the Youth Union, 26/3/1931. Anything
   * earlier is a data-entry error, not history.
   */
  public static final LocalDate EARLIEST_PLAUSIBLE = LocalDate.of(1931, 3, 26);

  /** The latest date a record may carry. */
  public static final LocalDate LATEST_PLAUSIBLE = LocalDate.of(2199, 12, 31);

  private Checks() {}

  /** Checks that a date lies within the plausible range, naming the record and the field. */
  public static void checkPlausible(String record, String field, LocalDate date) {
    checkArgument(
        !date.isBefore(EARLIEST_PLAUSIBLE) && !date.isAfter(LATEST_PLAUSIBLE),
        "%s: %s %s is outside the plausible range %s..%s",
        record,
        field,
        date,
        EARLIEST_PLAUSIBLE,
        LATEST_PLAUSIBLE);
  }

  /** Checks that {@code end} is not before {@code start}, naming the record and the fields. */
  public static void checkOrdered(String record, LocalDate start, LocalDate end) {
    checkArgument(!end.isBefore(start), "%s: end %s is before start %s", record, end, start);
  }

  /** Checks that a text value is not blank, naming the record and the field. */
  public static void checkNotBlank(String record, String field, String value) {
    checkArgument(!value.isBlank(), "%s: %s must not be blank (was '%s')", record, field, value);
  }

  /**
   * Checks that every required field of a builder is set, naming the record's kind, its id (when
   * set) and every missing field at once: {@code visit V-1: missing host unit, host level}.
   *
   * @param kind the kind of record, e.g. {@code visit}
   * @param id the record's id, or null when it is not set
   * @param fieldsAndValues pairs of a field's name and its value, null when not set
   * @throws IllegalStateException if any value is null
   */
  public static void checkSet(
      String kind, @Nullable Object id, @Nullable Object... fieldsAndValues) {
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      if (fieldsAndValues[i + 1] == null) {
        missing.add(String.valueOf(fieldsAndValues[i]));
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          kind + " " + (id == null ? "(no id)" : id) + ": missing " + String.join(", ", missing));
    }
  }
}
