package io.github.dicoso.compliance;

import io.github.dicoso.Days;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.internal.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Why an evaluation came out as it did: a summary (the status with the days credited and required)
 * and the chain of rules applied, in order, each with its facts, outcome and citation. Render it
 * with {@link #render(Locale)} in English or Vietnamese. Made by the evaluation only.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Explanation {
  Explanation() {}

  static Explanation create(Status status, Map<String, Object> summary, List<Step> steps) {
    return ImmutableExplanation.instance(status, summary, steps);
  }

  /** {@return the status explained} */
  @Value.Parameter
  public abstract Status status();

  /**
   * {@return the facts of the summary: {@code officer}, {@code period}, {@code credited}, {@code
   * required}, {@code shortfall}, {@code beyond}}
   */
  @Value.Parameter
  public abstract Map<String, Object> summary();

  /** {@return the rules applied, in order} */
  @Value.Parameter
  public abstract List<Step> steps();

  /**
   * The explanation as text: the summary line, then one numbered line per step with its citations.
   *
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the text, lines separated by {@code \n}
   */
  public String render(Locale locale) {
    StringBuilder s =
        new StringBuilder(Messages.format(locale, summaryKey(), summary(), Vocabulary::value));
    int n = 1;
    for (Step step : steps()) {
      s.append('\n').append(n++).append(". ").append(step.render(locale));
    }
    return s.toString();
  }

  /** The summary's message: short of a minimum, not of the days, reads as such. */
  private String summaryKey() {
    Object shortfall = summary().get("shortfall");
    return status() == Status.NON_COMPLIANT && shortfall instanceof Days d && d.isZero()
        ? "summary.NON_COMPLIANT.SHORT_OF_MINIMUM"
        : "summary." + status();
  }

  /** {@code Explanation[COMPLIANT, 6 steps]}. */
  @Override
  public String toString() {
    return "Explanation[" + status() + ", " + steps().size() + " steps]";
  }
}
