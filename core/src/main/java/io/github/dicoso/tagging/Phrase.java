package io.github.dicoso.tagging;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.dicoso.internal.Checks.checkNotBlank;

import io.github.dicoso.visit.KindOfWork;
import org.immutables.value.Value;

/**
 * One entry of a phrase list: a phrase that signals a kind of work, and the rule it comes from (the
 * list's source and line). A phrase matches a description when its words occur in the description's
 * words, in order and side by side; see {@link PhraseTagger} for how words are folded and which
 * phrase wins.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Phrase {
  Phrase() {}

  /**
   * The phrase {@code text} signalling {@code kind}, from {@code rule}.
   *
   * @param kind the kind of work the phrase signals
   * @param text the phrase, one or more words
   * @param rule where the phrase comes from, e.g. {@code built-in line 12}
   * @return the phrase
   */
  public static Phrase of(KindOfWork kind, String text, String rule) {
    return new ImmutablePhrase.Builder().kind(kind).text(text).rule(rule).build();
  }

  /** {@return the kind of work the phrase signals} */
  public abstract KindOfWork kind();

  /** {@return the phrase as the list writes it, e.g. {@code dự sinh hoạt chi đoàn}} */
  public abstract String text();

  /** {@return where the phrase comes from, e.g. {@code built-in phrases-vi.txt line 12}} */
  public abstract String rule();

  /**
   * {@return the phrase's words, folded: lower case, without diacritics, {@code đ} as {@code d}}
   */
  @Value.Lazy
  public String key() {
    return Words.key(text());
  }

  @Value.Check
  void validate() {
    checkNotBlank("phrase", "rule", rule());
    checkArgument(
        Words.of(text()).length > 0,
        "phrase (%s): text must contain at least one letter or digit (was '%s')",
        rule(),
        text());
  }
}
