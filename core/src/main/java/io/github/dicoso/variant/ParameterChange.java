package io.github.dicoso.variant;

import io.github.dicoso.Citation;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.internal.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * One parameter a policy changes from another, with both values in variant-file form and the
 * citation of the document that changes it: {@code required-days: 60 -> 30 (17-HD/TĐTN-TCKT,
 * 2/8/2018)}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ParameterChange {
  ParameterChange() {}

  /**
   * Each parameter whose value differs between {@code from} and {@code to}, with both values and
   * the citation {@code to} gives it, in the order of {@link Parameter#all()}.
   *
   * @param from one policy, usually the base
   * @param to another policy, usually the variant
   * @return the changes, possibly none
   */
  public static List<ParameterChange> between(Policy from, Policy to) {
    List<ParameterChange> changes = new ArrayList<>();
    for (Parameter<?> p : to.differencesFrom(from)) {
      changes.add(of(p, from, to));
    }
    return List.copyOf(changes);
  }

  /** The factory that rebuilds a stored result, reached through {@code internal.Friends}. */
  static ParameterChange create(
      Parameter<?> parameter, String before, String after, Citation citation) {
    return ImmutableParameterChange.instance(parameter, before, after, citation);
  }

  private static <T> ParameterChange of(Parameter<T> p, Policy from, Policy to) {
    return ImmutableParameterChange.instance(
        p, p.format(from.get(p)), p.format(to.get(p)), to.citation(p));
  }

  /** {@return the parameter changed} */
  @Value.Parameter
  public abstract Parameter<?> parameter();

  /** {@return the value before, as a variant file writes it ({@code none} when empty)} */
  @Value.Parameter
  public abstract String before();

  /** {@return the value after, as a variant file writes it} */
  @Value.Parameter
  public abstract String after();

  /** {@return the citation of the parameter in the changed policy} */
  @Value.Parameter
  public abstract Citation citation();

  /**
   * The change as one line: {@code required-days: 60 -> 30 (17-HD/TĐTN-TCKT, 2/8/2018)}; in
   * Vietnamese the parameter by its name and the values in words ({@code các cấp thuộc diện: Trung
   * ương, tỉnh -> Trung ương, tỉnh, huyện (Tỉnh đoàn Tây Ninh, 2018)}).
   *
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the text
   */
  public String render(Locale locale) {
    if (Messages.isVietnamese(locale)) {
      return Vocabulary.value(parameter(), locale)
          + ": "
          + inWords(before(), locale)
          + " -> "
          + inWords(after(), locale)
          + " ("
          + Vocabulary.citation(citation(), locale)
          + ")";
    }
    return parameter().key()
        + ": "
        + before()
        + " -> "
        + after()
        + " ("
        + Vocabulary.citation(citation(), locale)
        + ")";
  }

  /** A value in variant-file form in words, or as written if it cannot be read back. */
  private String inWords(String written, Locale locale) {
    try {
      return Vocabulary.value(parameter().parse(written), locale);
    } catch (IllegalArgumentException e) {
      return written;
    }
  }

  /** {@code required-days: 60 -> 30 (17-HD/TĐTN-TCKT, 2/8/2018)}. */
  @Override
  public String toString() {
    return parameter().key()
        + ": "
        + before()
        + " -> "
        + after()
        + " ("
        + citation().shortForm()
        + ")";
  }
}
