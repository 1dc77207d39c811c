package io.github.dicoso.examples.cli;

import io.github.dicoso.Days;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

/**
 * The {@code results.csv} output: one line per officer with the columns {@link #COLUMNS}, days
 * written {@code 60} or {@code 59.5}, the status and its reason as codes ({@code status_reason}:
 * the eligibility reason of an officer not subject, e.g. {@code EMPLOYMENT_NOT_SUBJECT}, the kind
 * of the exempting leave, e.g. {@code MATERNITY}, else empty), findings as {@code ;}-separated
 * codes. Text from the input (the officer id, name and department) is {@linkplain SpreadsheetText
 * neutralised} against spreadsheet formulas. {@link #read} reads the file back.
 *
 * <p>This class is stateless and thread-safe.
 */
final class ResultsCsv {
  /** The host levels in column order, lowest first. */
  private static final List<HostLevel> HOST_LEVELS =
      List.of(HostLevel.BRANCH, HostLevel.COMMUNE, HostLevel.DISTRICT);

  /** The columns, in order. */
  static final List<String> COLUMNS = columns();

  private ResultsCsv() {}

  private static List<String> columns() {
    List<String> columns =
        new ArrayList<>(
            List.of(
                "officer_id",
                "name",
                "department",
                "status",
                "status_reason",
                "required_days",
                "credited_days",
                "shortfall_days"));
    for (KindOfWork kind : KindOfWork.values()) {
      columns.add(kind.name().toLowerCase(Locale.ROOT) + "_days");
    }
    for (HostLevel level : HOST_LEVELS) {
      columns.add(level.name().toLowerCase(Locale.ROOT) + "_days");
    }
    columns.add("findings");
    return List.copyOf(columns);
  }

  /** Writes the header and one line per row. */
  static void write(List<ResultRow> rows, Writer out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CsvTable.FORMAT);
    printer.printRecord(COLUMNS);
    List<String> values = new ArrayList<>(COLUMNS.size());
    for (ResultRow row : rows) {
      values.clear();
      values.add(SpreadsheetText.neutralise(row.officerId()));
      values.add(SpreadsheetText.neutralise(row.name()));
      values.add(SpreadsheetText.neutralise(row.department()));
      values.add(row.status());
      values.add(row.statusReason());
      values.add(row.required().toString());
      values.add(row.credited().toString());
      values.add(row.shortfall().toString());
      for (KindOfWork kind : KindOfWork.values()) {
        values.add(row.daysOf(kind).toString());
      }
      for (HostLevel level : HOST_LEVELS) {
        values.add(row.daysAt(level).toString());
      }
      values.add(String.join(CsvTable.LIST_SEPARATOR, row.findings()));
      printer.printRecord(values);
    }
    printer.flush();
  }

  /**
   * Reads a {@code results.csv} written by {@link #write}.
   *
   * @throws BadInputException listing every malformed value
   */
  static List<ResultRow> read(CsvSource source) throws BadInputException {
    Problems problems = new Problems();
    List<ResultRow> rows = new ArrayList<>();
    CsvTable.read(
        source,
        new CsvTable.Schema(COLUMNS, Set.copyOf(COLUMNS)),
        problems,
        warning -> problems.add(source.name(), 1, "", "", warning),
        Progress.none(),
        row -> {
          Days required = days(row, "required_days");
          Days credited = days(row, "credited_days");
          Days shortfall = days(row, "shortfall_days");
          Map<KindOfWork, Days> byKind = new EnumMap<>(KindOfWork.class);
          for (KindOfWork kind : KindOfWork.values()) {
            Days d = days(row, kind.name().toLowerCase(Locale.ROOT) + "_days");
            byKind.put(kind, d == null ? Days.ZERO : d);
          }
          Map<HostLevel, Days> byLevel = new EnumMap<>(HostLevel.class);
          for (HostLevel level : HOST_LEVELS) {
            Days d = days(row, level.name().toLowerCase(Locale.ROOT) + "_days");
            byLevel.put(level, d == null ? Days.ZERO : d);
          }
          String findings = row.text("findings");
          if (row.valid() && required != null && credited != null && shortfall != null) {
            rows.add(
                new ResultRow(
                    SpreadsheetText.restore(row.text("officer_id")),
                    SpreadsheetText.restore(row.text("name")),
                    SpreadsheetText.restore(row.text("department")),
                    row.text("status"),
                    row.text("status_reason"),
                    required,
                    credited,
                    shortfall,
                    byKind,
                    byLevel,
                    findings.isEmpty()
                        ? List.of()
                        : Arrays.asList(findings.split(CsvTable.LIST_SEPARATOR))));
          }
        });
    problems.throwIfAny();
    return rows;
  }

  private static @Nullable Days days(CsvTable.Row row, String column) {
    try {
      return Days.parse(row.text(column));
    } catch (IllegalArgumentException e) {
      row.problem(column, "not a number of days (e.g. 60 or 59.5)");
      return null;
    }
  }
}
