package io.github.dicoso.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.jspecify.annotations.Nullable;

/**
 * Reads one table from a sheet of an Excel workbook into the {@link CsvTable.Row}s the CSV reader
 * feeds, so that every value is validated exactly as in a CSV file. Row 1 is the header; rows are
 * numbered as Excel shows them.
 *
 * <p>Each cell becomes the text a CSV file would hold: text as it is; a number in a date format (a
 * real Excel date) as a date in the run's {@linkplain DatePattern date pattern}; another number
 * without trailing zeros ({@code 12}, {@code 1.5}); TRUE and FALSE as {@code true} and {@code
 * false}; a formula as its last computed value. A cell holding an Excel error ({@code #N/A}) is a
 * problem, and so is a value in a column without a header. Empty rows at the end of the sheet are
 * ignored with a warning; empty rows followed by rows with values are a problem.
 *
 * <p>This class is stateless and thread-safe.
 */
final class SheetTable {
  private static final Set<String> ERRORS =
      Set.of(
          "#N/A", "#VALUE!", "#REF!", "#DIV/0!", "#NUM!", "#NAME?", "#NULL!", "#SPILL!", "#CALC!");

  private SheetTable() {}

  /**
   * Reads the table of {@code source}, as {@link CsvTable#read} reads a CSV file.
   *
   * @return the number of rows read, empty rows left out; -1 if the sheet could not be read
   */
  static long read(
      SheetSource source,
      CsvTable.Schema schema,
      Problems problems,
      Consumer<String> warnings,
      Progress progress,
      Consumer<CsvTable.Row> rows) {
    String workbookName = source.workbook().toString();
    Optional<String> unusable = unusable(source.workbook());
    if (unusable.isPresent()) {
      problems.add(workbookName, 0, "", "", unusable.get());
      return -1;
    }
    try (ReadableWorkbook book =
        new ReadableWorkbook(source.workbook().toFile(), new ReadingOptions(true, false))) {
      List<Sheet> sheets = book.getSheets().toList();
      Optional<Sheet> sheet = choose(sheets, source.sheet());
      if (sheet.isEmpty()) {
        problems.add(
            workbookName,
            0,
            "",
            "",
            "the workbook has no sheet named '"
                + source.sheet()
                + "' (its sheets: "
                + sheets.stream()
                    .map(s -> "'" + s.getName() + "'")
                    .collect(Collectors.joining(", "))
                + "); name the sheet of the "
                + source.sheet()
                + " so, or give a workbook of one sheet");
        return -1;
      }
      String file = SheetSource.name(workbookName, sheet.get().getName());
      try (Stream<Row> stream = sheet.get().openStream()) {
        return readRows(
            file, stream.iterator(), source.dates(), schema, problems, warnings, progress, rows);
      }
    } catch (IOException | UncheckedIOException | ExcelReaderException e) {
      problems.add(
          workbookName,
          0,
          "",
          "",
          "cannot be read as an Excel workbook (.xlsx): " + String.valueOf(e.getMessage()));
      return -1;
    }
  }

  /** Why the file cannot be opened as a workbook: missing, a folder, an old .xls, not .xlsx. */
  private static Optional<String> unusable(Path file) {
    if (Files.isDirectory(file)) {
      return Optional.of("cannot be read: it is a folder");
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(8);
    } catch (NoSuchFileException e) {
      return Optional.of("cannot be read: no such file");
    } catch (IOException e) {
      return Optional.of("cannot be read: " + e.getMessage());
    }
    if (head.length == 8 && ReadableWorkbook.isOLE2Header(head)) {
      return Optional.of(
          "is an Excel 97-2003 workbook (.xls); save it as an Excel workbook (.xlsx)");
    }
    if (head.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
      return Optional.of("is not an Excel workbook (.xlsx)");
    }
    return Optional.empty();
  }

  /** The sheet named {@code wanted} (case and surrounding spaces ignored), or the only sheet. */
  static Optional<Sheet> choose(List<Sheet> sheets, String wanted) {
    for (Sheet sheet : sheets) {
      if (sheet.getName().strip().equalsIgnoreCase(wanted)) {
        return Optional.of(sheet);
      }
    }
    return sheets.size() == 1 ? Optional.of(sheets.get(0)) : Optional.empty();
  }

