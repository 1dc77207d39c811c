package io.github.dicoso.examples.cli;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The C0 control characters an input text may not hold: all of U+0000..U+001F except tab, line feed
 * and carriage return. They have no place in a name or a description, they would reach the terminal
 * (an ESC starts an escape sequence) and the HTML report (where XML allows none of them).
 *
 * <p>This class is stateless and thread-safe.
 */
final class ControlCharacters {
  private static final String[] NAMES = {
    "NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS", "HT", "LF", "VT", "FF", "CR",
    "SO", "SI", "DLE", "DC1", "DC2", "DC3", "DC4", "NAK", "SYN", "ETB", "CAN", "EM", "SUB", "ESC",
    "FS", "GS", "RS", "US"
  };

  private ControlCharacters() {}

  /** Whether {@code c} is one of the characters refused. */
  static boolean isRefused(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r';
  }

  /**
   * What is wrong with {@code text}, if it holds refused characters: {@code contains the control
   * characters NUL (U+0000), ESC (U+001B); remove them}.
   */
  static Optional<String> problem(String text) {
    Set<Character> found = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isRefused(c)) {
        if (found == null) {
          found = new LinkedHashSet<>();
        }
        found.add(c);
      }
    }
    if (found == null) {
      return Optional.empty();
    }
    StringBuilder s =
        new StringBuilder("contains the control character").append(found.size() == 1 ? " " : "s ");
    String separator = "";
    for (char c : found) {
      s.append(separator).append(NAMES[c]).append(String.format(" (U+%04X)", (int) c));
      separator = ", ";
    }
    return Optional.of(s.append(found.size() == 1 ? "; remove it" : "; remove them").toString());
  }
}
