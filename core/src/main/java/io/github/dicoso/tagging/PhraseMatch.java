package io.github.dicoso.tagging;

import io.github.dicoso.visit.KindOfWork;
import org.immutables.value.Value;

/**
 * One phrase of a phrase list found in a description: the kind it signals, the phrase as the list
 * writes it, and the rule that fired (where the phrase comes from).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PhraseMatch {
  PhraseMatch() {}

  /**
   * A match of {@code phrase} signalling {@code kind}, from {@code rule}.
   *
   * @param kind the kind of work the phrase signals
   * @param phrase the phrase that matched
   * @param rule where the phrase comes from
   * @return the match
   */
  public static PhraseMatch of(KindOfWork kind, String phrase, String rule) {
    return new ImmutablePhraseMatch.Builder().kind(kind).phrase(phrase).rule(rule).build();
  }

  /** {@return the kind of work the phrase signals} */
  public abstract KindOfWork kind();

  /** {@return the phrase as the phrase list writes it, e.g. {@code dự sinh hoạt chi đoàn}} */
  public abstract String phrase();

  /**
   * {@return where the phrase comes from, e.g. {@code built-in line 12} or a province's file and
   * line}
   */
  public abstract String rule();
}
