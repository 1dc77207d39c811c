package io.github.dicoso.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Tags a description with the kinds of work of the phrases it contains, from a {@link PhraseList}.
 * The kinds are those of Hướng dẫn 03-HD/TWĐTN-BTC (21/3/2018): theo chuyên đề, phối hợp tổ chức,
 * kiểm tra giám sát, dự sinh hoạt.
 *
 * <p><b>Words.</b> Description and phrases are compared as sequences of words, folded alike: case,
 * Vietnamese diacritics (including {@code đ} → {@code d}) and the spacing and punctuation between
 * words are ignored, so {@code "kiem tra"}, {@code "KIỂM TRA"} and {@code "kiểm tra"} written with
 * two spaces match alike. A phrase matches only whole words: {@code "thi"} never matches inside
 * {@code "thiếu"}. Words are not split or joined: {@code "kiểmtra"} is one word.
 *
 * <p><b>Which phrases match (leftmost longest).</b> The description's words are scanned from the
 * first. At each word the longest phrase that starts there is taken, and the scan resumes after its
 * last word; if no phrase starts there, the scan moves one word on. Matches therefore never
 * overlap; of two phrases starting at the same word the longer wins ({@code "dự sinh hoạt chi
 * đoàn"}, MEETING, over {@code "dự sinh hoạt"}; {@code "kiểm tra chuyên đề"}, INSPECTION, over
 * {@code "kiểm tra"}); of two overlapping phrases starting at different words the one starting
 * first wins, even if it is shorter. A phrase that lies wholly inside a longer match is not matched
 * on its own ({@code "chuyên đề"}, THEMATIC, is not matched inside {@code "dự sinh hoạt chuyên
 * đề"}). This is the leftmost-longest rule of lexers and POSIX regular expressions.
 *
 * <p><b>Consequences.</b> Adding words that occur in no phrase before or after a description never
 * changes its matches; case and diacritics never change them. A description matching no phrase is
 * {@link Tagging#unclassified() unclassified}. Every match names its phrase and the rule (list and
 * line) it comes from.
 *
 * <p>Each description is folded once and each word looked up once in a map from a phrase's first
 * word to the phrases starting with it, longest first; the cost is linear in the description's
 * length for a fixed list.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PhraseTagger implements Tagger {
  private final PhraseList list;
  private final Map<String, Entry[]> byFirstWord;

  private PhraseTagger(PhraseList list) {
    this.list = list;
    Map<String, List<Entry>> groups = new HashMap<>();
    for (Phrase p : list.phrases()) {
      String[] words = Words.of(p.text());
      groups.computeIfAbsent(words[0], w -> new ArrayList<>()).add(new Entry(words, p));
    }
    Map<String, Entry[]> index = new HashMap<>();
    groups.forEach(
        (first, entries) -> {
          entries.sort(Comparator.comparingInt((Entry e) -> e.words.length).reversed());
          index.put(first, entries.toArray(new Entry[0]));
        });
    this.byFirstWord = index;
  }

  /**
   * A tagger matching the phrases of {@code list}.
   *
   * @param list the phrases to match
   * @return the tagger
   */
  public static PhraseTagger of(PhraseList list) {
    return new PhraseTagger(list);
  }

  /** {@return a tagger matching the built-in Vietnamese list, {@link PhraseList#builtIn()}} */
  public static PhraseTagger builtIn() {
    return BuiltIn.TAGGER;
  }

  /**
   * A tagger matching this tagger's list extended with {@code other}, where {@code other}'s entries
   * win (see {@link PhraseList#extendedWith(PhraseList)}).
   *
   * @param other the phrases that add to or override this tagger's
   * @return the extended tagger
   */
  public PhraseTagger extendedWith(PhraseList other) {
    return of(list.extendedWith(other));
  }

  /** {@return the phrase list this tagger matches} */
  public PhraseList phraseList() {
    return list;
  }

  /**
   * The kinds of work of the phrases {@code description} contains, found by the leftmost-longest
   * rule of the class comment, in order of position; unclassified if it contains none.
   */
  @Override
  public Tagging tag(String description) {
    String[] words = Words.of(description);
    List<PhraseMatch> matches = new ArrayList<>();
    int i = 0;
    while (i < words.length) {
      @Nullable Entry hit = longestAt(words, i);
      if (hit == null) {
        i++;
      } else {
        matches.add(hit.match);
        i += hit.words.length;
      }
    }
    return Tagging.of(description, matches);
  }

  private @Nullable Entry longestAt(String[] words, int start) {
    Entry[] candidates = byFirstWord.get(words[start]);
    if (candidates == null) {
      return null;
    }
    for (Entry e : candidates) {
      if (e.matchesAt(words, start)) {
        return e;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    return "PhraseTagger[" + list.phrases().size() + " phrases]";
  }

  /** A phrase with its folded words and the match it yields (immutable, so shared). */
  private static final class Entry {
    final String[] words;
    final PhraseMatch match;

    Entry(String[] words, Phrase phrase) {
      this.words = words;
      this.match = PhraseMatch.of(phrase.kind(), phrase.text(), phrase.rule());
    }

    boolean matchesAt(String[] text, int start) {
      if (start + words.length > text.length) {
        return false;
      }
      for (int k = 1; k < words.length; k++) {
        if (!words[k].equals(text[start + k])) {
          return false;
        }
      }
      return true;
    }
  }

  /** Holds the built-in tagger, built on first use. */
  private static final class BuiltIn {
    static final PhraseTagger TAGGER = of(PhraseList.builtIn());
  }
}
