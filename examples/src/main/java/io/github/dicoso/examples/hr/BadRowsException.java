package io.github.dicoso.examples.hr;

import java.time.Year;
import java.util.List;

/** The rows of one year the job cannot use; nothing of that year is written. */
final class BadRowsException extends Exception {
  private static final long serialVersionUID = 1L;

  private final Year year;

  @SuppressWarnings("serial") // the job's own exception, never serialized
  private final List<BadRow> rows;

  BadRowsException(Year year, List<BadRow> rows) {
    super(message(year, rows));
    this.year = year;
    this.rows = List.copyOf(rows);
  }

  /** {@return the year not written} */
  Year year() {
    return year;
  }

  /** {@return the bad rows, table by table} */
  List<BadRow> rows() {
    return rows;
  }

  private static String message(Year year, List<BadRow> rows) {
    StringBuilder s =
        new StringBuilder(
            year + ": not written; " + rows.size() + " bad row(s) in the HR database:");
    rows.forEach(r -> s.append("\n  ").append(r));
    return s.toString();
  }
}
