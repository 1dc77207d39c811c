package io.github.dicoso.examples.hr;

/**
 * A row of the HR database the job cannot use: its table, its primary key, the column and the
 * value, and what is wrong.
 *
 * @param table the table, e.g. {@code visits}
 * @param key the row's primary key, e.g. {@code visit_id=V-0007}
 * @param column the column, e.g. {@code end_date}
 * @param value the value as the database holds it
 * @param problem what is wrong with it
 */
record BadRow(String table, String key, String column, String value, String problem) {
  /** {@code visits visit_id=V-0007: end_date '2019-03-01' ends before it starts (2019-03-05)}. */
  @Override
  public String toString() {
    return table + " " + key + ": " + column + " '" + value + "' " + problem;
  }
}
