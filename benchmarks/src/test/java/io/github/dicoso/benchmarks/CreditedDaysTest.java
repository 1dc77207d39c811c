package io.github.dicoso.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Citation;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The agreement checks the benchmarks make in their setup, on a small population. */
class CreditedDaysTest {
  private static final Policy NATIONAL = Policies.national2018();
  private static final Population POPULATION = Population.generate(300, Population.SEED);
  private static final long[] LIBRARY = CreditedDays.library(NATIONAL, POPULATION);

  /** A variant that flips every switch the alternatives read. */
  private static final Policy STRICT =
      Policy.variantOf(NATIONAL)
          .name("strict")
          .document(Citation.libraryDefault("test"))
          .set(Parameter.COUNT_INVITED_ONLY, true)
          .set(Parameter.COUNT_UNAPPROVED, false)
          .set(Parameter.COUNT_WITHOUT_TRAVEL_ORDER, false)
          .set(Parameter.HALF_DAY_CREDIT, false)
          .build();

  @Test
  void library_population_creditsHalfDaysAndNeverMoreThanTheYear() {
    assertThat(Arrays.stream(LIBRARY)).anyMatch(h -> h % 2 == 1);
    assertThat(Arrays.stream(LIBRARY)).allMatch(h -> h >= 0 && h <= 2L * 365);
    assertThat(Arrays.stream(LIBRARY).sum()).isPositive();
  }

  @Test
  void limit_national_agreesWithLibrary() {
    long[] limit = PrimitiveLimit.of(NATIONAL, POPULATION).creditedHalves();
    assertThat(limit).isEqualTo(LIBRARY);
  }

  @Test
  void limit_strictVariant_agreesWithLibrary() {
    long[] limit = PrimitiveLimit.of(STRICT, POPULATION).creditedHalves();
    assertThat(limit).isEqualTo(CreditedDays.library(STRICT, POPULATION)).isNotEqualTo(LIBRARY);
  }

  @Test
  void streams_nationalAndStrict_agreeWithLibrary() {
    assertThat(CreditedDays.streams(NATIONAL, POPULATION)).isEqualTo(LIBRARY);
    assertThat(CreditedDays.streams(STRICT, POPULATION))
        .isEqualTo(CreditedDays.library(STRICT, POPULATION));
  }

  @Test
  void sql_h2_agreesWithLibrary() throws Exception {
    try (SqlCounts sql = SqlCounts.load(SqlCounts.Engine.H2, NATIONAL, POPULATION)) {
      assertThat(sql.creditedHalves()).isEqualTo(LIBRARY);
    }
  }

  @Test
  void sql_duckDb_agreesWithLibrary() throws Exception {
    try (SqlCounts sql = SqlCounts.load(SqlCounts.Engine.DUCKDB, NATIONAL, POPULATION)) {
      assertThat(sql.creditedHalves()).isEqualTo(LIBRARY);
    }
  }

  @Test
  void sql_strictVariant_agreesWithLibrary() throws Exception {
    try (SqlCounts sql = SqlCounts.load(SqlCounts.Engine.DUCKDB, STRICT, POPULATION)) {
      assertThat(sql.creditedHalves()).isEqualTo(CreditedDays.library(STRICT, POPULATION));
    }
  }

  @Test
  void checkAgree_oneOfficerDiffers_throwsNamingTheOfficerAndBothCounts() {
    long[] wrong = LIBRARY.clone();
    wrong[7] += 1;
    assertThatThrownBy(() -> CreditedDays.checkAgree("limit", POPULATION, LIBRARY, wrong))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("limit")
        .hasMessageContaining(POPULATION.officers().get(7).id())
        .hasMessageContaining(" " + (LIBRARY[7] + 1) / 2.0 + " credited days")
        .hasMessageContaining("library says " + LIBRARY[7] / 2.0);
  }

  @Test
  void checkAgree_equalCounts_passes() {
    CreditedDays.checkAgree("limit", POPULATION, LIBRARY, LIBRARY.clone());
    assertThat(LIBRARY).isNotEmpty();
  }
}
