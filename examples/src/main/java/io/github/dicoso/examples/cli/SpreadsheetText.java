package io.github.dicoso.examples.cli;

/**
 * Keeps text from the input from running as a formula when a CSV output is opened in a spreadsheet:
 * a value starting with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return is
 * written with a leading apostrophe, which spreadsheets take as "text". A value that itself starts
 * with an apostrophe gets one too, so that {@link #restore} gives back exactly the original.
 *
 * <p>This class is stateless and thread-safe.
 */
final class SpreadsheetText {
  private static final String TRIGGERS = "=+-@\t\r'";

  private SpreadsheetText() {}

  /** The value as written to a CSV output. */
  static String neutralise(String value) {
    return !value.isEmpty() && TRIGGERS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
  }

  /** The original value of a text written by {@link #neutralise}. */
  static String restore(String written) {
    return written.startsWith("'") ? written.substring(1) : written;
  }
}
