package io.github.dicoso.compliance;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Why an evaluation came out as it did: a summary (the status with the days credited and required)
 * and the chain of rules applied, in order, each with its inputs, outcome and citation. Render it
 * with {@link #render(Locale)} in English or Vietnamese.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Explanation {
  Explanation() {}

  /** {@return a builder for an explanation} */
  public static ImmutableExplanation.Builder builder() {
    return ImmutableExplanation.builder();
  }

  /** {@return the status explained} */
  public abstract Status status();

  /**
   * {@return the numbers of the summary: {@code credited}, {@code required}, {@code shortfall},
   * {@code beyond}}
   */
  public abstract Map<String, String> summary();

  /** {@return the rules applied, in order} */
  public abstract List<Step> steps();

  /**
   * The explanation as text: the summary line, then one numbered line per step with its citations.
   * English for any locale but Vietnamese ({@code vi}).
   *
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the text, lines separated by {@code \n}
   */
  public String render(Locale locale) {
    return ComplianceText.explanation(this, locale);
  }
}
