package io.github.dicoso.tagging;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.dicoso.visit.KindOfWork;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A list of phrases, each signalling one of the four kinds of work of Hướng dẫn 03-HD/TWĐTN-BTC
 * (21/3/2018): the data a {@link PhraseTagger} matches descriptions against.
 *
 * <p>The text form, read by {@link #parse(String, Reader)}, is UTF-8 text with one entry a line:
 *
 * <pre>
 * # Kiểm tra, giám sát
 * INSPECTION: kiểm tra
 * MEETING: dự sinh hoạt chi đoàn   # a trailing comment
 * </pre>
 *
 * <p>The kind is one of {@code THEMATIC}, {@code CO_ORGANIZING}, {@code INSPECTION}, {@code
 * MEETING} (any case), then a colon, then the phrase. Everything from {@code #} to the end of a
 * line is a comment; blank lines are ignored; a byte-order mark at the start is ignored. A phrase
 * is compared by its folded words (case, diacritics and spacing ignored, see {@link PhraseTagger}),
 * so a list holds each phrase once: a second line with the same words is an error even if written
 * differently. A province extends the built-in list with {@link #extendedWith(PhraseList)}, which
 * also lets it move a built-in phrase to another kind.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PhraseList {
  /** The name the built-in list's rules carry, e.g. {@code built-in phrases-vi.txt line 12}. */
  public static final String BUILT_IN_SOURCE = "built-in phrases-vi.txt";

  private static final String BUILT_IN_RESOURCE = "phrases-vi.txt";

  PhraseList() {}

  /**
   * The list of {@code phrases}, in the given order; no two may have the same folded words.
   *
   * @param phrases the phrases
   * @return the list
   */
  public static PhraseList of(Iterable<Phrase> phrases) {
    return new ImmutablePhraseList.Builder().addAllPhrases(phrases).build();
  }

  /**
   * {@return the built-in Vietnamese list: the general vocabulary of the four kinds of work named
   * in Hướng dẫn 03-HD/TWĐTN-BTC and the activities reported by Tỉnh đoàn Bình Thuận (2019), Tỉnh
   * đoàn Cà Mau (2022) and Tỉnh đoàn Hậu Giang (2020)} It is the resource {@code
   * io/github/dicoso/tagging/phrases-vi.txt} of this module, read once.
   */
  public static PhraseList builtIn() {
    return BuiltIn.LIST;
  }

  /**
   * Reads a list in the text form described in the class comment from {@code text}.
   *
   * @param source names the list in rules and error messages, e.g. {@code phrases-binh-thuan.txt}
   * @param text the list's text
   * @return the list
   * @throws IllegalArgumentException for a line that is not {@code KIND: phrase}, names an unknown
   *     kind, has no phrase, or repeats the words of an earlier line; the message names the source,
   *     the line number and the line's text
   */
  public static PhraseList parse(String source, String text) {
    return parse(source, new StringReader(text));
  }

  /**
   * Reads a list in the text form described in the class comment from {@code reader}, which the
   * caller opens (as UTF-8 for a file) and closes.
   *
   * @param source names the list in rules and error messages, e.g. {@code phrases-binh-thuan.txt}
   * @param reader the list's text
   * @return the list
   * @throws IllegalArgumentException for a line that is not {@code KIND: phrase}, names an unknown
   *     kind, has no phrase, or repeats the words of an earlier line; the message names the source,
   *     the line number and the line's text
   * @throws UncheckedIOException if reading fails
   */
  public static PhraseList parse(String source, Reader reader) {
    BufferedReader lines =
        reader instanceof BufferedReader bufferedReader
            ? bufferedReader
            : new BufferedReader(reader);
    List<Phrase> phrases = new ArrayList<>();
    Map<String, Integer> lineOfKey = new HashMap<>();
    try {
      int number = 0;
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        number++;
        String text = number == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
        int hash = text.indexOf('#');
        String content = (hash < 0 ? text : text.substring(0, hash)).strip();
        if (content.isEmpty()) {
          continue;
        }
        Phrase phrase = parseLine(source, number, text, content);
        Integer earlier = lineOfKey.putIfAbsent(phrase.key(), number);
        if (earlier != null) {
          throw new IllegalArgumentException(
              String.format(
                  "%s line %d: phrase '%s' repeats the words of line %d in '%s'",
                  source, number, phrase.text(), earlier, text));
        }
        phrases.add(phrase);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading phrase list " + source, e);
    }
    return of(phrases);
  }

  private static Phrase parseLine(String source, int number, String text, String content) {
    int colon = content.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          String.format(
              "%s line %d: expected 'KIND: phrase' but found '%s'", source, number, text));
    }
    String kindName = content.substring(0, colon).strip();
    String phraseText = content.substring(colon + 1).strip();
    KindOfWork kind;
    try {
      kind = KindOfWork.valueOf(kindName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          String.format(
              "%s line %d: unknown kind '%s' in '%s'; expected one of %s",
              source, number, kindName, text, Arrays.toString(KindOfWork.values())),
          e);
    }
    if (Words.of(phraseText).length == 0) {
      throw new IllegalArgumentException(
          String.format("%s line %d: no phrase after the kind in '%s'", source, number, text));
    }
    return Phrase.of(kind, phraseText, source + " line " + number);
  }

  /** {@return the phrases, in list order} */
  public abstract List<Phrase> phrases();

  /**
   * This list extended with {@code other}: every phrase of {@code other}, after those phrases of
   * this list whose folded words {@code other} does not also hold. So where both lists hold a
   * phrase, {@code other}'s entry wins, with its kind and its rule: a province can move a built-in
   * phrase to another kind.
   *
   * @param other the phrases to add, or to move to another kind
   * @return the extended list
   */
  public PhraseList extendedWith(PhraseList other) {
    Set<String> overridden =
        other.phrases().stream().map(Phrase::key).collect(Collectors.toCollection(HashSet::new));
    List<Phrase> merged = new ArrayList<>();
    for (Phrase p : phrases()) {
      if (!overridden.contains(p.key())) {
        merged.add(p);
      }
    }
    merged.addAll(other.phrases());
    return of(merged);
  }

  @Value.Check
  void validate() {
    Map<String, Phrase> byKey = new HashMap<>();
    for (Phrase p : phrases()) {
      Phrase earlier = byKey.putIfAbsent(p.key(), p);
      checkArgument(
          earlier == null,
          "phrase list: phrases must be distinct, but '%s' (%s) and '%s' (%s) have the same words",
          earlier == null ? "" : earlier.text(),
          earlier == null ? "" : earlier.rule(),
          p.text(),
          p.rule());
    }
  }

  /** Holds the built-in list, read on first use. */
  private static final class BuiltIn {
    static final PhraseList LIST = load();

    private static PhraseList load() {
      // Class.getResourceAsStream from this package finds the resource on the module path too:
      // a module may always read the resources of its own packages.
      InputStream in = PhraseList.class.getResourceAsStream(BUILT_IN_RESOURCE);
      if (in == null) {
        throw new IllegalStateException(
            "the built-in phrase list " + BUILT_IN_RESOURCE + " is missing from the module");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return parse(BUILT_IN_SOURCE, reader);
      } catch (IOException e) {
        throw new UncheckedIOException("reading the built-in phrase list", e);
      }
    }
  }
}
