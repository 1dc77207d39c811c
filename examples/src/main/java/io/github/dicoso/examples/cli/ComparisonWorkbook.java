package io.github.dicoso.examples.cli;

import io.github.dicoso.Vocabulary;
import io.github.dicoso.variant.ComparisonResult;
import io.github.dicoso.variant.OfficerComparison;
import io.github.dicoso.variant.Outcome;
import io.github.dicoso.variant.ParameterChange;
import io.github.dicoso.variant.StatusChange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The Excel workbook {@code compare --xlsx} writes, in the report's language, with three sheets:
 *
 * <ol>
 *   <li>the officers by policy: id, name, then under each policy (baseline first) the status in
 *       words and the days credited and required as numbers, and whether the status changes;
 *   <li>the status changes: officer, variant, status and days before and after, the changed
 *       parameters that made the difference and how they were found;
 *   <li>the unit reports side by side: one row per measure, one column per policy, numbers as
 *       numeric cells and the rate with a percent format.
 * </ol>
 *
 * <p>This class is stateless and thread-safe.
 */
final class ComparisonWorkbook {
  private ComparisonWorkbook() {}

  /** Writes the workbook of {@code result} to {@code out}. */
  static void write(ComparisonResult result, Labels labels, OutputStream out) throws IOException {
    Workbook book = new Workbook(out, "dicoso", "1.0");
    matrix(book.newWorksheet(labels.get("xlsx.sheet.matrix")), result, labels);
    changes(book.newWorksheet(labels.get("xlsx.sheet.changes")), result, labels);
    reports(book.newWorksheet(labels.get("xlsx.sheet.reports")), result, labels);
    book.finish();
  }

  private static void matrix(Worksheet sheet, ComparisonResult result, Labels labels)
      throws IOException {
    Locale locale = labels.locale();
    List<String> names = result.policyNames();
    List<String> header =
        new ArrayList<>(List.of(labels.get("col.officer"), labels.get("col.name")));
    for (String name : names) {
      String shown = Vocabulary.policyName(name, locale);
      header.add(labels.get("compare.statusUnder", shown));
      header.add(labels.get("compare.creditedUnder", shown));
      header.add(labels.get("compare.requiredUnder", shown));
    }
    header.add(labels.get("compare.changed"));
    ResultsWorkbook.header(sheet, 0, header);
    ResultsWorkbook.widths(sheet, List.of(10.0, 24.0), header.size(), 16, 12);
    sheet.freezePane(2, 1);
    int r = 1;
    for (OfficerComparison o : result.officers()) {
      int c = 0;
      sheet.value(r, c++, o.officerId());
      sheet.value(r, c++, o.officerName());
      for (String name : names) {
        Outcome outcome = o.under(name);
        sheet.value(r, c++, Vocabulary.label(outcome.status(), locale));
        ResultsWorkbook.days(sheet, r, c++, outcome.credited());
        ResultsWorkbook.days(sheet, r, c++, outcome.required());
      }
      sheet.value(r, c, Vocabulary.value(!o.sameStatusEverywhere(), locale));
      r = ResultsWorkbook.next(sheet, r);
    }
    sheet.finish();
  }

  private static void changes(Worksheet sheet, ComparisonResult result, Labels labels)
      throws IOException {
    Locale locale = labels.locale();
    String before = labels.get("compare.before");
    String after = labels.get("compare.after");
    List<String> header =
        List.of(
            labels.get("col.officer"),
            labels.get("col.name"),
            labels.get("compare.variant"),
            before + ": " + labels.get("col.status"),
            before + ": " + labels.get("col.credited"),
            before + ": " + labels.get("col.required"),
            after + ": " + labels.get("col.status"),
            after + ": " + labels.get("col.credited"),
            after + ": " + labels.get("col.required"),
            labels.get("compare.because"),
            labels.get("compare.attribution"));
    ResultsWorkbook.header(sheet, 0, header);
    ResultsWorkbook.widths(
        sheet, List.of(10.0, 24.0, 30.0, 16.0, 12.0, 12.0, 16.0, 12.0, 12.0, 60.0), 11, 12, 40);
    sheet.freezePane(0, 1);
    int r = 1;
    for (StatusChange change : result.statusChanges()) {
      sheet.value(r, 0, change.officerId());
      sheet.value(r, 1, change.officerName());
      sheet.value(r, 2, Vocabulary.policyName(change.variant(), locale));
      sheet.value(r, 3, Vocabulary.label(change.baseline().status(), locale));
      ResultsWorkbook.days(sheet, r, 4, change.baseline().credited());
      ResultsWorkbook.days(sheet, r, 5, change.baseline().required());
      sheet.value(r, 6, Vocabulary.label(change.underVariant().status(), locale));
      ResultsWorkbook.days(sheet, r, 7, change.underVariant().credited());
      ResultsWorkbook.days(sheet, r, 8, change.underVariant().required());
      sheet.value(
          r,
          9,
          change.reasons().stream()
              .map(p -> ComparisonHtml.reason(p, labels))
              .collect(Collectors.joining("; ")));
      sheet.value(r, 10, labels.get("compare.attribution." + change.attribution().name()));
      r = ResultsWorkbook.next(sheet, r);
    }
    if (result.statusChanges().isEmpty()) {
      sheet.value(1, 0, labels.get("compare.noChanges"));
    }
    sheet.finish();
  }

  private static void reports(Worksheet sheet, ComparisonResult result, Labels labels)
      throws IOException {
    Locale locale = labels.locale();
    List<String> names = result.policyNames();
    List<String> header = new ArrayList<>(List.of(labels.get("compare.measure")));
    names.forEach(n -> header.add(Vocabulary.policyName(n, locale)));
    ResultsWorkbook.header(sheet, 0, header);
    ResultsWorkbook.widths(sheet, List.of(36.0), header.size(), 24, 24);
    sheet.freezePane(1, 1);
    List<String> measures = ResultsWorkbook.unitHeader(labels);
    List<List<Object>> values = new ArrayList<>();
    for (String name : names) {
      values.add(ResultsWorkbook.unitValues(result.report(name)));
    }
    int r = 1;
    for (int m = 1; m < measures.size(); m++) {
      sheet.value(r, 0, measures.get(m));
      for (int p = 0; p < names.size(); p++) {
        ResultsWorkbook.number(sheet, r, p + 1, values.get(p).get(m - 1));
      }
      r++;
    }
    r++;
    sheet.value(r, 0, labels.get("compare.parameters"));
    sheet.style(r, 0).bold().set();
    r++;
    for (String name : names) {
      List<ParameterChange> changes = result.parameterChanges().getOrDefault(name, List.of());
      sheet.value(r, 0, Vocabulary.policyName(name, locale));
      sheet.value(
          r,
          1,
          name.equals(result.baseline().name())
              ? labels.get("compare.baseline")
              : changes.isEmpty()
                  ? labels.get("none")
                  : changes.stream()
                      .map(c -> ComparisonHtml.reason(c, labels))
                      .collect(Collectors.joining("; ")));
      r++;
    }
    sheet.finish();
  }
}
