package io.github.dicoso.examples.cli;

import io.github.dicoso.variant.ComparisonResult;
import io.github.dicoso.variant.OfficerComparison;
import io.github.dicoso.variant.Outcome;
import io.github.dicoso.variant.ParameterChange;
import io.github.dicoso.variant.StatusChange;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV {@code compare --out} writes, in machine form: one line per officer (in officer id order)
 * with {@code officer_id}, {@code name}, then for each policy compared, baseline first, the columns
 * {@code POLICY:status}, {@code POLICY:credited_days} and {@code POLICY:required_days} (codes, days
 * written {@code 59.5}), then {@code status_changes}: for each variant under which the officer's
 * status differs from the baseline, {@code VARIANT=PARAMETER|PARAMETER} (the keys of the changed
 * parameters that made the difference, e.g. {@code district-included=subject-levels}), separated by
 * {@code ;}. Text from the input or a variant file is {@linkplain SpreadsheetText neutralised}
 * against spreadsheet formulas.
 *
 * <p>This class is stateless and thread-safe.
 */
final class ComparisonCsv {
  private ComparisonCsv() {}

  /** The header of a comparison of the policies {@code names}, baseline first. */
  static List<String> columns(List<String> names) {
    List<String> columns = new ArrayList<>(List.of("officer_id", "name"));
    for (String name : names) {
      columns.add(name + ":status");
      columns.add(name + ":credited_days");
      columns.add(name + ":required_days");
    }
    columns.add("status_changes");
    return columns;
  }

  /** Writes the header and one line per officer. */
  static void write(ComparisonResult result, Writer out) throws IOException {
    CSVPrinter printer = new CSVPrinter(out, CsvTable.FORMAT);
    List<String> names = result.policyNames();
    printer.printRecord(columns(names).stream().map(SpreadsheetText::neutralise).toList());
    List<String> values = new ArrayList<>();
    for (OfficerComparison officer : result.officers()) {
      values.clear();
      values.add(SpreadsheetText.neutralise(officer.officerId()));
      values.add(SpreadsheetText.neutralise(officer.officerName()));
      for (String name : names) {
        Outcome o = officer.under(name);
        values.add(o.status().name());
        values.add(o.credited().toString());
        values.add(o.required().toString());
      }
      values.add(SpreadsheetText.neutralise(changes(result, officer.officerId())));
      printer.printRecord(values);
    }
    printer.flush();
  }

  /** The officer's status changes: {@code VARIANT=PARAMETER|PARAMETER;...}. */
  private static String changes(ComparisonResult result, String officerId) {
    List<String> parts = new ArrayList<>();
    for (StatusChange change : result.statusChanges()) {
      if (change.officerId().equals(officerId)) {
        parts.add(
            change.variant()
                + "="
                + change.reasons().stream()
                    .map(ParameterChange::parameter)
                    .map(p -> p.key())
                    .collect(Collectors.joining("|")));
      }
    }
    return String.join(CsvTable.LIST_SEPARATOR, parts);
  }
}
