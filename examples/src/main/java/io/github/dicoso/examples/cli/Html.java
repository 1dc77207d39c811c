package io.github.dicoso.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.threeten.extra.LocalDateRange;

/**
 * Escapes text for HTML element content and quoted attribute values, so that text from the input
 * (names, units, descriptions) is shown and never interpreted. A control character that XML does
 * not allow (U+0000..U+001F but tab, line feed and carriage return) becomes U+FFFD, so that the
 * page stays well-formed whatever it is given; the tool refuses such characters in its input
 * before. It also writes dates as the pages show them.
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

  private static final DateTimeFormatter VIETNAMESE_DATE =
      DateTimeFormatter.ofPattern("dd/MM/uuuu");

  /**
   * A date as the language writes it: {@code 25/03/2019} in Vietnamese, {@code 2019-03-25} else.
   */
  static String date(LocalDate date, Locale locale) {
    return locale.getLanguage().equals("vi") ? VIETNAMESE_DATE.format(date) : date.toString();
  }

  /** A run of dates, first and last included: one date, or {@code first – last}. */
  static String dates(LocalDate first, LocalDate last, Locale locale) {
    return first.equals(last)
        ? date(first, locale)
        : date(first, locale) + " – " + date(last, locale);
  }

  /** A closed range of dates, as {@link #dates}. */
  static String dates(LocalDateRange range, Locale locale) {
    return dates(range.getStart(), range.getEndInclusive(), locale);
  }
}
