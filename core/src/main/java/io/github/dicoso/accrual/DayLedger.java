package io.github.dicoso.accrual;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import io.github.dicoso.Days;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.function.Function;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * The day ledger of one officer for one period: every credited date with what was done on it, and
 * every input visit with what became of it.
 *
 * <p>Totals by kind of work and by host level count the days on which that kind or level occurred,
 * so they can add up to more than {@link #credited()}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class DayLedger {
  DayLedger() {}

  /** {@return the officer} */
  public abstract String officerId();

  /** {@return the counting period} */
  public abstract LocalDateRange period();

  /** {@return every credited date, in date order} */
  @Value.NaturalOrder
  public abstract SortedMap<LocalDate, CreditedDay> days();

  /** {@return one entry per input visit, in input order (a visit given twice has two entries)} */
  public abstract List<VisitEntry> entries();

  /** {@return the days credited: each date once, a half or a whole day} */
  @Value.Derived
  public Days credited() {
    long halves = 0;
    for (CreditedDay d : days().values()) {
      halves += d.credit().halves();
    }
    return Days.ofHalves(halves);
  }

  /** {@return days on which each kind of work occurred; kinds that never occurred are absent} */
  @Value.Derived
  public Map<KindOfWork, Days> byKind() {
    return totals(KindOfWork.class, CreditedDay::kinds);
  }

  /** {@return days on which each host level was visited; levels never visited are absent} */
  @Value.Derived
  public Map<HostLevel, Days> byHostLevel() {
    return totals(HostLevel.class, CreditedDay::hostLevels);
  }

  /**
   * The days on which each constant occurs in {@code setOf} a credited day. Consecutive days often
   * share one set instance (the days of one visit), so credit is summed over such a run first.
   */
  private <E extends Enum<E>> Map<E, Days> totals(
      Class<E> type, Function<CreditedDay, Set<E>> setOf) {
    E[] constants = type.getEnumConstants();
    long[] halves = new long[constants.length];
    boolean[] occurred = new boolean[constants.length];
    Set<E> run = null;
    long runHalves = 0;
    for (CreditedDay d : days().values()) {
      Set<E> set = setOf.apply(d);
      if (set != run) {
        addRun(run, runHalves, halves, occurred);
        run = set;
        runHalves = 0;
      }
      runHalves += d.credit().halves();
    }
    addRun(run, runHalves, halves, occurred);
    return totals(type, halves, occurred);
  }

  private static <E extends Enum<E>> void addRun(
      @Nullable Set<E> run, long runHalves, long[] halves, boolean[] occurred) {
    if (run != null) {
      for (E e : run) {
        halves[e.ordinal()] += runHalves;
        occurred[e.ordinal()] = true;
      }
    }
  }

  private static <E extends Enum<E>> Map<E, Days> totals(
      Class<E> type, long[] halves, boolean[] occurred) {
    Map<E, Days> totals = new EnumMap<>(type);
    E[] constants = type.getEnumConstants();
    for (int i = 0; i < constants.length; i++) {
      if (occurred[i]) {
        totals.put(constants[i], Days.ofHalves(halves[i]));
      }
    }
    return Maps.immutableEnumMap(totals);
  }

  /**
   * Days of one kind of work (zero if none).
   *
   * @param kind the kind of work
   * @return the days on which that kind of work occurred
   */
  public Days daysOf(KindOfWork kind) {
    return byKind().getOrDefault(kind, Days.ZERO);
  }

  /**
   * Days at one host level (zero if none).
   *
   * @param level the host level
   * @return the days credited at that host level
   */
  public Days daysAt(HostLevel level) {
    return byHostLevel().getOrDefault(level, Days.ZERO);
  }

  /**
   * {@return the distinct host units with at least one credited day; computed once, when first
   * asked}
   */
  @Value.Lazy
  public Set<String> hostUnits() {
    ImmutableSet.Builder<String> units = ImmutableSet.builder();
    Set<String> previous = null;
    for (CreditedDay d : days().values()) {
      // consecutive days of one visit share one set; adding it again would change nothing
      if (d.hostUnits() != previous) {
        previous = d.hostUnits();
        units.addAll(previous);
      }
    }
    return units.build();
  }
}
