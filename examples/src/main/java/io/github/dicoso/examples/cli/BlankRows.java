package io.github.dicoso.examples.cli;

import java.util.List;
import java.util.function.Consumer;

/**
 * Rows whose values are all blank, as a spreadsheet leaves them after rows it once formatted: at
 * the end of a file or sheet they are ignored with a warning; followed by a row with values they
 * are a problem, since the gap is then probably a mistake. Never skipped silently.
 *
 * <p>This class is mutable and not thread-safe; one instance serves one file.
 */
final class BlankRows {
  private final String file;
  private final String unit;
  private long first;
  private long last;
  private long count;
  private String text = "";

  /**
   * @param file the file's name in messages
   * @param unit what a row is called there: {@code line} in a CSV file, {@code row} in a sheet
   */
  BlankRows(String file, String unit) {
    this.file = file;
    this.unit = unit;
  }

  /** Whether every value is blank (no value at all included). */
  static boolean isBlank(List<String> values) {
    return values.stream().allMatch(String::isBlank);
  }

  /**
   * Whether the row at {@code line} is blank and so held back; a row with values after blank rows
   * reports them as a problem first.
   */
  boolean skip(long line, List<String> values, Problems problems) {
    if (isBlank(values)) {
      if (count == 0) {
        text = Echo.of(String.join(",", values));
      }
      add(line, 1);
      return true;
    }
    if (count > 0) {
      problems.add(
          file,
          first,
          "",
          text,
          count == 1
              ? "the row is empty (every value is blank) but rows follow; delete it or fill it in"
              : "the row is empty (every value is blank), and so are the "
                  + (count - 1)
                  + " after it up to "
                  + unit
                  + " "
                  + last
                  + ", but rows follow; delete them or fill them in");
      count = 0;
      text = "";
    }
    return false;
  }

  /** Holds back {@code n} blank rows starting at {@code line} (rows a sheet does not store). */
  void add(long line, long n) {
    if (count == 0) {
      first = line;
    }
    last = line + n - 1;
    count += n;
  }

  /** Warns of the blank rows at the end, if any: they are ignored. */
  void atEnd(Consumer<String> warnings) {
    if (count == 0) {
      return;
    }
    warnings.accept(
        file
            + ": "
            + (count == 1
                ? "1 empty row at the end (" + unit + " " + first + ") ignored"
                : count
                    + " empty rows at the end ("
                    + unit
                    + "s "
                    + first
                    + "-"
                    + last
                    + ") ignored"));
    count = 0;
    text = "";
  }
}
