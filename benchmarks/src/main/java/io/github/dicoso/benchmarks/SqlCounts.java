package io.github.dicoso.benchmarks;

import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import io.github.dicoso.visit.Visit;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.Locale;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.threeten.extra.LocalDateRange;

/**
 * Each officer's credited days computed by SQL in an embedded database, the way a user with the
 * data in tables would: drop the visits the policy does not count, expand the others to their dates
 * in the counting period, keep the dates the officer was in post, then count each (officer, date)
 * once: a whole day if a whole-day visit or two distinct half-day visits cover it, half a day
 * otherwise. With whole-day visits only this is {@code COUNT(DISTINCT visit_date)} per officer;
 * grouping by date first is the same count with the library's half-day rule.
 *
 * <p>The tables are loaded once ({@link #load}); {@link #creditedHalves} runs the query.
 *
 * <p>Instances are not thread-safe: they own one JDBC connection.
 */
public final class SqlCounts implements AutoCloseable {
  /** An embedded SQL engine. */
  public enum Engine {
    /** H2, in memory. */
    H2("jdbc:h2:mem:"),
    /** DuckDB, in process and in memory. */
    DUCKDB("jdbc:duckdb:");

    private final String url;

    Engine(String url) {
      this.url = url;
    }
  }

  private static final String[] SCHEMA = {
    "CREATE TABLE officers (id INTEGER PRIMARY KEY, always_in_post BOOLEAN NOT NULL)",
    "CREATE TABLE service (officer INTEGER NOT NULL, start_date DATE NOT NULL, end_date DATE)",
    "CREATE TABLE visits (id INTEGER PRIMARY KEY, officer INTEGER NOT NULL, start_date DATE NOT NULL,"
        + " end_date DATE NOT NULL, invited_only BOOLEAN NOT NULL, approved BOOLEAN NOT NULL,"
        + " travel_order BOOLEAN NOT NULL, half_day BOOLEAN NOT NULL)",
    "CREATE TABLE calendar (visit_date DATE PRIMARY KEY)",
  };

  private static final String[] INDEXES = {
    "CREATE INDEX service_officer ON service (officer)",
  };

  private final Engine engine;
  private final Connection connection;
  private final String query;
  private final int officers;

  private SqlCounts(Engine engine, Connection connection, String query, int officers) {
    this.engine = engine;
    this.connection = connection;
    this.query = query;
    this.officers = officers;
  }

  /** Opens an in-memory database of {@code engine} and loads {@code population} into it. */
  public static SqlCounts load(Engine engine, Policy policy, Population population)
      throws SQLException {
    Connection connection = DriverManager.getConnection(engine.url);
    try {
      try (Statement s = connection.createStatement()) {
        for (String ddl : SCHEMA) {
          s.execute(ddl);
        }
      }
      LocalDateRange period = CreditedDays.period(policy);
      if (engine == Engine.DUCKDB) {
        loadDuckDb((DuckDBConnection) connection, population, period);
      } else {
        loadJdbc(connection, population, period);
      }
      try (Statement s = connection.createStatement()) {
        for (String ddl : INDEXES) {
          s.execute(ddl);
        }
        if (engine == Engine.H2) {
          s.execute("ANALYZE");
          // H2 would otherwise hand back the previous result of an unchanged query
          s.execute("SET OPTIMIZE_REUSE_RESULTS FALSE");
        }
      }
      return new SqlCounts(engine, connection, query(policy, engine, period), population.size());
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  /**
   * The query for {@code policy} on {@code engine}: the policy's switches become the visit filter.
   * DuckDB expands each visit to its dates with {@code generate_series} and keeps those in the
   * period; H2, which has no such lateral expansion, joins the calendar of the period. A visit
   * yields each of its dates once, so per (officer, date) a whole-day visit adds 2 half days and a
   * half-day visit 1, capped at 2: the library's half-day rule.
   */
  static String query(Policy policy, Engine engine, LocalDateRange period) {
    StringBuilder counted = new StringBuilder("TRUE");
    if (!policy.get(Parameter.COUNT_INVITED_ONLY)) {
      counted.append(" AND NOT v.invited_only");
    }
    if (!policy.get(Parameter.COUNT_UNAPPROVED)) {
      counted.append(" AND v.approved");
    }
    if (!policy.get(Parameter.COUNT_WITHOUT_TRAVEL_ORDER)) {
      counted.append(" AND v.travel_order");
    }
    if (!policy.get(Parameter.HALF_DAY_CREDIT)) {
      counted.append(" AND NOT v.half_day");
    }
    String visitDays =
        engine == Engine.DUCKDB
            ? String.join(
                "\n",
                "  SELECT officer, id, half_day, visit_date FROM (",
                "    SELECT v.officer, v.id, v.half_day,",
                "      CAST(unnest(generate_series(v.start_date, v.end_date, INTERVAL 1 DAY)) AS DATE) AS visit_date",
                "    FROM visits v WHERE " + counted + ")",
                "  WHERE visit_date BETWEEN DATE '"
                    + period.getStart()
                    + "' AND DATE '"
                    + period.getEndInclusive()
                    + "'")
            : String.join(
                "\n",
                "  SELECT v.officer, v.id, v.half_day, c.visit_date",
                "  FROM visits v JOIN calendar c ON c.visit_date BETWEEN v.start_date AND v.end_date",
                "  WHERE " + counted);
    return String.join(
        "\n",
        "WITH visit_days AS (",
        visitDays,
        "), served_days AS (",
        "  SELECT d.officer, d.half_day, d.visit_date",
        "  FROM visit_days d JOIN officers o ON o.id = d.officer",
        "  WHERE o.always_in_post OR EXISTS (",
        "    SELECT 1 FROM service s WHERE s.officer = d.officer",
        "    AND d.visit_date >= s.start_date AND (s.end_date IS NULL OR d.visit_date <= s.end_date))",
        "), per_date AS (",
        "  SELECT officer, visit_date, LEAST(2, SUM(CASE WHEN half_day THEN 1 ELSE 2 END)) AS halves",
        "  FROM served_days GROUP BY officer, visit_date",
        ")",
        "SELECT officer, SUM(halves) AS halves FROM per_date GROUP BY officer");
  }

  /** Each officer's credited days, in half days, indexed as in the population. */
  public long[] creditedHalves() throws SQLException {
    long[] halves = new long[officers];
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        halves[rs.getInt(1)] = rs.getLong(2);
      }
    }
    return halves;
  }

