package io.github.dicoso.compliance;

import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.finding.Finding;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.StringJoiner;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders evaluations, explanations, findings and unit reports as text in English or Vietnamese,
 * from the resource bundles {@code io/github/dicoso/compliance/Messages.properties} and {@code
 * Messages_vi.properties} (UTF-8). Vietnamese is used for a locale whose language is {@code vi};
 * English for any other, whatever the default locale of the JVM.
 *
 * <p>A message names its values: {@code {credited}} is replaced by the value of that name, and
 * {@code {level:host}} by the message {@code host.VALUE} for each comma-separated value; {@code
 * {credited:num}} writes a number with the language's decimal separator (59.5, 59,5).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ComplianceText {
  private static final String BUNDLE = "io.github.dicoso.compliance.Messages";
  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)(?::(\\w+))?\\}");

  private ComplianceText() {}

  /**
   * The summary line and one numbered line per step, each with its citations.
   *
   * @param explanation the explanation to write
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the text, lines separated by {@code \n}
   */
  public static String explanation(Explanation explanation, Locale locale) {
    ResourceBundle b = bundle(locale);
    StringBuilder s = new StringBuilder();
    s.append(format(b, "summary." + explanation.status(), explanation.summary()));
    int n = 1;
    for (Step step : explanation.steps()) {
      String citations =
          step.citations().stream().map(c -> citation(c, locale)).collect(Collectors.joining("; "));
      s.append('\n')
          .append(n++)
          .append(". ")
          .append(cited(format(b, step.messageKey(), step.arguments()), citations));
    }
    return s.toString();
  }

  /**
   * One finding: severity, code, message and citation.
   *
   * @param finding the finding to write
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the text, on one line
   */
  public static String finding(Finding finding, Locale locale) {
    ResourceBundle b = bundle(locale);
    return text(b, "severity." + finding.severity())
        + " "
        + finding.code()
        + ": "
        + cited(
            format(b, "finding." + finding.code(), finding.arguments()),
            citation(finding.citation(), locale));
  }

  /**
   * A sentence with its sources before the full stop: {@code Required days: 60 (Hướng dẫn 03 ...).}
   */
  private static String cited(String sentence, String citations) {
    String body = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
    return body + " (" + citations + ").";
  }

  /**
   * The counterfactual hint: the days needed and, where a minimum binds, where they are needed.
   *
   * @param hint the hint to write
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the text, on one line
   */
  public static String hint(Hint hint, Locale locale) {
    ResourceBundle b = bundle(locale);
    StringJoiner deficits = new StringJoiner("; ");
    hint.hostLevelDeficits()
        .forEach(
            (level, days) ->
                deficits.add(
                    format(
                        b,
                        "hint.deficit.level",
                        Map.of("level", level.name(), "days", days.toString()))));
    hint.kindDeficits()
        .forEach(
            (kind, days) ->
                deficits.add(
                    format(
                        b,
                        "hint.deficit.kind",
                        Map.of("kind", kind.name(), "days", days.toString()))));
    String key = deficits.length() == 0 ? "hint.TOTAL" : "hint." + hint.binding();
    return format(
        b, key, Map.of("moreDays", hint.moreDays().toString(), "deficits", deficits.toString()));
  }

  /**
   * A whole evaluation: a header, the explanation, the hint if any, and the findings.
   *
   * @param evaluation the evaluation to write
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the text, lines separated by {@code \n}
   */
  public static String evaluation(Evaluation evaluation, Locale locale) {
    ResourceBundle b = bundle(locale);
    StringBuilder s = new StringBuilder();
    s.append(
        format(
            b,
            "evaluation.header",
            Map.of(
                "officer",
                    evaluation.officerId()
                        + (evaluation.officerName().isEmpty()
                            ? ""
                            : " (" + evaluation.officerName() + ")"),
                "period", Evaluator.rangeText(evaluation.period()),
                "policy", evaluation.policyName())));
    s.append('\n').append(explanation(evaluation.explanation(), locale));
    evaluation.hint().ifPresent(h -> s.append('\n').append(hint(h, locale)));
    if (!evaluation.findings().isEmpty()) {
      s.append('\n').append(text(b, "evaluation.findings"));
      evaluation.findings().forEach(f -> s.append("\n- ").append(finding(f, locale)));
    }
    return s.toString();
  }

  /**
   * A unit report and its breakdown by department.
   *
   * @param report the unit report to write
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the text, lines separated by {@code \n}
   */
  public static String unitReport(UnitReport report, Locale locale) {
    ResourceBundle b = bundle(locale);
    StringBuilder s = new StringBuilder();
    s.append(format(b, "report.title", Map.of("name", report.name())));
    appendFigures(s, b, report, "  ");
    if (!report.byDepartment().isEmpty()) {
      s.append('\n').append("  ").append(text(b, "report.departments"));
      report
          .byDepartment()
          .forEach(
              (name, department) -> {
                s.append('\n')
                    .append("  - ")
                    .append(name.isEmpty() ? text(b, "report.noDepartment") : name);
                appendFigures(s, b, department, "      ");
              });
    }
    return s.toString();
  }

  private static void appendFigures(
      StringBuilder s, ResourceBundle b, UnitReport r, String indent) {
    String none = text(b, "report.none");
    Function<Optional<?>, String> opt = o -> o.map(Object::toString).orElse(none);
    StringJoiner reasons = new StringJoiner(", ");
    r.exemptByReason()
        .forEach(
            (kind, count) ->
                reasons.add(
                    format(
                        b,
                        "report.reason",
                        Map.of("kind", kind.name(), "count", count.toString()))));
    Map<String, String> values =
        Map.ofEntries(
            Map.entry("inScope", String.valueOf(r.inScope())),
            Map.entry("subject", String.valueOf(r.subject())),
            Map.entry("notSubject", String.valueOf(r.notSubject())),
            Map.entry("exempt", String.valueOf(r.exempt())),
            Map.entry("reasons", reasons.length() == 0 ? none : reasons.toString()),
            Map.entry("evaluated", String.valueOf(r.evaluated())),
            Map.entry("compliant", String.valueOf(r.compliant())),
            Map.entry("nonCompliant", String.valueOf(r.nonCompliant())),
            Map.entry(
                "rate",
                r.ratePercent().map(BigDecimal::toPlainString).map(p -> p + "%").orElse(none)),
            Map.entry("total", r.totalCredited().toString()),
            Map.entry("average", opt.apply(r.averageCredited().map(BigDecimal::toPlainString))),
            Map.entry("min", opt.apply(r.minCredited().map(Days::toString))),
            Map.entry("median", opt.apply(r.medianCredited().map(BigDecimal::toPlainString))),
            Map.entry("max", opt.apply(r.maxCredited().map(Days::toString))),
            Map.entry("hostUnits", String.valueOf(r.hostUnitsCovered())));
    for (String key :
        new String[] {
          "report.scope", "report.exempt", "report.evaluated", "report.days", "report.hosts"
        }) {
      s.append('\n').append(indent).append(format(b, key, values));
    }
  }

  /**
   * A citation in short form ({@code Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018}); a library default is
   * written as such, with its provision.
   *
   * @param citation the citation to write
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the citation in short form
   */
  public static String citation(Citation citation, Locale locale) {
    if (citation.authority() == Citation.Authority.DEFAULT) {
      return text(bundle(locale), "citation.default") + ": " + citation.provision();
    }
    return citation.shortForm();
  }

  /** The bundle for {@code locale}: Vietnamese for language {@code vi}, English otherwise. */
  static ResourceBundle bundle(Locale locale) {
    // Locale.ROOT has no fallback to the JVM's default locale, so English is English everywhere.
    Locale target =
        VIETNAMESE.getLanguage().equals(locale.getLanguage()) ? VIETNAMESE : Locale.ROOT;
    return ResourceBundle.getBundle(BUNDLE, target, ComplianceText.class.getModule());
  }

  private static String text(ResourceBundle b, String key) {
    try {
      return b.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** The message {@code key} with its named values filled in; unknown names stay as written. */
  static String format(ResourceBundle b, String key, Map<String, String> values) {
    String template = text(b, key);
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      String replacement;
      if (value == null) {
        replacement = m.group();
      } else if (m.group(2) == null) {
        replacement = value;
      } else if (m.group(2).equals("num")) {
        replacement = value.replace(".", text(b, "format.decimalSeparator"));
      } else {
        String type = m.group(2);
        replacement =
            java.util.Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .map(v -> b.containsKey(type + "." + v) ? b.getString(type + "." + v) : v)
                .collect(Collectors.joining("; "));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }
}
