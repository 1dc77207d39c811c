package io.github.dicoso.variant;

import io.github.dicoso.Policy;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.compliance.UnitReport;
import io.github.dicoso.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A population evaluated under a baseline and one or more variants: per officer the status and days
 * under each policy, the officers whose status changes with the changed parameters that made the
 * difference, and the unit report under each policy. {@link #render(Locale)} gives it as text. Made
 * by {@link VariantComparison} only.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ComparisonResult {
  /** The unit name of a comparison by year: the year, or {@code year} and the year. */
  private static final Pattern YEAR = Pattern.compile("(?:year )?(\\d{4})");

  ComparisonResult() {}

  /** The factory that rebuilds a stored result, reached through {@code internal.Friends}. */
  static ComparisonResult create(
      String unitName,
      Policy baseline,
      List<Policy> variants,
      Map<String, List<ParameterChange>> parameterChanges,
      Map<String, PopulationEvaluation> evaluations,
      List<OfficerComparison> officers,
      List<StatusChange> statusChanges,
      Map<String, UnitReport> reports) {
    return builder()
        .unitName(unitName)
        .baseline(baseline)
        .variants(variants)
        .parameterChanges(parameterChanges)
        .evaluations(evaluations)
        .officers(officers)
        .statusChanges(statusChanges)
        .reports(reports)
        .build();
  }

  /** A builder; {@link VariantComparison} builds them. */
  static ImmutableComparisonResult.Builder builder() {
    return new ImmutableComparisonResult.Builder();
  }

  /** {@return the name of the unit reported on} */
  public abstract String unitName();

  /** {@return the baseline policy} */
  public abstract Policy baseline();

  /** {@return the variants, in the order given} */
  public abstract List<Policy> variants();

  /** {@return what each variant changes from the baseline, by variant name} */
  public abstract Map<String, List<ParameterChange>> parameterChanges();

  /** {@return the full evaluation of the population under each policy, by name, baseline first} */
  public abstract Map<String, PopulationEvaluation> evaluations();

  /** {@return each officer's outcome under each policy, in officer id order} */
  public abstract List<OfficerComparison> officers();

  /**
   * {@return the officers whose status under a variant differs from the baseline, by variant then
   * officer id}
   */
  public abstract List<StatusChange> statusChanges();

  /** {@return the unit report under each policy, by name, baseline first} */
  public abstract Map<String, UnitReport> reports();

  /** {@return the names of the policies compared, baseline first} */
  public List<String> policyNames() {
    return new ArrayList<>(evaluations().keySet());
  }

  /**
   * The status changes under the variant named {@code variant}.
   *
   * @param variant the name of one of the compared variants
   * @return the status changes under that variant, possibly none
   */
  public List<StatusChange> statusChanges(String variant) {
    return statusChanges().stream()
        .filter(c -> c.variant().equals(variant))
        .collect(Collectors.toList());
  }

  /**
   * The unit report under the policy named {@code policyName}.
   *
   * @param policyName the name of the baseline or of a variant
   * @return the unit report under that policy
   */
  public UnitReport report(String policyName) {
    UnitReport r = reports().get(policyName);
    if (r == null) {
      throw new IllegalArgumentException(
          "comparison: no policy named '" + policyName + "'; compared: " + policyNames());
    }
    return r;
  }

  /**
   * The comparison as text: the periods, what each variant changes, one line per officer with the
   * status and days under each policy, the status changes with their reasons, and the unit reports
   * side by side.
   *
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the text, lines separated by {@code \n}
   */
  public String render(Locale locale) {
    List<String> names = policyNames();
    StringBuilder s = new StringBuilder();
    s.append(
            Messages.format(
                locale,
                "comparison.title",
                Map.<String, Object>of(
                    "baseline",
                    policyName(baseline().name(), locale),
                    "variants",
                    variants().stream()
                        .map(p -> policyName(p.name(), locale))
                        .collect(Collectors.joining(", ")),
                    "unit",
                    unitName(locale)),
                Vocabulary::value))
        .append('\n');
    evaluations()
        .forEach(
            (name, e) ->
                s.append("  ")
                    .append(name)
                    .append(Messages.isVietnamese(locale) ? " = " + policyName(name, locale) : "")
                    .append(": ")
                    .append(Vocabulary.value(e.period(), locale))
                    .append('\n'));
    s.append('\n')
        .append(
            Messages.format(
                locale,
                "comparison.changes",
                Map.<String, Object>of("baseline", policyName(baseline().name(), locale)),
                Vocabulary::value))
        .append('\n');
    String none = Messages.text(locale, "label.none");
    parameterChanges()
        .forEach(
            (name, changes) -> {
              s.append("  ").append(policyName(name, locale)).append(":");
              if (changes.isEmpty()) {
                s.append(' ').append(none).append('\n');
              } else {
                s.append('\n');
                changes.forEach(c -> s.append("    ").append(c.render(locale)).append('\n'));
              }
            });

    s.append('\n');
    List<List<String>> rows = new ArrayList<>();
    List<String> header = new ArrayList<>();
    header.add(Messages.text(locale, "comparison.officer"));
    header.addAll(names);
    rows.add(header);
    for (OfficerComparison o : officers()) {
      List<String> row = new ArrayList<>();
      row.add(o.officerName().isEmpty() ? o.officerId() : o.officerId() + " " + o.officerName());
      names.forEach(
          n ->
              row.add(
                  o.under(n).render(locale)
                      + (o.under(n).status() != o.under(names.get(0)).status() ? " *" : "")));
      rows.add(row);
    }
    table(s, rows, false);

    s.append('\n')
        .append(
            Messages.format(
                locale,
                "comparison.statusChanges",
                Map.<String, Object>of("count", statusChanges().size()),
                Vocabulary::value))
        .append('\n');
    if (statusChanges().isEmpty()) {
      s.append("  ").append(none).append('\n');
    }
    statusChanges().forEach(c -> s.append("  ").append(c.render(locale)).append('\n'));

    s.append('\n');
    List<List<String>> report = new ArrayList<>();
    List<String> reportHeader = new ArrayList<>();
    reportHeader.add(Messages.text(locale, "comparison.unitReport"));
    reportHeader.addAll(names);
    report.add(reportHeader);
    report.add(figure(locale, "inScope", names, r -> String.valueOf(r.inScope())));
    report.add(figure(locale, "subject", names, r -> String.valueOf(r.subject())));
    report.add(figure(locale, "exempt", names, r -> String.valueOf(r.exempt())));
    report.add(figure(locale, "evaluated", names, r -> String.valueOf(r.evaluated())));
    report.add(figure(locale, "compliant", names, r -> String.valueOf(r.compliant())));
    report.add(figure(locale, "nonCompliant", names, r -> String.valueOf(r.nonCompliant())));
    report.add(
        figure(
            locale,
            "rate",
            names,
            r -> r.ratePercent().map(p -> Vocabulary.decimal(p, locale)).orElse("-")));
    report.add(figure(locale, "totalDays", names, r -> Vocabulary.days(r.totalCredited(), locale)));
    report.add(
        figure(
            locale,
            "averageDays",
            names,
            r -> r.averageCredited().map(a -> Vocabulary.decimal(a, locale)).orElse("-")));
    report.add(figure(locale, "hostUnits", names, r -> String.valueOf(r.hostUnitsCovered())));
    table(s, report, true);
    return s.toString();
  }

  /**
   * A policy named in the text: in Vietnamese a policy the library ships by its description ({@link
   * Vocabulary#policyName}), in English (and any other policy) by its name.
   */
  private static String policyName(String name, Locale locale) {
    return Messages.isVietnamese(locale) ? Vocabulary.policyName(name, locale) : name;
  }

  /**
   * The unit reported on in the language: a comparison by year names the year ({@code year 2019},
   * {@code năm 2019}; a result stored as {@code year 2019} too); any other name as it is.
   */
  private String unitName(Locale locale) {
    Matcher year = YEAR.matcher(unitName());
    return year.matches()
        ? Messages.format(
            locale, "comparison.year", Map.of("year", year.group(1)), (v, l) -> v.toString())
        : unitName();
  }

  /** {@code ComparisonResult[national-2018 vs thirty-day-year: 2 status changes]}. */
  @Override
  public String toString() {
    return "ComparisonResult["
        + baseline().name()
        + " vs "
        + variants().stream().map(Policy::name).collect(Collectors.joining(", "))
        + ": "
        + statusChanges().size()
        + " status changes]";
  }

  private List<String> figure(
      Locale locale, String label, List<String> names, Function<UnitReport, String> value) {
    List<String> row = new ArrayList<>();
    row.add(Messages.text(locale, "comparison." + label));
    names.forEach(n -> row.add(value.apply(report(n))));
    return row;
  }

  private static void table(StringBuilder s, List<List<String>> rows, boolean alignRight) {
    int columns = rows.get(0).size();
    int[] width = new int[columns];
    for (List<String> row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row.get(c).length());
      }
    }
    for (List<String> row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        String cell = row.get(c);
        String pad = " ".repeat(width[c] - cell.length());
        if (c > 0) {
          line.append("  ");
        }
        line.append(c > 0 && alignRight ? pad + cell : cell + (c < columns - 1 ? pad : ""));
      }
      s.append(line.toString().stripTrailing()).append('\n');
    }
  }
}
