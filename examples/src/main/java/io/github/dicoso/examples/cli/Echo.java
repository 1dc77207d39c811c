package io.github.dicoso.examples.cli;

/**
 * Input text as messages show it: on one line, control characters escaped ({@code \u001B}), and at
 * most {@value #LIMIT} characters, so that a bad 10 MB field or a terminal escape sequence in a
 * name never reaches standard error as it is.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Echo {
  /** The most characters of one value a message shows. */
  static final int LIMIT = 80;

  /** The most characters of the library's own words between two quoted values. */
  static final int TEXT_LIMIT = 200;

  /** The most characters of a message from the library, which may quote several values. */
  static final int MESSAGE_LIMIT = 600;

  private static final String ELLIPSIS = "...";

  private Echo() {}

  /**
   * {@code text} escaped and, if longer than {@value #LIMIT} characters, cut to its first 77
   * followed by {@code ...}.
   */
  static String of(String text) {
    return abbreviate(text, LIMIT);
  }

  /**
   * A message of the library that may quote input values between {@code '}: each quoted stretch
   * escaped and cut to {@value #LIMIT} characters, each stretch between quotes to {@value
   * #TEXT_LIMIT}, the whole to {@value #MESSAGE_LIMIT}.
   */
  static String message(String text) {
    StringBuilder s = new StringBuilder();
    int from = 0;
    boolean quoted = false;
    while (from <= text.length() && s.length() <= MESSAGE_LIMIT) {
      int quote = text.indexOf('\'', from);
      int to = quote < 0 ? text.length() : quote;
      s.append(abbreviate(text.substring(from, to), quoted ? LIMIT : TEXT_LIMIT));
      quoted = !quoted;
      if (quote < 0) {
        break;
      }
      s.append('\'');
      from = quote + 1;
    }
    return s.length() <= MESSAGE_LIMIT
        ? s.toString()
        : s.substring(0, MESSAGE_LIMIT - ELLIPSIS.length()) + ELLIPSIS;
  }

  /** Whether {@code c} is shown escaped: C0 and C1 control characters and DEL. */
  static boolean isControl(int c) {
    return Character.isISOControl(c);
  }

  private static String abbreviate(String text, int limit) {
    StringBuilder s = new StringBuilder(Math.min(text.length(), limit) + 8);
    int fit = 0; // the length at the last whole character that leaves room for the ellipsis
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      String shown = isControl(c) ? String.format("\\u%04X", c) : Character.toString(c);
      if (s.length() + shown.length() > limit) {
        return s.substring(0, fit) + ELLIPSIS;
      }
      s.append(shown);
      if (s.length() <= limit - ELLIPSIS.length()) {
        fit = s.length();
      }
      i += Character.charCount(c);
    }
    return s.toString();
  }
}
