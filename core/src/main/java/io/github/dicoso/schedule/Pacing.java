package io.github.dicoso.schedule;

import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * An officer's pace towards the period's requirement at a date, with the numbers behind the status:
 * days credited so far, approved planned days still ahead, the projection, the most that can still
 * be reached, and the quarterly targets.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Pacing {
  Pacing() {}

  /** {@return the officer} */
  public abstract String officerId();

  /**
   * {@return the date of the assessment; days on or before it are "so far", days after it "ahead"}
   */
  public abstract LocalDate asOf();

  /**
   * {@return the counting period; closed ({@link LocalDateRange#getEndInclusive()} is its last
   * day)}
   */
  public abstract LocalDateRange period();

  /** {@return days required in the period} */
  public abstract Days required();

  /** {@return days credited on dates up to and including {@link #asOf()}} */
  public abstract Days creditedSoFar();

  /**
   * {@return dates after {@link #asOf()}, in the period and in service, covered by planned visits
   * of the officer's approved plans; each date one day}
   */
  public abstract Days plannedAhead();

  /**
   * {@return dates of service in the period after {@link #asOf()}: the most days that can still be
   * earned, one per date}
   */
  public abstract long remainingDates();

  /** {@return the status} */
  public abstract PaceStatus status();

  /** {@return the target of each quarter of the period's year, Q1 to Q4} */
  public abstract Map<YearQuarter, Days> quarterlyTargets();

  /** {@return the citations of the requirement and of the quarterly targets} */
  public abstract List<Citation> citations();

  /** {@return credited so far plus planned ahead} */
  public Days projected() {
    return creditedSoFar().plus(plannedAhead());
  }

  /** {@return credited so far plus one day for every remaining date of service} */
  public Days reachable() {
    return creditedSoFar().plus(Days.of(remainingDates()));
  }

  /**
   * {@return the projection's shortfall against the requirement; zero when the projection reaches
   * it}
   */
  public Days projectedShortfall() {
    return required().minusFloorZero(projected());
  }

  /**
   * {@return the sum of the targets of the quarters that have ended on or before {@link #asOf()}}
   */
  public Days targetToDate() {
    Days sum = Days.ZERO;
    for (Map.Entry<YearQuarter, Days> e : quarterlyTargets().entrySet()) {
      if (!e.getKey().atEndOfQuarter().isAfter(asOf())) {
        sum = sum.plus(e.getValue());
      }
    }
    return sum;
  }

  /** {@return whether the days credited so far fall below {@link #targetToDate()}} */
  public boolean behindQuarterlyTargets() {
    return creditedSoFar().isLessThan(targetToDate());
  }
}
