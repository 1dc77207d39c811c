package io.github.dicoso.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * Suggestions for misspelt names: the candidate nearest to a word by Levenshtein edit distance,
 * ignoring case.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Spelling {
  private Spelling() {}

  /**
   * The candidate nearest to {@code word}, if one is within half the word's length (at least 2)
   * edits; ties go to the first candidate.
   */
  public static Optional<String> nearest(String word, Iterable<String> candidates) {
    String w = word.toLowerCase(Locale.ROOT);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = distance(w, c.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        best = c;
        bestDistance = d;
      }
    }
    int limit = Math.max(2, w.length() / 2);
    return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
  }

  /** The Levenshtein distance between {@code a} and {@code b}. */
  public static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** {@code ; did you mean 'x'?} when a candidate is near, else the empty string. */
  public static String suggestion(String word, Iterable<String> candidates) {
    return nearest(word, candidates).map(n -> "; did you mean '" + n + "'?").orElse("");
  }
}
