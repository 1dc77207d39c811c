package io.github.dicoso.accrual;

import io.github.dicoso.Days;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One credited calendar date: its credit (a half or a whole day, never more) and what was done on
 * it, gathered from every credited visit that covers it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CreditedDay {
  CreditedDay() {}

  static CreditedDay create(
      LocalDate date,
      Days credit,
      Set<KindOfWork> kinds,
      Set<HostLevel> hostLevels,
      Set<String> hostUnits,
      Set<String> visitIds) {
    return ImmutableCreditedDay.instance(date, credit, kinds, hostLevels, hostUnits, visitIds);
  }

  /** {@return the date} */
  @Value.Parameter
  public abstract LocalDate date();

  /** {@return the credit: {@link Days#HALF} or {@link Days#ONE}} */
  @Value.Parameter
  public abstract Days credit();

  /** {@return the kinds of work done on the date} */
  @Value.Parameter
  public abstract Set<KindOfWork> kinds();

  /** {@return the levels of the units visited on the date} */
  @Value.Parameter
  public abstract Set<HostLevel> hostLevels();

  /** {@return the units visited on the date} */
  @Value.Parameter
  public abstract Set<String> hostUnits();

  /** {@return the credited visits that cover the date} */
  @Value.Parameter
  public abstract Set<String> visitIds();
}
