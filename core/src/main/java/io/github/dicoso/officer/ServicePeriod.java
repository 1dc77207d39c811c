package io.github.dicoso.officer;

import static io.github.dicoso.internal.Checks.checkOrdered;
import static io.github.dicoso.internal.Checks.checkPlausible;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * A period during which an officer held their post: from the day they joined (or transferred in) to
 * the last day before they left (or transferred out), both inclusive. An open end means the officer
 * is still in post.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ServicePeriod {
  ServicePeriod() {}

  /** {@return the first day of service, inclusive} */
  @Value.Parameter
  public abstract LocalDate start();

  /** {@return the last day of service, inclusive; empty while the officer is in post} */
  @Value.Parameter
  public abstract Optional<LocalDate> end();

  /**
   * A closed period of service, {@code start} to {@code end} inclusive.
   *
   * @param start the first day in post
   * @param end the last day in post, not before {@code start}
   * @return the period
   */
  public static ServicePeriod of(LocalDate start, LocalDate end) {
    return ImmutableServicePeriod.instance(start, Optional.of(end));
  }

  /**
   * An open period of service, from {@code start} with no end yet.
   *
   * @param start the first day in post
   * @return the period
   */
  public static ServicePeriod from(LocalDate start) {
    return ImmutableServicePeriod.instance(start, Optional.empty());
  }

  /**
   * Parses {@code 2019-03-01..2019-12-31} (closed) or {@code 2019-03-01..} (open end).
   *
   * @param text the period's text
   * @return the period
   * @throws IllegalArgumentException naming the text if it is not of that form
   */
  public static ServicePeriod parse(CharSequence text) {
    String s = text.toString().trim();
    int dots = s.indexOf("..");
    if (dots < 0) {
      throw new IllegalArgumentException(
          "service period '" + s + "' is not of the form 2019-03-01..2019-12-31 or 2019-03-01..");
    }
    try {
      LocalDate start = LocalDate.parse(s.substring(0, dots).trim());
      String end = s.substring(dots + 2).trim();
      return end.isEmpty() ? from(start) : of(start, LocalDate.parse(end));
    } catch (java.time.DateTimeException e) {
      throw new IllegalArgumentException("service period '" + s + "': " + e.getMessage(), e);
    }
  }

  /**
   * Whether the officer was in post on {@code date}.
   *
   * @param date the date
   * @return whether the period covers it
   */
  public boolean covers(LocalDate date) {
    return !date.isBefore(start()) && end().map(e -> !date.isAfter(e)).orElse(true);
  }

  /**
   * {@return the dates in post: a closed range, or one with an {@linkplain
   * LocalDateRange#isUnboundedEnd() unbounded end} while the officer is in post}
   */
  public LocalDateRange dates() {
    return end()
        .map(e -> LocalDateRange.ofClosed(start(), e))
        .orElseGet(() -> LocalDateRange.ofUnboundedEnd(start()));
  }

  @Value.Check
  void validate() {
    checkPlausible("service period", "start", start());
    end()
        .ifPresent(
            e -> {
              checkPlausible("service period", "end", e);
              checkOrdered("service period", start(), e);
            });
  }

  @Override
  public String toString() {
    return start() + ".." + end().map(LocalDate::toString).orElse("");
  }
}
