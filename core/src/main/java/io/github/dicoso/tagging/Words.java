package io.github.dicoso.tagging;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into the words phrases are matched on: case, Vietnamese diacritics and the spacing
 * and punctuation between words do not matter.
 *
 * <p>The text is decomposed with {@link Normalizer.Form#NFKD} (so tone and vowel marks become
 * separate combining marks, and compatibility forms such as full-width letters fold to their plain
 * letters); combining marks are dropped; {@code đ} and {@code Đ}, which no Unicode decomposition
 * splits, become {@code d} (and so does {@code Ð}, U+00D0, which legacy Vietnamese encodings put in
 * place of {@code Đ}); letters are case-folded. A word is then a maximal run of letters and digits;
 * everything else (spaces of any kind and number, punctuation, hyphens, slashes) separates words.
 * So {@code "KIỂM TRA"}, {@code "kiem tra"}, {@code "kiểm tra"} with two spaces and {@code
 * "kiểm-tra"} all give the words {@code [kiem, tra]}, and old-style and new-style tone placement
 * ({@code hoà}, {@code hòa}) give the same word.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Words {
  private Words() {}

  /** The words of {@code text}, folded as the class comment states; empty if it has none. */
  static String[] of(CharSequence text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder(16);
    int i = 0;
    while (i < decomposed.length()) {
      int cp = decomposed.codePointAt(i);
      i += Character.charCount(cp);
      int type = Character.getType(cp);
      if (type == Character.NON_SPACING_MARK
          || type == Character.COMBINING_SPACING_MARK
          || type == Character.ENCLOSING_MARK) {
        continue; // a diacritic: part of the word it sits on
      }
      if (cp == 'đ' || cp == 'Đ' || cp == 'Ð') {
        word.append('d');
      } else if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(Character.toLowerCase(Character.toUpperCase(cp)));
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words.toArray(new String[0]);
  }

  /** The words of {@code text} joined by single spaces: the form two phrases are compared in. */
  static String key(CharSequence text) {
    return String.join(" ", of(text));
  }
}
