package io.github.dicoso.examples.hr;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.jackson.DicosoModule;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * The HR database as the job sees it: the migration that creates its tables, the reading of one
 * year's population with every bad row named, and the writing of one year's evaluations in one
 * transaction.
 *
 * <p>This class is stateless and thread-safe; each call uses the connection it is given.
 */
final class HrDatabase {
  /** The migration, a plain SQL file among the resources. */
  static final String MIGRATION = "/io/github/dicoso/examples/hr/V1__hr_tables.sql";

  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new DicosoModule());

  private HrDatabase() {}

  /** Creates the tables that do not exist yet (the migration may run any number of times). */
  static void migrate(Connection c) throws SQLException {
    String sql;
    try (InputStream in = HrDatabase.class.getResourceAsStream(MIGRATION)) {
      sql =
          new String(Objects.requireNonNull(in, MIGRATION).readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try (Statement s = c.createStatement()) {
      for (String statement : statements(sql)) {
        s.execute(statement);
      }
    }
  }

  /** The statements of a SQL file: comments dropped, split at semicolons. */
  static List<String> statements(String sql) {
    StringBuilder text = new StringBuilder();
    for (String line : sql.split("\n", -1)) {
      int comment = line.indexOf("--");
      text.append(comment >= 0 ? line.substring(0, comment) : line).append('\n');
    }
    List<String> statements = new ArrayList<>();
    for (String s : text.toString().split(";", -1)) {
      if (!s.isBlank()) {
        statements.add(s.strip());
      }
    }
    return statements;
  }

  /**
   * The population of {@code period}: every officer with their service periods, and the leaves and
   * visits that overlap the period (with those that start in it, so that one ending before it
   * starts is seen).
   *
   * @throws BadRowsException naming every row that cannot be used; then nothing is returned
   */
  static Population read(Connection c, Year year, LocalDateRange period)
      throws SQLException, BadRowsException {
    List<BadRow> bad = new ArrayList<>();
    Map<String, Officer.Builder> officers = new LinkedHashMap<>();
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT officer_id, full_name, officer_level, employment, committee_member,"
                    + " department FROM officers ORDER BY officer_id")) {
      while (r.next()) {
        String id = r.getString("officer_id");
        String key = "officer_id=" + id;
        Level level = constant(Level.class, r, "officers", key, "officer_level", bad);
        Employment employment = constant(Employment.class, r, "officers", key, "employment", bad);
        if (level != null && employment != null) {
          officers.put(
              id,
              Officer.builder()
                  .id(id)
                  .name(r.getString("full_name"))
                  .level(level)
                  .employment(employment)
                  .committeeMember(r.getBoolean("committee_member"))
                  .department(r.getString("department")));
        }
      }
    }
    try (Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT officer_id, start_date, end_date FROM service_periods"
                    + " ORDER BY officer_id, start_date")) {
      while (r.next()) {
        String id = r.getString("officer_id");
        LocalDate start = date(r, "start_date");
        LocalDate end = optionalDate(r, "end_date");
        String key = "officer_id=" + id + ", start_date=" + start;
        if (end != null && end.isBefore(start)) {
          bad.add(endsBefore("service_periods", key, end, start));
          continue;
        }
        Officer.Builder officer = officers.get(id);
        if (officer != null) {
          officer.addServicePeriods(
              end == null ? ServicePeriod.from(start) : ServicePeriod.of(start, end));
        }
      }
    }
    List<Officer> built = new ArrayList<>();
    officers.forEach(
        (id, b) -> build(b::build, "officers", "officer_id=" + id, bad).ifPresent(built::add));

    List<Leave> leaves = new ArrayList<>();
    try (PreparedStatement s =
        overlapping(
            c,
            "SELECT leave_id, officer_id, kind, start_date, end_date FROM leaves",
            period,
            "leave_id")) {
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String key = "leave_id=" + r.getString("leave_id");
          LeaveKind kind = constant(LeaveKind.class, r, "leaves", key, "kind", bad);
          LocalDate start = date(r, "start_date");
          LocalDate end = date(r, "end_date");
          if (end.isBefore(start)) {
            bad.add(endsBefore("leaves", key, end, start));
          } else if (kind != null) {
            Leave.Builder b =
                Leave.builder()
                    .id(r.getString("leave_id"))
                    .officerId(r.getString("officer_id"))
                    .kind(kind)
                    .start(start)
                    .end(end);
            build(b::build, "leaves", key, bad).ifPresent(leaves::add);
          }
        }
      }
    }

    List<Visit> visits = new ArrayList<>();
    try (PreparedStatement s =
        overlapping(
            c,
            "SELECT visit_id, officer_id, start_date, end_date, kinds, host_unit, host_level,"
                + " invited_only, approved, travel_order, half_day, report_date, description"
                + " FROM visits",
            period,
            "visit_id")) {
      try (ResultSet r = s.executeQuery()) {
        while (r.next()) {
          String key = "visit_id=" + r.getString("visit_id");
          HostLevel level = constant(HostLevel.class, r, "visits", key, "host_level", bad);
          Set<KindOfWork> kinds = kinds(r, key, bad);
          LocalDate start = date(r, "start_date");
          LocalDate end = date(r, "end_date");
          if (end.isBefore(start)) {
            bad.add(endsBefore("visits", key, end, start));
          } else if (level != null && kinds != null) {
            Visit.Builder b =
                Visit.builder()
                    .id(r.getString("visit_id"))
                    .officerId(r.getString("officer_id"))
                    .start(start)
                    .end(end)
                    .kinds(kinds)
                    .hostUnit(r.getString("host_unit"))
                    .hostLevel(level)
                    .invitedOnly(r.getBoolean("invited_only"))
                    .approved(r.getBoolean("approved"))
                    .travelOrder(r.getBoolean("travel_order"))
                    .halfDay(r.getBoolean("half_day"))
                    .description(r.getString("description"));
            LocalDate report = optionalDate(r, "report_date");
            if (report != null) {
              b.reportDate(report);
            }
            build(b::build, "visits", key, bad).ifPresent(visits::add);
          }
        }
      }
    }
    if (!bad.isEmpty()) {
      throw new BadRowsException(year, bad);
    }
    return Population.of(built, visits, leaves);
  }

  /**
   * Replaces the evaluations of {@code year} by {@code evaluation}'s, in one transaction: a year is
   * written whole or not at all, and writing it again gives the same rows.
   */
  static void write(Connection c, Year year, PopulationEvaluation evaluation) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      try (PreparedStatement delete =
          c.prepareStatement("DELETE FROM evaluations WHERE eval_year = ?")) {
        delete.setInt(1, year.getValue());
        delete.executeUpdate();
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO evaluations (eval_year, officer_id, policy, status, required_days,"
                  + " credited_days, shortfall_days, findings, document)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (Evaluation e : evaluation.evaluations().values()) {
          insert.setInt(1, year.getValue());
          insert.setString(2, e.officerId());
          insert.setString(3, e.policyName());
          insert.setString(4, e.status().name());
          insert.setBigDecimal(5, e.required().toBigDecimal());
          insert.setBigDecimal(6, e.credited().toBigDecimal());
          insert.setBigDecimal(7, e.shortfall().toBigDecimal());
          insert.setInt(8, e.findings().size());
          insert.setString(9, json(e));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  /** The evaluation's JSON document. */
  static String json(Evaluation e) {
    try {
      return MAPPER.writeValueAsString(e);
    } catch (JsonProcessingException x) {
      throw new IllegalStateException("evaluation of officer " + e.officerId(), x);
    }
  }

  /** The rows that overlap {@code period} or start in it, in key order. */
  private static PreparedStatement overlapping(
      Connection c, String select, LocalDateRange period, String key) throws SQLException {
    PreparedStatement s =
        c.prepareStatement(
            select
                + " WHERE start_date <= ? AND (end_date >= ? OR start_date >= ?) ORDER BY "
                + key);
    s.setDate(1, Date.valueOf(period.getEndInclusive()));
    s.setDate(2, Date.valueOf(period.getStart()));
    s.setDate(3, Date.valueOf(period.getStart()));
    return s;
  }

  private static <E extends Enum<E>> @Nullable E constant(
      Class<E> type, ResultSet r, String table, String key, String column, List<BadRow> bad)
      throws SQLException {
    String value = r.getString(column);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value)) {
        return e;
      }
    }
    bad.add(new BadRow(table, key, column, String.valueOf(value), "is not one of " + names(type)));
    return null;
  }

  /** The kinds of work of a visit row, separated by commas or semicolons; null if one is bad. */
  private static @Nullable Set<KindOfWork> kinds(ResultSet r, String key, List<BadRow> bad)
      throws SQLException {
    String value = r.getString("kinds");
    Set<KindOfWork> kinds = EnumSet.noneOf(KindOfWork.class);
    for (String name : value.split("[,;]", -1)) {
      if (name.isBlank()) {
        continue;
      }
      KindOfWork kind = null;
      for (KindOfWork k : KindOfWork.values()) {
        if (k.name().equals(name.strip())) {
          kind = k;
        }
      }
      if (kind == null) {
        bad.add(
            new BadRow(
                "visits",
                key,
                "kinds",
                value,
                "names '" + name.strip() + "', not one of " + names(KindOfWork.class)));
        return null;
      }
      kinds.add(kind);
    }
    return kinds;
  }

  private static String names(Class<? extends Enum<?>> type) {
    List<String> names = new ArrayList<>();
    for (Enum<?> e : type.getEnumConstants()) {
      names.add(e.name());
    }
    return String.join(", ", names);
  }

  private static BadRow endsBefore(String table, String key, LocalDate end, LocalDate start) {
    return new BadRow(
        table, key, "end_date", end.toString(), "ends before it starts (start_date " + start + ")");
  }

  private static LocalDate date(ResultSet r, String column) throws SQLException {
    return r.getObject(column, LocalDate.class);
  }

  private static @Nullable LocalDate optionalDate(ResultSet r, String column) throws SQLException {
    return r.getObject(column, LocalDate.class);
  }

  /** Builds a value, turning core's error on a bad field into a bad row of {@code table}. */
  private static <T> java.util.Optional<T> build(
      Supplier<T> builder, String table, String key, List<BadRow> bad) {
    try {
      return java.util.Optional.of(builder.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      bad.add(new BadRow(table, key, "*", "", String.valueOf(e.getMessage())));
      return java.util.Optional.empty();
    }
  }
}
