package io.github.dicoso.accrual;

import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * What the ledger did with one input visit: the dates it credited and, for every other date of the
 * visit, why it earned nothing. Every date of the visit is in exactly one of the two.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VisitEntry {
  VisitEntry() {}

  /** The outcome of a visit as a whole. */
  public enum Outcome {
    /** Every date of the visit is credited. */
    CREDITED,
    /** Some dates are credited, others are not (e.g. a visit spanning the period's end). */
    PARTLY_CREDITED,
    /** No date is credited. */
    EXCLUDED
  }

  /** {@return the visit as it was given} */
  public abstract Visit visit();

  /**
   * {@return the visit's dates that are credited} A date also covered by another visit is listed
   * for both; the ledger counts it once.
   */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> creditedDates();

  /** {@return the visit's dates that are not credited, each with the reason} */
  @Value.NaturalOrder
  public abstract SortedMap<LocalDate, Exclusion> excludedDates();

  /** {@return the outcome for the visit as a whole} */
  public Outcome outcome() {
    if (excludedDates().isEmpty()) {
      return Outcome.CREDITED;
    }
    return creditedDates().isEmpty() ? Outcome.EXCLUDED : Outcome.PARTLY_CREDITED;
  }

  /** {@return whether at least one date is credited} */
  public boolean credited() {
    return !creditedDates().isEmpty();
  }

  /** {@return the distinct reasons for the dates not credited, in order of first date} */
  public Set<Exclusion> exclusions() {
    return com.google.common.collect.ImmutableSet.copyOf(excludedDates().values());
  }

  @Value.Check
  void validate() {
    long dates = visit().lengthInDays();
    Collection<Exclusion> excluded = excludedDates().values();
    if (creditedDates().size() + excluded.size() != dates) {
      throw new IllegalArgumentException(
          "visit "
              + visit().id()
              + ": "
              + creditedDates().size()
              + " credited and "
              + excluded.size()
              + " excluded dates do not add up to its "
              + dates
              + " days");
    }
  }
}
