package io.github.dicoso.variant;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * The {@code .properties} text format, read line by line so that every entry keeps the number of
 * the line it starts on ({@link java.util.Properties} loses it). The syntax is that of {@link
 * java.util.Properties#load(java.io.Reader)}: {@code #} and {@code !} comment lines, {@code key =
 * value}, {@code key: value} and {@code key value}, a backslash at the end of a line continuing the
 * entry on the next, and the escapes {@code \t \n \r \f \\} and <code>&#92;uXXXX</code>. One
 * difference: trailing whitespace of a value is dropped unless escaped.
 *
 * <p>This class is stateless and thread-safe.
 */
final class PropertiesLines {
  private PropertiesLines() {}

  /** One entry: the line it starts on, its key and its value, both unescaped. */
  static final class Entry {
    final int line;
    final String key;
    final String value;

    Entry(int line, String key, String value) {
      this.line = line;
      this.key = key;
      this.value = value;
    }
  }

  /**
   * The entries of {@code text}, in order.
   *
   * @throws IllegalArgumentException naming the line of a malformed {@code \\uXXXX} escape
   */
  static List<Entry> parse(String text) {
    String[] physical = text.split("\r\n|\r|\n", -1);
    ImmutableList.Builder<Entry> entries = ImmutableList.builder();
    int i = 0;
    while (i < physical.length) {
      int start = i;
      String line = stripLeading(physical[i++]);
      if (line.isEmpty() || line.charAt(0) == '#' || line.charAt(0) == '!') {
        continue;
      }
      StringBuilder logical = new StringBuilder();
      while (endsWithContinuation(line)) {
        logical.append(line, 0, line.length() - 1);
        line = i < physical.length ? stripLeading(physical[i++]) : "";
      }
      logical.append(line);
      entries.add(entry(start + 1, logical.toString()));
    }
    return entries.build();
  }

  /** {@code text} escaped for use as a value: backslashes, control characters, edge whitespace. */
  static String escapeValue(String text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean edge = i == 0 || i == text.length() - 1;
      switch (c) {
        case '\\' -> s.append("\\\\");
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        case '\f' -> s.append("\\f");
        default -> {
          if (Character.isISOControl(c)
              || (edge && Character.isWhitespace(c))
              || (Character.isSurrogate(c) && !validSurrogate(text, i))) {
            s.append(String.format("\\u%04X", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    return s.toString();
  }

  private static boolean validSurrogate(String text, int i) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  private static Entry entry(int lineNumber, String line) {
    int i = 0;
    StringBuilder key = new StringBuilder();
    while (i < line.length()) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        key.append(c).append(line.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '=' || c == ':' || isBlank(c)) {
        break;
      }
      key.append(c);
      i++;
    }
    while (i < line.length() && isBlank(line.charAt(i))) {
      i++;
    }
    if (i < line.length() && (line.charAt(i) == '=' || line.charAt(i) == ':')) {
      i++;
      while (i < line.length() && isBlank(line.charAt(i))) {
        i++;
      }
    }
    String value = stripTrailingUnescaped(line.substring(i));
    return new Entry(lineNumber, unescape(lineNumber, key.toString()), unescape(lineNumber, value));
  }

  private static String unescape(int line, String text) {
    if (text.indexOf('\\') < 0) {
      return text;
    }
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\\' || i + 1 == text.length()) {
        s.append(c);
        continue;
      }
      char next = text.charAt(++i);
      switch (next) {
        case 't' -> s.append('\t');
        case 'n' -> s.append('\n');
        case 'r' -> s.append('\r');
        case 'f' -> s.append('\f');
        case 'u' -> {
          if (i + 5 > text.length() || !text.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
            throw malformed(line, text);
          }
          s.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> s.append(next);
      }
    }
    return s.toString();
  }

  private static IllegalArgumentException malformed(int line, String text) {
    return new IllegalArgumentException(
        "variant file line " + line + ": malformed \\uXXXX escape in '" + text + "'");
  }

  private static boolean endsWithContinuation(String line) {
    int backslashes = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      backslashes++;
    }
    return backslashes % 2 == 1;
  }

  private static String stripLeading(String line) {
    int i = 0;
    while (i < line.length() && isBlank(line.charAt(i))) {
      i++;
    }
    return line.substring(i);
  }

  /** Drops trailing blanks, except one preceded by an odd number of backslashes (escaped). */
  private static String stripTrailingUnescaped(String value) {
    int end = value.length();
    while (end > 0 && isBlank(value.charAt(end - 1))) {
      int backslashes = 0;
      for (int j = end - 2; j >= 0 && value.charAt(j) == '\\'; j--) {
        backslashes++;
      }
      if (backslashes % 2 == 1) {
        break;
      }
      end--;
    }
    return value.substring(0, end);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }
}
