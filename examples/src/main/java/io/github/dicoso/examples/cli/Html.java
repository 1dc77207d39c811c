package io.github.dicoso.examples.cli;

/**
 * Escapes text for HTML element content and quoted attribute values, so that text from the input
 * (names, units, descriptions) is shown and never interpreted. A control character that XML does
 * not allow (U+0000..U+001F but tab, line feed and carriage return) becomes U+FFFD, so that the
 * page stays well-formed whatever it is given; the tool refuses such characters in its input
 * before.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Html {
  private Html() {}

  /**
   * {@code text} with {@code & < > " '} replaced by character references and disallowed control
   * characters by U+FFFD.
   */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement =
          switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> ControlCharacters.isRefused(c) ? "\uFFFD" : null;
          };
      if (replacement != null && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (replacement != null) {
          out.append(replacement);
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }
}