  /** The engine. */
  public Engine engine() {
    return engine;
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  private static void loadJdbc(Connection c, Population population, LocalDateRange period)
      throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement officer = c.prepareStatement("INSERT INTO officers VALUES (?, ?)");
        PreparedStatement service = c.prepareStatement("INSERT INTO service VALUES (?, ?, ?)");
        PreparedStatement visit =
            c.prepareStatement("INSERT INTO visits VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        PreparedStatement day = c.prepareStatement("INSERT INTO calendar VALUES (?)")) {
      int visitId = 0;
      for (int i = 0; i < population.size(); i++) {
        Officer o = population.officers().get(i);
        officer.setInt(1, i);
        officer.setBoolean(2, o.servicePeriods().isEmpty());
        officer.addBatch();
        for (ServicePeriod p : o.servicePeriods()) {
          service.setInt(1, i);
          service.setObject(2, p.start());
          if (p.end().isPresent()) {
            service.setObject(3, p.end().get());
          } else {
            service.setNull(3, Types.DATE);
          }
          service.addBatch();
        }
        for (Visit v : population.visitsOf(i)) {
          visit.setInt(1, visitId++);
          visit.setInt(2, i);
          visit.setObject(3, v.start());
          visit.setObject(4, v.end());
          visit.setBoolean(5, v.invitedOnly());
          visit.setBoolean(6, v.approved());
          visit.setBoolean(7, v.travelOrder());
          visit.setBoolean(8, v.halfDay());
          visit.addBatch();
        }
        if (i % 1000 == 999) {
          officer.executeBatch();
          service.executeBatch();
          visit.executeBatch();
        }
      }
      officer.executeBatch();
      service.executeBatch();
      visit.executeBatch();
      for (LocalDate d : (Iterable<LocalDate>) period.stream()::iterator) {
        day.setObject(1, d);
        day.addBatch();
      }
      day.executeBatch();
    }
    c.commit();
    c.setAutoCommit(true);
  }

  private static void loadDuckDb(DuckDBConnection c, Population population, LocalDateRange period)
      throws SQLException {
    try (DuckDBAppender officer = c.createAppender("officers");
        DuckDBAppender service = c.createAppender("service");
        DuckDBAppender visit = c.createAppender("visits");
        DuckDBAppender day = c.createAppender("calendar")) {
      int visitId = 0;
      for (int i = 0; i < population.size(); i++) {
        Officer o = population.officers().get(i);
        officer.beginRow().append(i).append(o.servicePeriods().isEmpty()).endRow();
        for (ServicePeriod p : o.servicePeriods()) {
          service.beginRow().append(i).append(p.start());
          if (p.end().isPresent()) {
            service.append(p.end().get());
          } else {
            service.appendNull();
          }
          service.endRow();
        }
        for (Visit v : population.visitsOf(i)) {
          visit
              .beginRow()
              .append(visitId++)
              .append(i)
              .append(v.start())
              .append(v.end())
              .append(v.invitedOnly())
              .append(v.approved())
              .append(v.travelOrder())
              .append(v.halfDay())
              .endRow();
        }
      }
      for (LocalDate d : (Iterable<LocalDate>) period.stream()::iterator) {
        day.beginRow().append(d).endRow();
      }
    }
  }

  @Override
  public String toString() {
    return engine.name().toLowerCase(Locale.ROOT);
  }
}
