package io.github.dicoso;

import io.github.dicoso.internal.Messages;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;

/**
 * The library's words in English and Vietnamese, for anything that writes its results: the label of
 * every status, finding code, severity, leave kind, kind of work, level and host level, days and
 * decimals with the language's decimal separator ({@code 59.5}, {@code 59,5}), citations and policy
 * names. Vietnamese is used for a locale whose language is {@code vi}, English for any other,
 * whatever the JVM's default locale.
 *
 * <pre>{@code
 * Vocabulary.label(Status.NON_COMPLIANT, Locale.forLanguageTag("vi"));   // "CHƯA ĐẠT"
 * Vocabulary.days(Days.ofHalves(119), Locale.forLanguageTag("vi"));      // "59,5"
 * }</pre>
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Vocabulary {
  private Vocabulary() {}

  /**
   * The label of an enum constant of the library ({@code Status.COMPLIANT}, {@code
   * LeaveKind.MATERNITY}, {@code FindingCode.UNAPPROVED_VISIT}, ...); its name when it has none.
   *
   * @param value the constant
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the label
   */
  public static String label(Enum<?> value, Locale locale) {
    return Messages.optionalText(
            locale, "label." + value.getDeclaringClass().getSimpleName() + "." + value.name())
        .orElse(value.name());
  }

  /**
   * A number of days: {@code 59.5} in English, {@code 59,5} in Vietnamese.
   *
   * @param days the days
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the number
   */
  public static String days(Days days, Locale locale) {
    return decimal(days.toBigDecimal(), locale);
  }

  /**
   * A decimal with the language's separator: {@code 73.68} or {@code 73,68}.
   *
   * @param value the decimal
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the number
   */
  public static String decimal(BigDecimal value, Locale locale) {
    return value.toPlainString().replace(".", Messages.text(locale, "format.decimalSeparator"));
  }

  /**
   * A citation in short form ({@code Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018}); a library default is
   * written as such, with its provision in the language (a library default's provision has a
   * Vietnamese text; one a user wrote is kept as written); a draft variant as such, by its name.
   *
   * @param citation the citation
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the citation's text
   */
  public static String citation(Citation citation, Locale locale) {
    return switch (citation.authority()) {
      case DEFAULT ->
          Messages.text(locale, "citation.default")
              + ": "
              + Messages.defaultProvision(locale, citation.provision())
                  .orElse(citation.provision());
      case DRAFT -> draft(citation.document(), locale);
      case NATIONAL, PROVINCIAL -> citation.shortForm();
    };
  }

  /**
   * The name of a policy the library ships ({@code national-2018} is "the national rule (Hướng dẫn
   * 03, 2018)"); another policy's own name.
   *
   * @param policyName the policy's name
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the name in words
   */
  public static String policyName(String policyName, Locale locale) {
    return Messages.optionalText(locale, "policy." + policyName).orElse(policyName);
  }

  /**
   * Any value a finding or a step holds, in words: days and decimals as above, a closed range as
   * {@code 2019-03-01..2019-03-05}, a date in ISO form, a list joined by commas, a constant by its
   * label, a registration deadline in words, a {@link Parameter} by its name in Vietnamese (in
   * English, by what it means), text as it is.
   *
   * @param value the value
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the value in words
   */
  public static String value(Object value, Locale locale) {
    if (value instanceof Days d) {
      return days(d, locale);
    }
    if (value instanceof BigDecimal d) {
      return decimal(d, locale);
    }
    if (value instanceof LocalDateRange r) {
      return range(r);
    }
    if (value instanceof Enum<?> e) {
      return label(e, locale);
    }
    if (value instanceof Boolean b) {
      return Messages.optionalText(locale, "label.Boolean." + b).orElse(b.toString());
    }
    if (value instanceof RegistrationDeadline d) {
      return Messages.format(
          locale,
          "label.RegistrationDeadline",
          Map.<String, Object>of("days", d.daysBefore(), "anchor", d.anchor()),
          Vocabulary::value);
    }
    if (value instanceof Citation c) {
      return citation(c, locale);
    }
    if (value instanceof Parameter<?> p) {
      return Messages.optionalText(locale, "parameter." + p.key()).orElse(p.meaning());
    }
    if (value instanceof Optional<?> o) {
      return o.isPresent() ? value(o.get(), locale) : Messages.text(locale, "label.none");
    }
    if (value instanceof Collection<?> c) {
      return c.isEmpty()
          ? Messages.text(locale, "label.none")
          : c.stream().map(v -> value(v, locale)).collect(Collectors.joining(", "));
    }
    return value.toString();
  }

  /** A draft's document, {@code draft variant NAME (no document)}, in the language. */
  private static String draft(String document, Locale locale) {
    String prefix = "draft variant ";
    String suffix = " (no document)";
    if (!document.startsWith(prefix) || !document.endsWith(suffix)) {
      return document;
    }
    String name = document.substring(prefix.length(), document.length() - suffix.length());
    return Messages.format(locale, "citation.draft", Map.of("name", name), (v, l) -> v.toString());
  }

  /** The message {@code key} of the bundles with {@code values} written by {@link #value}. */
  static String message(Locale locale, String key, Map<String, ?> values) {
    return Messages.format(locale, key, values, Vocabulary::value);
  }

  /** A closed range as {@code 2019-01-01..2019-12-31}; one day as {@code 2019-05-02}. */
  static String range(LocalDateRange range) {
    LocalDate last = range.getEndInclusive();
    return range.getStart().equals(last)
        ? range.getStart().toString()
        : range.getStart() + ".." + last;
  }
}
