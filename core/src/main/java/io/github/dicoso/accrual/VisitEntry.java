package io.github.dicoso.accrual;

import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * What the ledger did with one input visit: the dates it credited and, for every other date of the
 * visit, why it earned nothing, as closed ranges. Every date of the visit is in exactly one of
 * them. A date also covered by another visit is credited for both; the ledger counts it once.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class VisitEntry {
  VisitEntry() {}

  static VisitEntry create(
      Visit visit,
      Set<KindOfWork> kinds,
      List<LocalDateRange> credited,
      Map<Exclusion, List<LocalDateRange>> excluded) {
    return ImmutableVisitEntry.instance(visit, kinds, credited, excluded);
  }

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
  @Value.Parameter
  public abstract Visit visit();

  /**
   * {@return the kinds of work credited for the visit: its own, or those suggested from its
   * description when it names none; empty when nothing is credited}
   */
  @Value.Parameter
  public abstract Set<KindOfWork> kinds();

  /** {@return the visit's dates that are credited, as closed ranges in date order} */
  @Value.Parameter
  public abstract List<LocalDateRange> creditedDates();

  /**
   * {@return the visit's dates that are not credited, by reason in the order of {@link Exclusion},
   * each as closed ranges in date order}
   */
  @Value.Parameter
  public abstract Map<Exclusion, List<LocalDateRange>> excludedDates();

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

  /** {@return the number of dates credited} */
  public long creditedDays() {
    return creditedDates().stream().mapToLong(LocalDateRange::lengthInDays).sum();
  }

  /** {@return the reasons for the dates not credited, in the order of {@link Exclusion}} */
  public Set<Exclusion> exclusions() {
    return excludedDates().keySet();
  }

  /** {@code VisitEntry[V-1 CREDITED]}. */
  @Override
  public String toString() {
    return "VisitEntry[" + visit().id() + " " + outcome() + "]";
  }
}
