package io.github.dicoso.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Reads one CSV file of the exchange format: UTF-8, a header row, RFC 4180 quoting, columns found
 * by header name in any order (names compared ignoring case and surrounding spaces; a UTF-8 byte
 * order mark is ignored). A missing required column, a row with the wrong number of values, a
 * malformed value, a control character in a value and a broken quote are problems naming the file,
 * the line, the column and the value; unknown columns are warnings. Blank lines are skipped; rows
 * whose values are all blank (what a spreadsheet saves for rows it once formatted) are ignored with
 * a warning at the end of the file and are a problem between rows ({@link BlankRows}). An Excel
 * sheet ({@link SheetSource}) is read by {@link SheetTable} into the same rows.
 *
 * <p>This class is stateless and thread-safe.
 */
final class CsvTable {
  /** RFC 4180 (comma, double quotes, CRLF or LF) with blank lines skipped. */
  static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  /** How values of a {@code ;}-separated list are separated. */
  static final String LIST_SEPARATOR = ";";

  /**
   * The earliest date a value may hold: the founding of the Youth Union, 26/3/1931, as in the
   * library.
   */
  static final LocalDate EARLIEST_DATE = LocalDate.of(1931, 3, 26);

  /** The latest date a value may hold, as in the library. */
  static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

  /** What a date outside {@link #EARLIEST_DATE}..{@link #LATEST_DATE} is told. */
  static final String IMPLAUSIBLE_DATE =
      "the date is outside the plausible range " + EARLIEST_DATE + ".." + LATEST_DATE;

  private CsvTable() {}

  /**
   * The columns of one kind of file.
   *
   * @param columns every known column, in the documented order
   * @param required the columns that must be present
   */
  record Schema(List<String> columns, Set<String> required) {}

  /**
   * Reads {@code source}, passing each row whose line has the right number of values to {@code
   * rows}, adding problems to {@code problems} and warnings to {@code warnings}. A missing file or
   * a missing required column is a problem and no row is read.
   *
   * @return the number of rows read, empty rows left out; -1 if the file could not be read or its
   *     header is unusable
   */
  static long read(
      CsvSource source,
      Schema schema,
      Problems problems,
      Consumer<String> warnings,
      Progress progress,
      Consumer<Row> rows) {
    if (source instanceof SheetSource sheet) {
      return SheetTable.read(sheet, schema, problems, warnings, progress, rows);
    }
    String file = source.name();
    List<String> names = List.of();
    try (Reader reader = source.reader();
        CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
      Iterator<CSVRecord> records = parser.iterator();
      if (!records.hasNext()) {
        problems.add(
            file,
            1,
            "",
            "",
            "the file is empty; expected a header row naming the columns "
                + String.join(", ", schema.columns()));
        return -1;
      }
      CSVRecord header = records.next();
      names = header.stream().map(CsvTable::normalise).toList();
      Map<String, Integer> index = header(file, header.toList(), schema, problems, warnings);
      if (index == null) {
        return -1;
      }
      long count = 0;
      BlankRows empty = new BlankRows(file, "line");
      while (records.hasNext()) {
        CSVRecord record = records.next();
        long line = startLine(parser.getCurrentLineNumber(), record);
        if (empty.skip(line, record.toList(), problems)) {
          continue;
        }
        if (record.size() != header.size()) {
          problems.add(
              file,
              line,
              "",
              String.join(",", record.toList()),
              "the row has "
                  + record.size()
                  + " values where the header has "
                  + header.size()
                  + " columns");
        } else {
          rows.accept(new Row(file, line, record.toList(), index, problems, source.dates()));
        }
        progress.rowRead(file, ++count);
      }
      empty.atEnd(warnings);
      progress.fileDone(file, count);
      return count;
    } catch (IOException | UncheckedIOException e) {
      IOException cause =
          e instanceof UncheckedIOException u
              ? Objects.requireNonNull(u.getCause())
              : (IOException) e;
      if (CsvSource.isEncodingError(cause)) {
        problems.add(file, 0, "", "", "the file is not valid UTF-8 text (save it as CSV UTF-8)");
      } else if (cause instanceof CSVException) {
        syntaxProblem(source, names, cause, problems);
      } else {
        problems.add(file, 0, "", "", "cannot be read: " + IoMessages.describe(cause));
      }
      return -1;
    }
  }

