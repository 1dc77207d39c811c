package io.github.dicoso.examples.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * How text dates are written in the input: ISO ({@code 2019-03-01}, the default) or a pattern the
 * user gives with {@code --date-format}, such as {@code dd/MM/yyyy}. Parsing is strict: {@code
 * 31/02/2019} is no date. Dates in Excel date cells do not depend on it.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DatePattern {
  /** ISO dates, {@code 2019-03-01}. */
  static final DatePattern ISO = new DatePattern("yyyy-MM-dd", DateTimeFormatter.ISO_LOCAL_DATE);

  private static final LocalDate EXAMPLE = LocalDate.of(2019, 3, 1);

  private final String pattern;
  private final DateTimeFormatter formatter;

  private DatePattern(String pattern, DateTimeFormatter formatter) {
    this.pattern = pattern;
    this.formatter = formatter;
  }

  /**
   * The pattern {@code pattern} in {@link DateTimeFormatter} letters ({@code dd/MM/yyyy}, {@code
   * d.M.yyyy}); {@code yyyy-MM-dd} (or {@code ISO}) is {@link #ISO}.
   *
   * @throws IllegalArgumentException if it is no pattern, or one that does not give the day, the
   *     month and the year of a date and read it back
   */
  static DatePattern of(String pattern) {
    String text = pattern.strip();
    if (text.equalsIgnoreCase("ISO") || text.equals(ISO.pattern)) {
      return ISO;
    }
    DateTimeFormatter formatter;
    try {
      formatter =
          DateTimeFormatter.ofPattern(text.replace('y', 'u'), Locale.ROOT)
              .withResolverStyle(ResolverStyle.STRICT);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + pattern + "' is not a date pattern (" + e.getMessage() + "); e.g. dd/MM/yyyy", e);
    }
    DatePattern result = new DatePattern(text, formatter);
    for (LocalDate date : new LocalDate[] {EXAMPLE, LocalDate.of(2024, 12, 31)}) {
      String written;
      try {
        written = formatter.format(date);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "'" + pattern + "' writes no date: it may only use d, M and y (e.g. dd/MM/yyyy)", e);
      }
      if (!result.parse(written).equals(Optional.of(date))) {
        throw new IllegalArgumentException(
            "'"
                + pattern
                + "' does not give the day, the month and the year of a date"
                + " (e.g. dd/MM/yyyy)");
      }
    }
    return result;
  }

  /** The date {@code text} holds, if it is one in this pattern. */
  Optional<LocalDate> parse(String text) {
    try {
      return Optional.of(LocalDate.parse(text.strip(), formatter));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** {@code date} in this pattern. */
  String format(LocalDate date) {
    return formatter.format(date);
  }

  /** Whether this is the ISO form. */
  boolean isIso() {
    return this == ISO;
  }

  /**
   * What a date must look like: {@code YYYY-MM-DD, e.g. 2019-03-01}; {@code dd/MM/yyyy, e.g.
   * 01/03/2019}.
   */
  String expected() {
    return isIso() ? "YYYY-MM-DD, e.g. 2019-03-01" : pattern + ", e.g. " + format(EXAMPLE);
  }

  /**
   * A range of service {@code 01/03/2019..31/12/2019} (or with an open end, {@code 01/03/2019..})
   * in ISO form, as {@code ServicePeriod.parse} reads it; {@code text} as it is when a side is not
   * a date in this pattern, so that the reader reports it.
   */
  String isoRange(String text) {
    if (isIso()) {
      return text;
    }
    int dots = text.indexOf("..");
    if (dots < 0) {
      return parse(text).map(LocalDate::toString).orElse(text);
    }
    String start = text.substring(0, dots);
    String end = text.substring(dots + 2);
    Optional<LocalDate> first = parse(start);
    Optional<LocalDate> last = end.isBlank() ? Optional.empty() : parse(end);
    if (first.isEmpty() || (!end.isBlank() && last.isEmpty())) {
      return text;
    }
    return first.get() + ".." + last.map(LocalDate::toString).orElse("");
  }

  /** {@code dd/MM/yyyy}. */
  @Override
  public String toString() {
    return pattern;
  }

  /** Reads {@code --date-format}. */
  static final class Converter implements ITypeConverter<DatePattern> {
    @Override
    public DatePattern convert(String value) {
      try {
        return of(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(String.valueOf(e.getMessage()));
      }
    }
  }
}
