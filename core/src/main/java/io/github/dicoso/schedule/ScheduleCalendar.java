package io.github.dicoso.schedule;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.dicoso.Citation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The scheduling windows (đợt) of one year, quarter by quarter: "the province sets windows per
 * quarter in which registered visits take place" (Tỉnh đoàn Bình Thuận, report of 30/10/2019).
 * Every window is a closed date range inside its quarter; windows do not overlap and are listed in
 * date order, numbered from 1 within each quarter. A quarter may have no windows.
 *
 * <p>The text form, one line per quarter, is what {@link #parse} reads and {@link #toString()}
 * writes:
 *
 * <pre>
 * 2019-Q1: 03-18..03-29
 * 2019-Q2: 04-01..04-05, 05-06..05-10, 06-03..06-07
 * </pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ScheduleCalendar {
  private static final Pattern LINE = Pattern.compile("\\s*(\\S+?)\\s*:(.*)");
  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  ScheduleCalendar() {}

  /**
   * {@code calendar} with its {@link #source()} set: the document that sets its windows.
   *
   * @param source the citation of the windows
   * @return a copy of this calendar that cites {@code source}
   */
  public ScheduleCalendar citing(Citation source) {
    return ImmutableScheduleCalendar.instance(year(), windows(), Optional.of(source));
  }

  /**
   * The calendar of {@code year} with, for each quarter, its windows as closed ranges ({@link
   * LocalDateRange#getEndInclusive()} is a window's last day). Windows are numbered in date order
   * within their quarter.
   *
   * @param year the year
   * @param windows each quarter's windows, in any order
   * @return the calendar
   * @throws IllegalArgumentException if a window lies outside its quarter, a quarter is of another
   *     year, or windows overlap
   */
  public static ScheduleCalendar of(
      Year year, Map<YearQuarter, ? extends List<LocalDateRange>> windows) {
    List<Window> all = new ArrayList<>();
    windows.forEach(
        (quarter, ranges) -> {
          List<LocalDateRange> sorted = new ArrayList<>(ranges);
          sorted.sort(Comparator.comparing(LocalDateRange::getStart));
          for (int i = 0; i < sorted.size(); i++) {
            all.add(Window.of(quarter, i + 1, sorted.get(i)));
          }
        });
    all.sort(Comparator.comparing(Window::start));
    return ImmutableScheduleCalendar.instance(year, all, Optional.empty());
  }

  /**
   * Parses the text form: one line per quarter, {@code 2019-Q2: 04-01..04-05, 05-06..05-10}, each
   * window a closed range {@code MM-DD..MM-DD} in the quarter's year or {@code
   * YYYY-MM-DD..YYYY-MM-DD}. Blank lines and lines starting with {@code #} are skipped. All
   * quarters must be of one year; a quarter may be listed once, with no windows after the colon.
   *
   * @param text the calendar's text
   * @return the calendar
   * @throws IllegalArgumentException naming the line number and the token at fault
   */
  public static ScheduleCalendar parse(CharSequence text) {
    String[] lines = text.toString().split("\\R", -1);
    Year year = null;
    Map<YearQuarter, Integer> seenOn = new HashMap<>();
    Map<YearQuarter, List<LocalDateRange>> windows = new java.util.LinkedHashMap<>();
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "schedule calendar, line "
                + lineNo
                + ": '"
                + line
                + "' is not of the form '2019-Q2: 04-01..04-05, 05-06..05-10'");
      }
      String quarterToken = m.group(1);
      YearQuarter quarter;
      try {
        quarter = YearQuarter.parse(quarterToken);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(
            "schedule calendar, line "
                + lineNo
                + ": token '"
                + quarterToken
                + "' is not a quarter of the form 2019-Q2",
            e);
      }
      if (year == null) {
        year = Year.of(quarter.getYear());
      } else if (quarter.getYear() != year.getValue()) {
        throw new IllegalArgumentException(
            "schedule calendar, line "
                + lineNo
                + ": token '"
                + quarterToken
                + "' is not of the year "
                + year
                + " of the first quarter listed");
      }
      Integer first = seenOn.putIfAbsent(quarter, lineNo);
      if (first != null) {
        throw new IllegalArgumentException(
            "schedule calendar, line "
                + lineNo
                + ": token '"
                + quarterToken
                + "' lists a quarter already listed on line "
                + first);
      }
      List<LocalDateRange> ranges = new ArrayList<>();
      String rest = m.group(2).strip();
      if (!rest.isEmpty()) {
        for (String raw : rest.split(",", -1)) {
          String token = raw.strip();
          LocalDateRange range = parseRange(token, quarter, lineNo);
          if (!Window.quarterDates(quarter).encloses(range)) {
            throw new IllegalArgumentException(
                "schedule calendar, line "
                    + lineNo
                    + ": token '"
                    + token
                    + "': window "
                    + range.getStart()
                    + ".."
                    + range.getEndInclusive()
                    + " lies outside "
                    + quarter);
          }
          ranges.add(range);
        }
      }
      windows.put(quarter, ranges);
    }
    if (year == null) {
      throw new IllegalArgumentException("schedule calendar: the text lists no quarter");
    }
    try {
      return of(year, windows);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("schedule calendar: " + e.getMessage(), e);
    }
  }

  private static LocalDateRange parseRange(String token, YearQuarter quarter, int lineNo) {
    int dots = token.indexOf("..");
    String problem = null;
    if (dots < 0) {
      problem = "is not a closed range MM-DD..MM-DD or YYYY-MM-DD..YYYY-MM-DD";
    } else {
      try {
        LocalDate start = parseDate(token.substring(0, dots).strip(), quarter);
        LocalDate end = parseDate(token.substring(dots + 2).strip(), quarter);
        if (end.isBefore(start)) {
          problem = "ends before it starts";
        } else {
          return LocalDateRange.ofClosed(start, end);
        }
      } catch (DateTimeException e) {
        problem = "is not a closed range of valid dates (" + e.getMessage() + ")";
      }
    }
    throw new IllegalArgumentException(
        "schedule calendar, line " + lineNo + ": token '" + token + "' " + problem);
  }

  private static LocalDate parseDate(String s, YearQuarter quarter) {
    if (s.length() == 5) {
      MonthDay monthDay = MonthDay.parse("--" + s);
      if (!monthDay.isValidYear(quarter.getYear())) {
        throw new DateTimeException(s + " does not exist in " + quarter.getYear());
      }
      return monthDay.atYear(quarter.getYear());
    }
    return LocalDate.parse(s);
  }

  /** {@return the year the calendar schedules} */
  @Value.Parameter
  public abstract Year year();

  /** {@return the windows of the year in date order} */
  @Value.Parameter
  public abstract List<Window> windows();

  /** {@return the document that sets these windows, if known} */
  @Value.Parameter
  public abstract Optional<Citation> source();

  /** {@return the four quarters of the year, Q1 to Q4} */
  public List<YearQuarter> quarters() {
    ImmutableList.Builder<YearQuarter> quarters = ImmutableList.builder();
    for (int q = 1; q <= 4; q++) {
      quarters.add(YearQuarter.of(year(), q));
    }
    return quarters.build();
  }

  /**
   * The windows of {@code quarter}, in date order; empty if it has none.
   *
   * @param quarter the quarter
   * @return its windows
   */
  public List<Window> windowsIn(YearQuarter quarter) {
    return windows().stream()
        .filter(w -> w.quarter().equals(quarter))
        .collect(ImmutableList.toImmutableList());
  }

  /**
   * The window that contains every date of the closed range {@code dates}, if there is one.
   *
   * @param dates the dates, a closed range
   * @return the enclosing window, if any
   */
  public Optional<Window> windowEnclosing(LocalDateRange dates) {
    return windows().stream().filter(w -> w.encloses(dates)).findFirst();
  }

  /**
   * The windows that share at least one date with the closed range {@code dates}, in date order.
   *
   * @param dates the dates, a closed range
   * @return the overlapping windows, possibly none
   */
  public List<Window> windowsOverlapping(LocalDateRange dates) {
    return windows().stream()
        .filter(w -> w.overlaps(dates))
        .collect(ImmutableList.toImmutableList());
  }

  @Value.Check
  void validate() {
    String record = "schedule calendar " + year();
    Window previous = null;
    Map<YearQuarter, Integer> count = new HashMap<>();
    for (Window w : windows()) {
      checkArgument(
          w.quarter().getYear() == year().getValue(),
          "%s: window %s is of another year",
          record,
          w);
      if (previous != null) {
        checkArgument(
            previous.dates().isBefore(w.dates()),
            "%s: window %s overlaps or precedes window %s; windows must be disjoint and in date order",
            record,
            w,
            previous);
      }
      int expected = count.merge(w.quarter(), 1, Integer::sum);
      checkArgument(
          w.number() == expected,
          "%s: window %s should be number %s of its quarter in date order",
          record,
          w,
          expected);
      previous = w;
    }
  }

  /**
   * The text form {@link #parse} reads: one line per quarter that has windows, in {@code MM-DD}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (YearQuarter quarter : quarters()) {
      List<Window> ws = windowsIn(quarter);
      if (ws.isEmpty()) {
        continue;
      }
      sb.append(quarter).append(':');
      String sep = " ";
      for (Window w : ws) {
        sb.append(sep)
            .append(MONTH_DAY.format(w.start()))
            .append("..")
            .append(MONTH_DAY.format(w.endInclusive()));
        sep = ", ";
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