  /**
   * Reports a quoting error where the user must fix it: found again by {@link CsvSyntax}, since the
   * parser notices an unclosed quote only at the end of the file.
   */
  private static void syntaxProblem(
      CsvSource source, List<String> names, IOException parserError, Problems problems) {
    String file = source.name();
    Optional<CsvSyntax.QuoteError> error;
    try (Reader again = source.reader()) {
      error = CsvSyntax.find(again);
    } catch (IOException e) {
      error = Optional.empty();
    }
    if (error.isPresent()) {
      CsvSyntax.QuoteError at = error.get();
      problems.add(
          file,
          at.line(),
          at.line() > 1 && at.field() < names.size() ? names.get(at.field()) : "",
          at.excerpt(),
          at.message());
    } else {
      problems.add(
          file,
          0,
          "",
          "",
          "is not valid CSV: " + Echo.message(String.valueOf(parserError.getMessage())));
    }
  }

  /** The line a record starts on, given the line it ends on. */
  private static long startLine(long endLine, CSVRecord record) {
    long breaks = 0;
    for (String value : record) {
      breaks += value.chars().filter(c -> c == '\n').count();
    }
    return endLine - breaks;
  }

  static @Nullable Map<String, Integer> header(
      String file,
      List<String> header,
      Schema schema,
      Problems problems,
      Consumer<String> warnings) {
    Map<String, Integer> index = new HashMap<>();
    List<String> unknown = new ArrayList<>();
    boolean ok = true;
    for (int i = 0; i < header.size(); i++) {
      String raw = header.get(i);
      String name = normalise(raw);
      if (!schema.columns().contains(name)) {
        unknown.add(
            name.isEmpty() ? "(unnamed column " + (i + 1) + ")" : "'" + Echo.of(raw.strip()) + "'");
      } else if (index.putIfAbsent(name, i) != null) {
        problems.add(file, 1, name, raw, "the column appears twice in the header");
        ok = false;
      }
    }
    for (String required : schema.columns()) {
      if (schema.required().contains(required) && !index.containsKey(required)) {
        problems.add(
            file,
            1,
            required,
            "",
            "required column is missing from the header (found: " + found(header) + ")");
        ok = false;
      }
    }
    List<String> order = new ArrayList<>(header.stream().map(CsvTable::normalise).toList());
    schema.columns().stream().filter(c -> !order.contains(c)).forEach(order::add);
    problems.columns(file, order);
    if (!unknown.isEmpty()) {
      warnings.accept(
          file
              + ": unknown column"
              + (unknown.size() == 1 ? " " : "s ")
              + String.join(", ", unknown)
              + " ignored (known columns: "
              + String.join(", ", schema.columns())
              + ")");
    }
    return ok ? index : null;
  }

  /** The header's names as messages show them: each shortened, the first 20 at most. */
  private static String found(List<String> header) {
    List<String> names = header.stream().limit(20).map(n -> "'" + Echo.of(n) + "'").toList();
    return String.join(", ", names)
        + (header.size() > names.size() ? " and " + (header.size() - names.size()) + " more" : "");
  }

