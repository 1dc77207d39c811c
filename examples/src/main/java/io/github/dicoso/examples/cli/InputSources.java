package io.github.dicoso.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * The source of one input table given on the command line: a CSV file, or an Excel workbook ({@code
 * .xlsx}) whose sheet named like the table holds it. One workbook may hold all three tables: give
 * it to {@code --officers}, {@code --visits} and {@code --leaves} alike.
 *
 * <p>This class is stateless and thread-safe.
 */
final class InputSources {
  private InputSources() {}

  /**
   * The table {@code table} ({@code officers}, {@code visits}, {@code leaves}, ...) in {@code
   * file}, text dates written in {@code dates}.
   */
  static CsvSource of(Path file, String table, DatePattern dates) {
    if (SheetSource.isWorkbook(file)) {
      return new SheetSource(file, table, dates);
    }
    if (dates.isIso()) {
      return CsvSource.file(file);
    }
    CsvSource csv = CsvSource.file(file);
    return new CsvSource(csv.name()) {
      @Override
      InputStream open() throws IOException {
        return csv.open();
      }

      @Override
      DatePattern dates() {
        return dates;
      }
    };
  }
}
