package io.github.dicoso.compliance;

import com.google.common.collect.Maps;
import io.github.dicoso.Days;
import io.github.dicoso.accrual.CreditedDay;
import io.github.dicoso.leave.LeaveKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.immutables.value.Value;

/**
 * The figures a unit (an agency, a department, a province) reports for a period, as Tỉnh đoàn Bình
 * Thuận reported 2019: "excluding those cases, 14/21 officers ... 100%; total 1,785 days; average
 * 61.57 days".
 *
 * <p>Counts: {@code subject + notSubject = inScope}; {@code exempt} is the sum of {@link
 * #exemptByReason()}; {@code evaluated = subject - exempt} (those held to the requirement); {@code
 * compliant + nonCompliant = evaluated}. The rate, the total, the average and the distribution of
 * credited days are over the evaluated officers only. Host units covered are the distinct units
 * with at least one credited day of any officer in scope.
 *
 * <p>Exact figures: {@link #rate()} is {@code compliant / evaluated} rounded half-even to {@value
 * #RATE_SCALE} decimal places (1.0000 is 100%); {@link #averageCredited()} is rounded half-even to
 * {@value #AVERAGE_SCALE} places; {@link #medianCredited()} is exact, at scale {@value
 * #AVERAGE_SCALE}. All are empty when no officer is evaluated.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class UnitReport {
  /** Decimal places of {@link #rate()}. */
  public static final int RATE_SCALE = 4;

  /** Decimal places of {@link #averageCredited()} and {@link #medianCredited()}. */
  public static final int AVERAGE_SCALE = 2;

  UnitReport() {}

  /** {@return a builder for a report; {@link #of(String, Iterable)} computes one} */
  public static ImmutableUnitReport.Builder builder() {
    return ImmutableUnitReport.builder();
  }

  /**
   * The report over {@code evaluations}, named {@code name}, with one sub-report per department
   * (officers with no department are under the empty name). The order of the evaluations changes
   * nothing.
   *
   * @param name the unit's name
   * @param evaluations the evaluations, in any order
   * @return the report
   */
  public static UnitReport of(String name, Iterable<Evaluation> evaluations) {
    List<Evaluation> all = new ArrayList<>();
    Map<String, List<Evaluation>> byDepartment = new LinkedHashMap<>();
    for (Evaluation e : evaluations) {
      all.add(e);
      byDepartment.computeIfAbsent(e.department(), d -> new ArrayList<>()).add(e);
    }
    // each evaluation's host units are read once: the unit's are the union of its departments'
    Map<String, UnitReport> departments = new LinkedHashMap<>();
    Set<String> unitHostUnits = new HashSet<>();
    byDepartment.forEach(
        (department, list) -> {
          Set<String> hostUnits = new HashSet<>();
          for (Evaluation e : list) {
            addHostUnits(e, hostUnits);
          }
          unitHostUnits.addAll(hostUnits);
          departments.put(department, figures(department, list, hostUnits).build());
        });
    return figures(name, all, unitHostUnits).putAllByDepartment(departments).build();
  }

  /**
   * Adds the host units of the evaluation's credited days (its {@link Evaluation#hostUnits()},
   * without building that ordered set); consecutive days of one visit share one set, added once.
   */
  private static void addHostUnits(Evaluation e, Set<String> hostUnits) {
    Set<String> previous = null;
    for (CreditedDay d : e.ledger().days().values()) {
      if (d.hostUnits() != previous) {
        previous = d.hostUnits();
        hostUnits.addAll(previous);
      }
    }
  }

  private static ImmutableUnitReport.Builder figures(
      String name, List<Evaluation> evaluations, Set<String> hostUnitsCovered) {
    int subject = 0;
    int compliant = 0;
    int nonCompliant = 0;
    Map<LeaveKind, Integer> exempt = new EnumMap<>(LeaveKind.class);
    List<Days> credited = new ArrayList<>();
    SortedSet<String> hostUnits = new TreeSet<>(hostUnitsCovered);
    for (Evaluation e : evaluations) {
      switch (e.status()) {
        case NOT_SUBJECT -> {}
        case EXEMPT -> {
          subject++;
          exempt.merge(e.exemptionReason().orElseThrow(), 1, Integer::sum);
        }
        case COMPLIANT -> {
          subject++;
          compliant++;
          credited.add(e.credited());
        }
        case NON_COMPLIANT -> {
          subject++;
          nonCompliant++;
          credited.add(e.credited());
        }
      }
    }
    credited.sort(null);
    int evaluated = credited.size();
    Days total = credited.stream().reduce(Days.ZERO, Days::plus);
    ImmutableUnitReport.Builder b =
        builder()
            .name(name)
            .inScope(evaluations.size())
            .subject(subject)
            .notSubject(evaluations.size() - subject)
            .exemptByReason(Maps.immutableEnumMap(exempt))
            .exempt(exempt.values().stream().mapToInt(Integer::intValue).sum())
            .evaluated(evaluated)
            .compliant(compliant)
            .nonCompliant(nonCompliant)
            .totalCredited(total)
            .hostUnits(hostUnits);
    if (evaluated > 0) {
      BigDecimal n = BigDecimal.valueOf(evaluated);
      b.rate(BigDecimal.valueOf(compliant).divide(n, RATE_SCALE, RoundingMode.HALF_EVEN))
          .averageCredited(total.toBigDecimal().divide(n, AVERAGE_SCALE, RoundingMode.HALF_EVEN))
          .minCredited(credited.get(0))
          .maxCredited(credited.get(evaluated - 1))
          .medianCredited(median(credited));
    }
    return b;
  }

  private static BigDecimal median(List<Days> sorted) {
    int n = sorted.size();
    long twiceMedianHalves =
        n % 2 == 1
            ? 2 * sorted.get(n / 2).halves()
            : sorted.get(n / 2 - 1).halves() + sorted.get(n / 2).halves();
    // twice the median in half days: divide by 4 for days; exact at two decimal places
    return BigDecimal.valueOf(twiceMedianHalves)
        .divide(BigDecimal.valueOf(4))
        .setScale(AVERAGE_SCALE);
  }

  /**
   * {@return the unit's name, or the department's name in a breakdown (empty for no department)}
   */
  public abstract String name();

  /** {@return officers in scope: every officer evaluated in the unit} */
  public abstract int inScope();

  /** {@return officers subject to the requirement (including the exempt)} */
  public abstract int subject();

  /** {@return officers not subject} */
  public abstract int notSubject();

  /**
   * {@return exempt officers by the kind of leave that exempts them; kinds with none are absent}
   */
  public abstract Map<LeaveKind, Integer> exemptByReason();

  /** {@return exempt officers} */
  public abstract int exempt();

  /** {@return officers held to the requirement: subject and not exempt} */
  public abstract int evaluated();

  /** {@return evaluated officers who are compliant} */
  public abstract int compliant();

  /** {@return evaluated officers who are not compliant} */
  public abstract int nonCompliant();

  /**
   * {@return {@code compliant / evaluated} at {@value #RATE_SCALE} places; empty when none is
   * evaluated}
   */
  public abstract Optional<BigDecimal> rate();

  /** {@return days credited to the evaluated officers, in total} */
  public abstract Days totalCredited();

  /** {@return average days credited per evaluated officer, at {@value #AVERAGE_SCALE} places} */
  public abstract Optional<BigDecimal> averageCredited();

  /** {@return fewest days credited to an evaluated officer} */
  public abstract Optional<Days> minCredited();

  /**
   * {@return median days credited to the evaluated officers (the mean of the middle two for an even
   * count)}
   */
  public abstract Optional<BigDecimal> medianCredited();

  /** {@return most days credited to an evaluated officer} */
  public abstract Optional<Days> maxCredited();

  /** {@return the distinct host units with at least one credited day, in name order} */
  @Value.NaturalOrder
  public abstract SortedSet<String> hostUnits();

  /**
   * {@return the same figures for each department, by department name; empty inside a breakdown}
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, UnitReport> byDepartment();

  /** {@return the number of distinct host units covered} */
  public int hostUnitsCovered() {
    return hostUnits().size();
  }

  /**
   * {@return the compliance rate in percent at two places ({@code 100.00}), if any officer is
   * evaluated}
   */
  public Optional<BigDecimal> ratePercent() {
    return rate().map(r -> r.movePointRight(2).setScale(RATE_SCALE - 2, RoundingMode.HALF_EVEN));
  }

  /**
   * The report as text, in English for any locale but Vietnamese ({@code vi}).
   *
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the text, lines separated by {@code \n}
   */
  public String render(Locale locale) {
    return ComplianceText.unitReport(this, locale);
  }

  @Value.Check
  void validate() {
    String record = "unit report " + name();
    check(
        subject() + notSubject() == inScope(),
        "%s: subject %s + not subject %s != in scope %s",
        record,
        subject(),
        notSubject(),
        inScope());
    int byReason = exemptByReason().values().stream().mapToInt(Integer::intValue).sum();
    check(
        byReason == exempt(),
        "%s: exempt by reason %s add up to %s, not exempt %s",
        record,
        exemptByReason(),
        byReason,
        exempt());
    check(
        subject() - exempt() == evaluated(),
        "%s: subject %s - exempt %s != evaluated %s",
        record,
        subject(),
        exempt(),
        evaluated());
    check(
        compliant() + nonCompliant() == evaluated(),
        "%s: compliant %s + non-compliant %s != evaluated %s",
        record,
        compliant(),
        nonCompliant(),
        evaluated());
    check(
        rate().isPresent() == (evaluated() > 0),
        "%s: rate %s with evaluated %s",
        record,
        rate(),
        evaluated());
  }

  private static void check(boolean ok, String format, Object... args) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, format, args));
    }
  }
}