  private static long readRows(
      String file,
      Iterator<Row> sheetRows,
      DatePattern dates,
      CsvTable.Schema schema,
      Problems problems,
      Consumer<String> warnings,
      Progress progress,
      Consumer<CsvTable.Row> rows) {
    Row headerRow = null;
    while (sheetRows.hasNext() && headerRow == null) {
      Row row = sheetRows.next();
      if (!BlankRows.isBlank(values(row, row.getCellCount(), dates))) {
        headerRow = row;
      }
    }
    if (headerRow == null) {
      problems.add(
          file,
          0,
          "",
          "",
          "the sheet is empty; expected a header row naming the columns "
              + String.join(", ", schema.columns()));
      return -1;
    }
    List<String> header = values(headerRow, lastFilled(headerRow, dates) + 1, dates);
    if (headerRow.getRowNum() != 1) {
      problems.add(
          file,
          headerRow.getRowNum(),
          "",
          String.join(",", header),
          "the header row naming the columns must be row 1 of the sheet; delete the rows above it");
      return -1;
    }
    Map<String, Integer> index = CsvTable.header(file, header, schema, problems, warnings);
    if (index == null) {
      return -1;
    }
    BlankRows blank = new BlankRows(file, "row");
    long previous = headerRow.getRowNum();
    long count = 0;
    while (sheetRows.hasNext()) {
      Row row = sheetRows.next();
      int number = row.getRowNum();
      if (number > previous + 1) {
        blank.add(previous + 1, number - previous - 1);
      }
      previous = number;
      List<String> all = values(row, header.size(), dates);
      if (blank.skip(number, all, problems)) {
        continue;
      }
      for (int c = header.size(); c < all.size(); c++) {
        if (!all.get(c).isBlank()) {
          problems.add(
              file,
              number,
              "",
              all.get(c),
              "a value in column "
                  + CellAddress.convertNumToColString(c)
                  + ", which has no header; name the column in row 1 or delete the value");
        }
      }
      CsvTable.Row values =
          new CsvTable.Row(file, number, all.subList(0, header.size()), index, problems, dates);
      index.forEach(
          (column, c) -> {
            if (c < row.getCellCount() && isError(row.getCell(c))) {
              values.problem(
                  column, "the cell holds the Excel error " + all.get(c) + "; enter a value");
            }
          });
      rows.accept(values);
      progress.rowRead(file, ++count);
    }
    blank.atEnd(warnings);
    progress.fileDone(file, count);
    return count;
  }

  /** The index of the last cell of {@code row} that holds a value; -1 for none. */
  private static int lastFilled(Row row, DatePattern dates) {
    List<String> all = values(row, row.getCellCount(), dates);
    for (int c = all.size() - 1; c >= 0; c--) {
      if (!all.get(c).isBlank()) {
        return c;
      }
    }
    return -1;
  }

  /** The text of the first {@code width} cells of {@code row}, at least as many as it has. */
  private static List<String> values(Row row, int width, DatePattern dates) {
    List<String> values = new ArrayList<>();
    for (int c = 0; c < Math.max(width, row.getCellCount()); c++) {
      values.add(c < row.getCellCount() ? text(row.getCell(c), dates) : "");
    }
    return values;
  }

  /** The text a CSV file would hold for {@code cell}. */
  static String text(@Nullable Cell cell, DatePattern dates) {
    if (cell == null) {
      return "";
    }
    Object value = cell.getValue();
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal number) {
      if (isDateFormat(cell.getDataFormatId(), cell.getDataFormatString())) {
        LocalDateTime date = cell.asDate();
        return date == null ? "" : dates.format(date.toLocalDate());
      }
      return number.stripTrailingZeros().toPlainString();
    }
    if (value instanceof Boolean b) {
      return b.toString();
    }
    return value.toString();
  }

  private static boolean isError(@Nullable Cell cell) {
    return cell != null
        && (cell.getType() == CellType.ERROR
            || (cell.getType() == CellType.FORMULA
                && cell.getValue() instanceof String s
                && ERRORS.contains(s)));
  }

  /**
   * Whether a number format shows a date: one of Excel's built-in date formats (14-22, 45-47, and
   * the East Asian 27-36, 50-58), or a custom format that, outside quoted text, escapes and
   * bracketed codes, holds a day, a year or a month ({@code dd/mm/yyyy}, {@code d-mmm-yy}).
   */
  static boolean isDateFormat(@Nullable Integer id, @Nullable String format) {
    if (id != null
        && ((id >= 14 && id <= 22)
            || (id >= 27 && id <= 36)
            || (id >= 45 && id <= 47)
            || (id >= 50 && id <= 58))) {
      return true;
    }
    if (format == null) {
      return false;
    }
    String section = format.split(";", -1)[0];
    String codes =
        section
            .replaceAll("\"[^\"]*\"", "")
            .replaceAll("\\\\.", "")
            .replaceAll("\\[[^]]*]", "")
            .toLowerCase(Locale.ROOT);
    if (codes.equals("general")) {
      return false;
    }
    return codes.contains("y")
        || codes.contains("d")
        || (codes.contains("m") && !codes.contains("0") && !codes.contains("#"));
  }
}
