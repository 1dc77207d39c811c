package io.github.dicoso.benchmarks;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.accrual.AccrualRule;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.compliance.UnitReport;
import io.github.dicoso.variant.ComparisonResult;
import io.github.dicoso.variant.VariantComparison;
import java.sql.SQLException;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.threeten.extra.LocalDateRange;

/**
 * One operation is one whole population of one year: officer-years per second are the score times
 * the size, visits per second the score times the visits of the population.
 *
 * <p>Every alternative checks, in its setup, that it credits each officer exactly the days the
 * library credits on the same data, and fails the run if not.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx8g"})
public class PopulationBenchmarks {

  /** The population, the national policy and the library's credited days for each officer. */
  @State(Scope.Benchmark)
  public static class Data {
    /** Officers in the population. */
    @Param({"1000", "10000", "100000"})
    public int size;

    Policy policy;
    LocalDateRange period;
    Population population;
    private long @Nullable [] expected;

    /** Generates the population. */
    @Setup(Level.Trial)
    public void setUp() {
      policy = Policies.national2018();
      period = CreditedDays.period(policy);
      population = Population.generate(size, Population.SEED);
    }

    /** The library's credited days per officer, to check the others against; computed once. */
    synchronized long[] expected() {
      if (expected == null) {
        expected = CreditedDays.library(policy, population);
      }
      return expected;
    }
  }

  /** The population as primitive arrays. */
  @State(Scope.Benchmark)
  public static class ArrayData {
    PrimitiveLimit limit;
    long[] out;

    /** Converts the population and checks the loop's answer. */
    @Setup(Level.Trial)
    public void setUp(Data data) {
      limit = PrimitiveLimit.of(data.policy, data.population);
      out = new long[data.size];
      CreditedDays.checkAgree(
          "limit", data.population, data.expected(), limit.creditedHalves(new long[data.size]));
    }
  }

  /** Checks the Streams answer once before it is measured. */
  @State(Scope.Benchmark)
  public static class Streams {
    /** Checks the Streams answer. */
    @Setup(Level.Trial)
    public void setUp(Data data) {
      CreditedDays.checkAgree(
          "streams",
          data.population,
          data.expected(),
          CreditedDays.streams(data.policy, data.population));
    }
  }

  /** The population loaded into H2, in memory. */
  @State(Scope.Benchmark)
  public static class H2 {
    SqlCounts sql;

    /** Loads the tables and checks the query's answer. */
    @Setup(Level.Trial)
    public void setUp(Data data) throws SQLException {
      sql = SqlCounts.load(SqlCounts.Engine.H2, data.policy, data.population);
      CreditedDays.checkAgree("SQL on H2", data.population, data.expected(), sql.creditedHalves());
    }

    /** Closes the database. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      sql.close();
    }
  }

  /** The population loaded into DuckDB, in process. */
  @State(Scope.Benchmark)
  public static class DuckDb {
    SqlCounts sql;

    /** Loads the tables and checks the query's answer. */
    @Setup(Level.Trial)
    public void setUp(Data data) throws SQLException {
      sql = SqlCounts.load(SqlCounts.Engine.DUCKDB, data.policy, data.population);
      CreditedDays.checkAgree(
          "SQL on DuckDB", data.population, data.expected(), sql.creditedHalves());
    }

    /** Closes the database. */
    @TearDown(Level.Trial)
    public void tearDown() throws SQLException {
      sql.close();
    }
  }

  /** The population as the evaluator takes it, and the evaluator; checked once. */
  @State(Scope.Benchmark)
  public static class Evaluate {
    Evaluator evaluator;
    io.github.dicoso.compliance.Population records;

    /** Builds the records and checks each evaluation's credited days against the ledger's. */
    @Setup(Level.Trial)
    public void setUp(Data data) {
      evaluator = Evaluator.of(data.policy);
      records = data.population.records();
      CreditedDays.checkAgree(
          "evaluate",
          data.population,
          data.expected(),
          credited(evaluator.evaluateAll(records, Population.YEAR)));
    }
  }

  /** The national policy against two presets, on the evaluator's records; checked once. */
  @State(Scope.Benchmark)
  public static class Compare {
    VariantComparison comparison;
    io.github.dicoso.compliance.Population records;

    /**
     * Builds the comparison and checks each policy's credited days against that policy's ledger.
     */
    @Setup(Level.Trial)
    public void setUp(Data data) {
      comparison =
          VariantComparison.of(data.policy, Policies.thirtyDayYear(), Policies.hostLevelSplit());
      records = data.population.records();
      ComparisonResult result = comparison.compare(records, Population.YEAR);
      for (Policy policy : result.policyNames().stream().map(n -> policy(result, n)).toList()) {
        CreditedDays.checkAgree(
            "compare (" + policy.name() + ")",
            data.population,
            policy.equals(data.policy)
                ? data.expected()
                : CreditedDays.library(policy, data.population),
            credited(Objects.requireNonNull(result.evaluations().get(policy.name()))));
      }
    }

    private static Policy policy(ComparisonResult result, String name) {
      return result.baseline().name().equals(name)
          ? result.baseline()
          : result.variants().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }
  }

  /** Each officer's credited days in half days, in the population's order (officer ids sort so). */
  static long[] credited(PopulationEvaluation evaluation) {
    return evaluation.evaluations().values().stream()
        .mapToLong(e -> e.credited().halves())
        .toArray();
  }

  /**
   * The full annual evaluation: eligibility, exemptions, requirement, ledger, findings and status
   * of every officer, then the unit report.
   */
  @Benchmark
  public UnitReport evaluate(Evaluate evaluate) {
    return evaluate
        .evaluator
        .evaluateAll(evaluate.records, Population.YEAR)
        .report("benchmark population");
  }

  /**
   * The full annual evaluation streamed: each officer evaluated and added to the unit report's
   * collector, so no evaluation is held once counted.
   */
  @Benchmark
  public UnitReport evaluateStreaming(Evaluate evaluate) {
    return evaluate.records.records().stream()
        .map(r -> evaluate.evaluator.evaluate(r, Population.YEAR))
        .collect(UnitReport.collector("benchmark population"));
  }

  /** The national policy against a 30-day year and a host-level split, on the whole population. */
  @Benchmark
  public ComparisonResult compare(Compare compare) {
    return compare.comparison.compare(compare.records, Population.YEAR);
  }

  /** Day accrual alone: {@link AccrualRule#ledger} for every officer. */
  @Benchmark
  public void ledger(Data data, Blackhole blackhole) {
    for (int i = 0; i < data.size; i++) {
      blackhole.consume(
          AccrualRule.ledger(
              data.policy,
              data.population.officers().get(i),
              data.period,
              data.population.visitsOf(i)));
    }
  }

  /** The limit: credited-day counts from primitive arrays and 366-bit sets. */
  @Benchmark
  public long[] limit(ArrayData arrays) {
    return arrays.limit.creditedHalves(arrays.out);
  }

  /** Credited-day counts by Java Streams and {@code HashSet<LocalDate>}. */
  @Benchmark
  public long[] streams(Data data, Streams checked) {
    return CreditedDays.streams(data.policy, data.population);
  }

  /** Credited-day counts by SQL in H2. */
  @Benchmark
  public long[] sqlH2(H2 h2) throws SQLException {
    return h2.sql.creditedHalves();
  }

  /** Credited-day counts by SQL in DuckDB. */
  @Benchmark
  public long[] sqlDuckDb(DuckDb duckDb) throws SQLException {
    return duckDb.sql.creditedHalves();
  }
}
