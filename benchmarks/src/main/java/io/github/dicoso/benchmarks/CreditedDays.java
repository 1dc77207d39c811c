package io.github.dicoso.benchmarks;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toCollection;
import static java.util.stream.Collectors.toSet;

import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.accrual.AccrualRule;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.threeten.extra.LocalDateRange;

/**
 * Each officer's credited days, in half days, computed by the library and by the Java Streams code
 * a user might write instead; and the check that two such answers agree.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class CreditedDays {
  private CreditedDays() {}

  /** The counting period of {@code policy} in {@link Population#YEAR}. */
  public static LocalDateRange period(Policy policy) {
    return policy.periodIn(Population.YEAR);
  }

  /** The library's answer: {@link AccrualRule#ledger} per officer. */
  public static long[] library(Policy policy, Population population) {
    LocalDateRange period = period(policy);
    long[] halves = new long[population.size()];
    for (int i = 0; i < halves.length; i++) {
      halves[i] =
          AccrualRule.ledger(policy, population.officers().get(i), period, population.visitsOf(i))
              .credited()
              .halves();
    }
    return halves;
  }

  /**
   * The Streams answer: per officer, the whole-day dates in a {@code HashSet<LocalDate>}, and the
   * half-day dates not among them grouped to the distinct visits that cover them (two make a day).
   */
  public static long[] streams(Policy policy, Population population) {
    LocalDateRange period = period(policy);
    long[] halves = new long[population.size()];
    for (int i = 0; i < halves.length; i++) {
      halves[i] = streams(policy, population.officers().get(i), period, population.visitsOf(i));
    }
    return halves;
  }

  /** The Streams answer for one officer. */
  public static long streams(
      Policy policy, Officer officer, LocalDateRange period, List<Visit> visits) {
    Predicate<Visit> counts =
        v ->
            (policy.get(Parameter.COUNT_INVITED_ONLY) || !v.invitedOnly())
                && (policy.get(Parameter.COUNT_UNAPPROVED) || v.approved())
                && (policy.get(Parameter.COUNT_WITHOUT_TRAVEL_ORDER) || v.travelOrder())
                && (policy.get(Parameter.HALF_DAY_CREDIT) || !v.halfDay());
    Predicate<LocalDate> creditable = d -> period.contains(d) && officer.servedOn(d);
    Set<LocalDate> wholeDays =
        visits.stream()
            .filter(counts)
            .filter(v -> !v.halfDay())
            .flatMap(v -> v.start().datesUntil(v.end().plusDays(1)))
            .filter(creditable)
            .collect(toCollection(HashSet::new));
    Map<LocalDate, Set<String>> halfDays =
        visits.stream()
            .filter(counts)
            .filter(Visit::halfDay)
            .filter(v -> creditable.test(v.start()) && !wholeDays.contains(v.start()))
            .collect(groupingBy(Visit::start, mapping(Visit::id, toSet())));
    return 2L * wholeDays.size()
        + halfDays.values().stream().mapToLong(ids -> ids.size() >= 2 ? 2 : 1).sum();
  }

  /**
   * Checks that {@code actual} agrees with {@code expected} officer by officer.
   *
   * @throws IllegalStateException naming {@code what}, the first officer that disagrees and both
   *     counts
   */
  public static void checkAgree(
      String what, Population population, long[] expected, long[] actual) {
    if (expected.length != actual.length) {
      throw new IllegalStateException(
          what + ": " + actual.length + " counts for " + expected.length + " officers");
    }
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] != actual[i]) {
        throw new IllegalStateException(
            what
                + " disagrees with the library for officer "
                + population.officers().get(i).id()
                + ": "
                + actual[i] / 2.0
                + " credited days, the library says "
                + expected[i] / 2.0);
      }
    }
  }
}
