package io.github.dicoso.examples.cli;

/**
 * One problem found in an input file: the file, the line (1 is the header), the column and the
 * value concerned, and what is wrong with it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param file the file's name as the user gave it
 * @param line the line number, 1-based; the header is line 1; 0 for the whole file
 * @param column the column's header name; empty for a problem with the whole row
 * @param value the value as read, {@linkplain Echo#of shortened} to at most 80 characters with
 *     control characters escaped; empty for a missing column
 * @param message what is wrong, e.g. {@code not a date (expected YYYY-MM-DD)}; quotes of input text
 *     in it are already {@linkplain Echo shortened}
 */
public record InputProblem(String file, long line, String column, String value, String message) {
  /** Shortens the value, so that a problem never holds more of a bad field than it shows. */
  public InputProblem {
    value = Echo.of(value);
  }

  /**
   * {@code visits.csv line 12, column start, value '2019-02-30': not a date (expected YYYY-MM-DD)};
   * a problem with the whole file (line 0) is {@code visits.csv: message}.
   */
  @Override
  public String toString() {
    if (line == 0) {
      return file + ": " + message;
    }
    StringBuilder s =
        new StringBuilder(file).append(SheetSource.isSheet(file) ? " row " : " line ").append(line);
    if (!column.isEmpty()) {
      s.append(", column ").append(column);
    }
    s.append(", value '").append(value).append("': ").append(message);
    return s.toString();
  }
}
