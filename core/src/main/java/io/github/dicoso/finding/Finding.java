package io.github.dicoso.finding;

import io.github.dicoso.Citation;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.internal.FactMap;
import io.github.dicoso.internal.Messages;
import io.github.dicoso.internal.ResultStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * One thing a check noticed: a code, a severity, the officer, visits and dates it concerns, the
 * citation of the rule, and the facts behind it as typed named values ({@code level=BRANCH,
 * credited=25, minimum=30}). Render it with {@link #render(Locale)} or {@link #message(Locale)}.
 * Findings are made by the evaluation and the plan checks only.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
@ResultStyle
public abstract class Finding {
  Finding() {}

  /** The engine's factory, reached through {@code internal.Friends}. */
  static Finding create(
      FindingCode code,
      Severity severity,
      Citation citation,
      Optional<String> officerId,
      List<String> visitIds,
      List<LocalDateRange> dates,
      Map<String, Object> facts) {
    return ImmutableFinding.instance(
        code,
        severity,
        citation,
        officerId,
        List.copyOf(visitIds),
        List.copyOf(dates),
        FactMap.copyOf(facts));
  }

  /** {@return what kind of finding this is} */
  @Value.Parameter
  public abstract FindingCode code();

  /** {@return how serious it is} */
  @Value.Parameter
  public abstract Severity severity();

  /** {@return the citation of the rule the finding applies} */
  @Value.Parameter
  public abstract Citation citation();

  /** {@return the officer concerned, if one is} */
  @Value.Parameter
  public abstract Optional<String> officerId();

  /** {@return the visits concerned, in order} */
  @Value.Parameter
  public abstract List<String> visitIds();

  /** {@return the dates concerned, as closed ranges in date order} */
  @Value.Parameter
  public abstract List<LocalDateRange> dates();

  /**
   * {@return the facts behind the finding, by stable name, in the order a message reads them; the
   * values are typed ({@code Days}, {@code LocalDate}, enum constants, text, numbers)}
   */
  @Value.Parameter
  public abstract Map<String, Object> facts();

  /**
   * The finding in words, without its severity or citation: {@code 25 of the 30 days required at
   * branch level (5 short).}
   *
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the message, on one line
   */
  public String message(Locale locale) {
    return Messages.format(locale, "finding." + code(), facts(), Vocabulary::value);
  }

  /**
   * The finding with its severity and citation: {@code Violation: 25 of the 30 days required at
   * branch level (5 short) (Tỉnh đoàn Bà Rịa – Vũng Tàu, 2018–2022).}
   *
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the text, on one line
   */
  public String render(Locale locale) {
    return Vocabulary.label(severity(), locale)
        + ": "
        + Messages.cited(message(locale), Vocabulary.citation(citation(), locale));
  }

  /** {@code WARNING NO_TRAVEL_ORDER [V-7]}. */
  @Override
  public String toString() {
    return severity() + " " + code() + (visitIds().isEmpty() ? "" : " " + visitIds());
  }
}
