package io.github.dicoso.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * One table of an Excel workbook ({@code .xlsx}): the sheet named like the table ({@code officers},
 * {@code visits}, {@code leaves}; case and surrounding spaces ignored), or the workbook's only
 * sheet. Its rows feed the same {@link CsvTable.Row}s as a CSV file, so that validation is the
 * same; problems name the workbook, the sheet, the row (as Excel numbers it), the column and the
 * value.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SheetSource extends CsvSource {
  private static final String SHEET = ", sheet ";

  private final Path workbook;
  private final String sheet;
  private final DatePattern dates;

  SheetSource(Path workbook, String sheet, DatePattern dates) {
    super(name(workbook.toString(), sheet));
    this.workbook = workbook;
    this.sheet = sheet;
    this.dates = dates;
  }

  /** Whether {@code file} names an Excel workbook by its extension. */
  static boolean isWorkbook(Path file) {
    return file.getFileName() != null
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /** {@code book.xlsx, sheet visits}: how problems name a sheet. */
  static String name(String workbook, String sheet) {
    return workbook + SHEET + sheet;
  }

  /**
   * Whether a problem's file is a sheet, whose rows are called rows ({@code row 12}) rather than
   * lines.
   */
  static boolean isSheet(String file) {
    int at = file.lastIndexOf(SHEET);
    return at > 0 && file.substring(0, at).toLowerCase(Locale.ROOT).endsWith(".xlsx");
  }

  /** The workbook's file. */
  Path workbook() {
    return workbook;
  }

  /** The name of the sheet wanted. */
  String sheet() {
    return sheet;
  }

  @Override
  InputStream open() throws IOException {
    return Files.newInputStream(workbook);
  }

  @Override
  DatePattern dates() {
    return dates;
  }
}
