package io.github.dicoso.examples.cli;

/**
 * Escapes text for HTML element content and quoted attribute values, so that text from the input
 * (names, units, descriptions) is shown and never interpreted.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Html {
  private Html() {}

  /** {@code text} with {@code & < > " '} replaced by character references. */
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
            default -> null;
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