  /** A header name as compared: without a byte order mark and surrounding spaces, lower case. */
  private static String normalise(String headerName) {
    String name = headerName.startsWith("\uFEFF") ? headerName.substring(1) : headerName;
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * One row of a file, with typed access to its values by column name. A malformed value is added
   * to the problems, the accessor returns {@code null} (or the default) and the row is marked
   * invalid. Values are stripped of surrounding spaces.
   *
   * <p>This class is mutable and not thread-safe.
   */
  static final class Row {
    private final String file;
    private final long line;
    private final List<String> values;
    private final Map<String, Integer> index;
    private final Problems problems;
    private final DatePattern dates;
    private final Set<String> refused = new java.util.HashSet<>();
    private boolean valid = true;

    /** A row; a value of a known column holding a control character is a problem at once. */
    Row(
        String file,
        long line,
        List<String> values,
        Map<String, Integer> index,
        Problems problems,
        DatePattern dates) {
      this.file = file;
      this.line = line;
      this.values = values;
      this.index = index;
      this.problems = problems;
      this.dates = dates;
      index.forEach(
          (column, i) ->
              ControlCharacters.problem(values.get(i))
                  .ifPresent(
                      message -> {
                        problems.add(file, line, column, values.get(i), message);
                        refused.add(column);
                        valid = false;
                      }));
    }

    /** The line the row starts on (the header is line 1). */
    long line() {
      return line;
    }

    /** Whether no value of the row was malformed so far. */
    boolean valid() {
      return valid;
    }

    /**
     * The value of {@code column}, stripped; empty when blank or when the file lacks the column.
     */
    String text(String column) {
      Integer i = index.get(column);
      return i == null ? "" : values.get(i).strip();
    }

    /**
     * Records a problem with the value of {@code column} and marks the row invalid; a value already
     * refused for its control characters gets no second problem.
     */
    void problem(String column, String message) {
      if (!refused.contains(column)) {
        problems.add(file, line, column, text(column), message);
      }
      valid = false;
    }

    /** The value of a column that must not be blank. */
    @Nullable String required(String column) {
      String value = text(column);
      if (value.isEmpty()) {
        problem(column, "a value is required");
        return null;
      }
      return value;
    }

    /** How text dates are written in this row's file. */
    DatePattern dates() {
      return dates;
    }

    /**
     * A date in the file's {@linkplain #dates() pattern}, ISO ({@code 2019-03-01}) by default;
     * {@code null} when blank or malformed.
     */
    @Nullable LocalDate date(String column, boolean required) {
      String value = text(column);
      if (value.isEmpty()) {
        if (required) {
          problem(
              column,
              "a date is required (" + (dates.isIso() ? "YYYY-MM-DD" : dates.expected()) + ")");
        }
        return null;
      }
      Optional<LocalDate> date = dates.parse(value);
      if (date.isEmpty()) {
        problem(column, "not a date (expected " + dates.expected() + ")");
        return null;
      }
      if (date.get().isBefore(EARLIEST_DATE) || date.get().isAfter(LATEST_DATE)) {
        problem(column, IMPLAUSIBLE_DATE);
        return null;
      }
      return date.get();
    }

    /** A value of {@code type}, ignoring case; {@code null} when blank or unknown. */
    <E extends Enum<E>> @Nullable E enumValue(String column, Class<E> type, boolean required) {
      String value = text(column);
      if (value.isEmpty()) {
        if (required) {
          problem(column, "a value is required (one of " + names(type) + ")");
        }
        return null;
      }
      E parsed = parseEnum(value, type);
      if (parsed == null) {
        problem(column, "unknown value (expected one of " + names(type) + ")");
      }
      return parsed;
    }

    /** A {@code ;}-separated list of values of {@code type}; empty when blank. */
    <E extends Enum<E>> Set<E> enumSet(String column, Class<E> type) {
      EnumSet<E> values = EnumSet.noneOf(type);
      String text = text(column);
      if (text.isEmpty()) {
        return values;
      }
      List<String> unknown = new ArrayList<>();
      for (String part : text.split(LIST_SEPARATOR, -1)) {
        String item = part.strip();
        if (item.isEmpty()) {
          continue;
        }
        E parsed = parseEnum(item, type);
        if (parsed == null) {
          unknown.add(item);
        } else {
          values.add(parsed);
        }
      }
      if (!unknown.isEmpty()) {
        problem(
            column,
            "unknown value"
                + (unknown.size() == 1 ? " " : "s ")
                + String.join(", ", unknown.stream().limit(10).map(Echo::of).toList())
                + (unknown.size() > 10 ? " and " + (unknown.size() - 10) + " more" : "")
                + " (expected one or more of "
                + names(type)
                + ", separated by ;)");
      }
      return values;
    }

    /** {@code true} or {@code false}, ignoring case; {@code defaultValue} when blank. */
    boolean bool(String column, boolean defaultValue) {
      String value = text(column);
      if (value.isEmpty()) {
        return defaultValue;
      }
      if (value.equalsIgnoreCase("true")) {
        return true;
      }
      if (value.equalsIgnoreCase("false")) {
        return false;
      }
      problem(column, "not true or false");
      return defaultValue;
    }

    private static <E extends Enum<E>> @Nullable E parseEnum(String value, Class<E> type) {
      String name = value.strip().toUpperCase(Locale.ROOT);
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(name)) {
          return constant;
        }
      }
      return null;
    }

    private static String names(Class<? extends Enum<?>> type) {
      return Arrays.stream(type.getEnumConstants())
          .map(Enum::name)
          .collect(Collectors.joining("|"));
    }
  }
}
