package io.github.dicoso.compliance;

import static java.util.Objects.requireNonNull;

import io.github.dicoso.Days;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.internal.Messages;
import io.github.dicoso.leave.LeaveKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collector;
import org.immutables.value.Value;

/**
 * The figures a unit (an agency, a department, a province) reports for a period, as Tỉnh đoàn Bình
 * Thuận reported 2019: "excluding those cases, 14/21 officers ... 100%; total 1,785 days; average
 * 61.57 days".
 *
 * <p>Counts: {@code subject + notSubject = inScope}; {@code exempt} is the sum of {@link
 * #exemptByReason()}; {@code evaluated = subject - exempt} (those held to the requirement); {@code
 * compliant + nonCompliant = evaluated}. The rate, the total, the average, the distribution of
 * credited days and the host units covered are over the evaluated officers only.
 *
 * <p>Exact figures: {@link #rate()} is {@code compliant / evaluated} rounded half-even to {@value
 * #RATE_SCALE} decimal places (1.0000 is 100%); {@link #averageCredited()} is rounded half-even to
 * {@value #AVERAGE_SCALE} places; {@link #medianCredited()} is exact, at scale {@value
 * #AVERAGE_SCALE}. All are empty when no officer is evaluated.
 *
 * <p>A report is computed by an {@link Accumulator}, one evaluation at a time, so that a report
 * over any number of officer-years never holds the evaluations. Reports are made by the library
 * only.
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

  /** The factory that rebuilds a stored result, reached through {@code internal.Friends}. */
  @SuppressWarnings("TooManyParameters") // one per field: the stored form of every field
  static UnitReport create(
      String name,
      int inScope,
      int subject,
      int notSubject,
      Map<LeaveKind, Integer> exemptByReason,
      int exempt,
      int evaluated,
      int compliant,
      int nonCompliant,
      Map<Hint.Binding, Integer> nonCompliantBy,
      Optional<BigDecimal> rate,
      Days totalCredited,
      Optional<BigDecimal> averageCredited,
      Optional<Days> minCredited,
      Optional<BigDecimal> medianCredited,
      Optional<Days> maxCredited,
      SortedSet<String> hostUnits,
      Map<String, UnitReport> byDepartment) {
    return new ImmutableUnitReport.Builder()
        .name(name)
        .inScope(inScope)
        .subject(subject)
        .notSubject(notSubject)
        .exemptByReason(exemptByReason)
        .exempt(exempt)
        .evaluated(evaluated)
        .compliant(compliant)
        .nonCompliant(nonCompliant)
        .nonCompliantBy(nonCompliantBy)
        .rate(rate)
        .totalCredited(totalCredited)
        .averageCredited(averageCredited)
        .minCredited(minCredited)
        .medianCredited(medianCredited)
        .maxCredited(maxCredited)
        .hostUnits(hostUnits)
        .byDepartment(byDepartment)
        .build();
  }

  /**
   * An accumulator of the report named {@code name}.
   *
   * @param name the unit's name
   * @return an empty accumulator
   */
  public static Accumulator accumulator(String name) {
    return new Accumulator(requireNonNull(name, "name"));
  }

  /**
   * A collector of evaluations into the report named {@code name}.
   *
   * @param name the unit's name
   * @return the collector
   */
  public static Collector<Evaluation, ?, UnitReport> collector(String name) {
    requireNonNull(name, "name");
    return Collector.of(
        () -> new Accumulator(name), Accumulator::add, Accumulator::combine, Accumulator::build);
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
    Accumulator a = accumulator(name);
    evaluations.forEach(a::add);
    return a.build();
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
   * {@return non-compliant officers by the constraint that binds: below the requirement, below a
   * host-level minimum, below a kind minimum; constraints with none are absent}
   */
  public abstract Map<Hint.Binding, Integer> nonCompliantBy();

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

  /**
   * {@return the distinct host units with at least one credited day of an evaluated officer, in
   * name order}
   */
  @Value.NaturalOrder
  public abstract SortedSet<String> hostUnits();

  /**
   * {@return the same figures for each department, by department name; empty inside a breakdown}
   */
  @Value.NaturalOrder
  public abstract SortedMap<String, UnitReport> byDepartment();

  /** {@return the number of distinct host units covered by the evaluated officers} */
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
   * The report as text, with its breakdown by department.
   *
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the text, lines separated by {@code \n}
   */
  public String render(Locale locale) {
    StringBuilder s = new StringBuilder();
    s.append(
        Messages.format(
            locale, "report.title", Map.<String, Object>of("name", name()), Vocabulary::value));
    appendFigures(s, locale, this, "  ");
    if (!byDepartment().isEmpty()) {
      s.append('\n').append("  ").append(Messages.text(locale, "report.departments"));
      byDepartment()
          .forEach(
              (name, department) -> {
                s.append('\n')
                    .append("  - ")
                    .append(name.isEmpty() ? Messages.text(locale, "report.noDepartment") : name);
                appendFigures(s, locale, department, "      ");
              });
    }
    return s.toString();
  }

  private static void appendFigures(StringBuilder s, Locale locale, UnitReport r, String indent) {
    String none = Messages.text(locale, "label.none");
    StringJoiner reasons = new StringJoiner(", ");
    r.exemptByReason()
        .forEach(
            (kind, count) ->
                reasons.add(
                    Messages.format(
                        locale,
                        "report.reason",
                        Map.<String, Object>of("kind", kind, "count", count),
                        Vocabulary::value)));
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("inScope", r.inScope());
    values.put("subject", r.subject());
    values.put("notSubject", r.notSubject());
    values.put("exempt", r.exempt());
    values.put("reasons", reasons.length() == 0 ? none : reasons.toString());
    values.put("evaluated", r.evaluated());
    values.put("compliant", r.compliant());
    values.put("nonCompliant", r.nonCompliant());
    values.put(
        "rate",
        r.ratePercent()
            .<Object>map(
                p ->
                    Messages.format(
                        locale,
                        "report.percent",
                        Map.<String, Object>of("rate", p),
                        Vocabulary::value))
            .orElse(none));
    values.put("total", r.totalCredited());
    values.put("average", r.averageCredited().<Object>map(a -> a).orElse(none));
    values.put("min", r.minCredited().<Object>map(a -> a).orElse(none));
    values.put("median", r.medianCredited().<Object>map(a -> a).orElse(none));
    values.put("max", r.maxCredited().<Object>map(a -> a).orElse(none));
    values.put("hostUnits", r.hostUnitsCovered());
    values.put("hostLevel", r.nonCompliantBy().getOrDefault(Hint.Binding.HOST_LEVEL, 0));
    values.put("kind", r.nonCompliantBy().getOrDefault(Hint.Binding.KIND, 0));
    String[] keys = {
      "report.scope", "report.exempt", "report.evaluated", "report.days", "report.hosts"
    };
    for (String key : keys) {
      s.append('\n').append(indent).append(Messages.format(locale, key, values, Vocabulary::value));
      if (key.equals("report.evaluated")
          && (r.nonCompliantBy().containsKey(Hint.Binding.HOST_LEVEL)
              || r.nonCompliantBy().containsKey(Hint.Binding.KIND))) {
        Map<String, Object> binding = new LinkedHashMap<>(values);
        binding.put("total", r.nonCompliantBy().getOrDefault(Hint.Binding.TOTAL, 0));
        s.append('\n')
            .append(indent)
            .append(Messages.format(locale, "report.binding", binding, Vocabulary::value));
      }
    }
  }

  @Value.Check
  void validate() {
    String record = "unit report " + name();
    check(subject() + notSubject() == inScope(), "%s: subject + not subject != in scope", record);
    int byReason = exemptByReason().values().stream().mapToInt(Integer::intValue).sum();
    check(byReason == exempt(), "%s: exempt by reason does not add up", record);
    check(subject() - exempt() == evaluated(), "%s: subject - exempt != evaluated", record);
    check(
        compliant() + nonCompliant() == evaluated(),
        "%s: compliant + non-compliant != evaluated",
        record);
    int byBinding = nonCompliantBy().values().stream().mapToInt(Integer::intValue).sum();
    check(byBinding == nonCompliant(), "%s: non-compliant by binding does not add up", record);
    check(rate().isPresent() == (evaluated() > 0), "%s: rate without evaluated", record);
  }

  private static void check(boolean ok, String format, String record) {
    if (!ok) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, format, record));
    }
  }

  /** {@code UnitReport[Tỉnh đoàn X: 7 evaluated, 5 compliant]}. */
  @Override
  public String toString() {
    return "UnitReport["
        + name()
        + ": "
        + evaluated()
        + " evaluated, "
        + compliant()
        + " compliant]";
  }

  /**
   * Adds evaluations one at a time and computes the report of a unit and of each of its
   * departments, holding counts, the credited days of the evaluated officers and the host units
   * they covered, never the evaluations.
   *
   * <p>This class is mutable and not thread-safe; the report it builds is immutable.
   */
  public static final class Accumulator {
    private final String name;
    private final Figures unit;
    private final Map<String, Figures> departments = new TreeMap<>();

    private Accumulator(String name) {
      this.name = name;
      this.unit = new Figures();
    }

    /**
     * Adds one evaluation.
     *
     * @param evaluation the evaluation
     * @return this accumulator
     */
    public Accumulator add(Evaluation evaluation) {
      requireNonNull(evaluation, "evaluation");
      unit.add(evaluation);
      departments.computeIfAbsent(evaluation.department(), d -> new Figures()).add(evaluation);
      return this;
    }

    private Accumulator combine(Accumulator other) {
      unit.combine(other.unit);
      other.departments.forEach(
          (d, f) -> departments.computeIfAbsent(d, x -> new Figures()).combine(f));
      return this;
    }

    /** {@return the report over the evaluations added so far} */
    public UnitReport build() {
      ImmutableUnitReport.Builder report = unit.report(name);
      departments.forEach((d, f) -> report.putByDepartment(d, f.report(d).build()));
      return report.build();
    }
  }

  /** The running figures of one unit or department. */
  private static final class Figures {
    private int inScope;
    private int subject;
    private int compliant;
    private final Map<LeaveKind, Integer> exempt = new EnumMap<>(LeaveKind.class);
    private final Map<Hint.Binding, Integer> binding = new EnumMap<>(Hint.Binding.class);
    private long[] credited = new long[16];
    private int evaluated;
    private final SortedSet<String> hostUnits = new TreeSet<>();

    void add(Evaluation e) {
      inScope++;
      switch (e.status()) {
        case NOT_SUBJECT -> {}
        case EXEMPT -> {
          subject++;
          exempt.merge(e.exemptionReason().orElseThrow(), 1, Integer::sum);
        }
        case COMPLIANT, NON_COMPLIANT -> {
          subject++;
          if (e.status() == Status.COMPLIANT) {
            compliant++;
          } else {
            binding.merge(e.hint().orElseThrow().binding(), 1, Integer::sum);
          }
          credit(e.credited().halves());
          hostUnits.addAll(e.hostUnits());
        }
      }
    }

    private void credit(long halves) {
      if (evaluated == credited.length) {
        credited = Arrays.copyOf(credited, 2 * credited.length);
      }
      credited[evaluated++] = halves;
    }

    void combine(Figures other) {
      inScope += other.inScope;
      subject += other.subject;
      compliant += other.compliant;
      other.exempt.forEach((k, n) -> exempt.merge(k, n, Integer::sum));
      other.binding.forEach((k, n) -> binding.merge(k, n, Integer::sum));
      for (int i = 0; i < other.evaluated; i++) {
        credit(other.credited[i]);
      }
      hostUnits.addAll(other.hostUnits);
    }

    ImmutableUnitReport.Builder report(String name) {
      long[] sorted = Arrays.copyOf(credited, evaluated);
      Arrays.sort(sorted);
      long total = 0;
      for (long h : sorted) {
        total += h;
      }
      int exemptCount = exempt.values().stream().mapToInt(Integer::intValue).sum();
      ImmutableUnitReport.Builder b =
          new ImmutableUnitReport.Builder()
              .name(name)
              .inScope(inScope)
              .subject(subject)
              .notSubject(inScope - subject)
              .exemptByReason(exempt)
              .exempt(exemptCount)
              .evaluated(evaluated)
              .compliant(compliant)
              .nonCompliant(evaluated - compliant)
              .nonCompliantBy(binding)
              .totalCredited(Days.ofHalves(total))
              .hostUnits(hostUnits);
      if (evaluated > 0) {
        BigDecimal n = BigDecimal.valueOf(evaluated);
        b.rate(BigDecimal.valueOf(compliant).divide(n, RATE_SCALE, RoundingMode.HALF_EVEN))
            .averageCredited(
                Days.ofHalves(total)
                    .toBigDecimal()
                    .divide(n, AVERAGE_SCALE, RoundingMode.HALF_EVEN))
            .minCredited(Days.ofHalves(sorted[0]))
            .maxCredited(Days.ofHalves(sorted[evaluated - 1]))
            .medianCredited(median(sorted));
      }
      return b;
    }

    private static BigDecimal median(long[] sorted) {
      int n = sorted.length;
      long twiceMedianHalves = n % 2 == 1 ? 2 * sorted[n / 2] : sorted[n / 2 - 1] + sorted[n / 2];
      // twice the median in half days: divide by 4 for days; exact at two decimal places
      return BigDecimal.valueOf(twiceMedianHalves)
          .divide(BigDecimal.valueOf(4))
          .setScale(AVERAGE_SCALE);
    }
  }
}
