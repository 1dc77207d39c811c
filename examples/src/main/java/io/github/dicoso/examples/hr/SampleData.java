package io.github.dicoso.examples.hr;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Loads the sample bundled with the examples (a constructed provincial agency of 25 officers over
 * 2019: resources {@code /sample/officers.csv}, {@code leaves.csv}, {@code visits.csv}) into the HR
 * tables, in one transaction.
 *
 * <p>This class is stateless and thread-safe.
 */
final class SampleData {
  private SampleData() {}

  /** Inserts the sample's rows; the tables are expected to be empty. */
  static void load(Connection c) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try {
      officers(c);
      leaves(c);
      visits(c);
      c.commit();
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  private static void officers(Connection c) throws SQLException {
    try (PreparedStatement officer =
            c.prepareStatement(
                "INSERT INTO officers (officer_id, full_name, officer_level, employment,"
                    + " committee_member, department) VALUES (?, ?, ?, ?, ?, ?)");
        PreparedStatement period =
            c.prepareStatement(
                "INSERT INTO service_periods (officer_id, start_date, end_date)"
                    + " VALUES (?, ?, ?)")) {
      for (CSVRecord r : records("officers.csv")) {
        officer.setString(1, r.get("officer_id"));
        officer.setString(2, r.get("name"));
        officer.setString(3, r.get("level"));
        officer.setString(4, r.get("employment"));
        officer.setBoolean(5, Boolean.parseBoolean(r.get("committee_member")));
        officer.setString(6, r.get("department"));
        officer.executeUpdate();
        String service = r.get("service").strip();
        if (!service.isEmpty()) {
          String[] ends = service.split("\\.\\.", -1);
          period.setString(1, r.get("officer_id"));
          period.setDate(2, Date.valueOf(LocalDate.parse(ends[0])));
          if (ends.length < 2 || ends[1].isBlank()) {
            period.setNull(3, Types.DATE);
          } else {
            period.setDate(3, Date.valueOf(LocalDate.parse(ends[1])));
          }
          period.executeUpdate();
        }
      }
    }
  }

  private static void leaves(Connection c) throws SQLException {
    try (PreparedStatement leave =
        c.prepareStatement(
            "INSERT INTO leaves (leave_id, officer_id, kind, start_date, end_date)"
                + " VALUES (?, ?, ?, ?, ?)")) {
      int n = 0;
      for (CSVRecord r : records("leaves.csv")) {
        leave.setString(1, String.format("L-%04d", ++n));
        leave.setString(2, r.get("officer_id"));
        leave.setString(3, r.get("kind"));
        leave.setDate(4, Date.valueOf(LocalDate.parse(r.get("start"))));
        leave.setDate(5, Date.valueOf(LocalDate.parse(r.get("end"))));
        leave.executeUpdate();
      }
    }
  }

  private static void visits(Connection c) throws SQLException {
    try (PreparedStatement visit =
        c.prepareStatement(
            "INSERT INTO visits (visit_id, officer_id, start_date, end_date, kinds, host_unit,"
                + " host_level, invited_only, approved, travel_order, half_day, report_date,"
                + " description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (CSVRecord r : records("visits.csv")) {
        LocalDate start = LocalDate.parse(r.get("start"));
        String end = r.get("end").strip();
        visit.setString(1, r.get("visit_id"));
        visit.setString(2, r.get("officer_id"));
        visit.setDate(3, Date.valueOf(start));
        visit.setDate(4, Date.valueOf(end.isEmpty() ? start : LocalDate.parse(end)));
        visit.setString(5, r.get("kinds"));
        visit.setString(6, r.get("host_unit"));
        visit.setString(7, r.get("host_level"));
        visit.setBoolean(8, flag(r.get("invited"), false));
        visit.setBoolean(9, flag(r.get("approved"), true));
        visit.setBoolean(10, flag(r.get("travel_order"), true));
        visit.setBoolean(11, flag(r.get("half_day"), false));
        String report = r.get("report_date").strip();
        if (report.isEmpty()) {
          visit.setNull(12, Types.DATE);
        } else {
          visit.setDate(12, Date.valueOf(LocalDate.parse(report)));
        }
        visit.setString(13, r.get("description"));
        visit.addBatch();
      }
      visit.executeBatch();
    }
  }

  private static boolean flag(String text, boolean absent) {
    return text.isBlank() ? absent : Boolean.parseBoolean(text.strip());
  }

  private static List<CSVRecord> records(String file) {
    String resource = "/sample/" + file;
    try (InputStream in = SampleData.class.getResourceAsStream(resource);
        Reader reader =
            new InputStreamReader(Objects.requireNonNull(in, resource), StandardCharsets.UTF_8)) {
      return CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .get()
          .parse(reader)
          .getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
