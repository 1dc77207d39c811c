package io.github.dicoso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.compliance.UnitReport;
import io.github.dicoso.variant.ComparisonResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each benchmark's setup (which checks it against the library) and one operation, on 200 officers.
 */
class PopulationBenchmarksTest {
  private static final PopulationBenchmarks BENCHMARKS = new PopulationBenchmarks();
  private static final PopulationBenchmarks.Data DATA = new PopulationBenchmarks.Data();

  @BeforeAll
  static void generate() {
    DATA.size = 200;
    DATA.setUp();
  }

  @Test
  void limit_setUpAndOperation_returnTheLibrarysCounts() {
    PopulationBenchmarks.ArrayData arrays = new PopulationBenchmarks.ArrayData();
    arrays.setUp(DATA);
    assertThat(BENCHMARKS.limit(arrays)).isEqualTo(DATA.expected());
  }

  @Test
  void streams_setUpAndOperation_returnTheLibrarysCounts() {
    PopulationBenchmarks.Streams checked = new PopulationBenchmarks.Streams();
    checked.setUp(DATA);
    assertThat(BENCHMARKS.streams(DATA, checked)).isEqualTo(DATA.expected());
  }

  @Test
  void sql_setUpAndOperation_returnTheLibrarysCounts() throws Exception {
    PopulationBenchmarks.H2 h2 = new PopulationBenchmarks.H2();
    h2.setUp(DATA);
    try {
      assertThat(BENCHMARKS.sqlH2(h2)).isEqualTo(DATA.expected());
    } finally {
      h2.tearDown();
    }
    PopulationBenchmarks.DuckDb duckDb = new PopulationBenchmarks.DuckDb();
    duckDb.setUp(DATA);
    try {
      assertThat(BENCHMARKS.sqlDuckDb(duckDb)).isEqualTo(DATA.expected());
    } finally {
      duckDb.tearDown();
    }
  }

  @Test
  void evaluate_setUpAndOperation_reportTheWholePopulation() {
    PopulationBenchmarks.Evaluate evaluate = new PopulationBenchmarks.Evaluate();
    evaluate.setUp(DATA);
    UnitReport report = BENCHMARKS.evaluate(evaluate);
    assertThat(report.inScope()).isEqualTo(200);
    assertThat(report.exempt()).isPositive();
    assertThat(report.totalCredited().halves()).isPositive();
  }

  @Test
  void compare_setUpAndOperation_evaluateThreePolicies() {
    PopulationBenchmarks.Compare compare = new PopulationBenchmarks.Compare();
    compare.setUp(DATA);
    ComparisonResult result = BENCHMARKS.compare(compare);
    assertThat(result.policyNames()).hasSize(3);
    assertThat(result.statusChanges()).isNotEmpty();
  }
}
