package io.github.dicoso.schedule;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * A generator of windows by the common pattern "the first full Monday–Friday week of each month".
 *
 * <p>The window of a month is the first Monday-to-Friday run of five days that lies entirely in the
 * month and contains none of the excluded dates (public holidays, passed in by the caller). <b>A
 * week containing an excluded date is skipped</b>, not shortened: a window is a full working week,
 * and the next full week of the same month is taken instead. A month with no such week has no
 * window.
 *
 * <p>Checked against Tỉnh đoàn Bình Thuận 2019 (report of 30/10/2019): with no excluded dates the
 * rule reproduces the windows of April to September and November exactly (1–5/4, 6–10/5, 3–7/6,
 * 1–5/7, 5–9/8, 2–6/9, 4–8/11). With the 2019 public holidays excluded, the September window moves
 * to 9–13/9, because 2/9 (National Day) falls on the Monday of the first full week: Bình Thuận's
 * window 2–6/9 includes the holiday. The windows of Q1 (18–29/3), October (1–10/10) and December
 * (5–6/12) follow no weekly pattern.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class FirstFullWeek {
  private FirstFullWeek() {}

  /**
   * The first full Monday–Friday week of {@code month} that contains no excluded date, as a closed
   * range (Monday to Friday inclusive); empty if there is none.
   *
   * @param month the month
   * @param excluded dates (holidays) that no window may contain
   * @return the window, if the month has such a week
   */
  public static Optional<LocalDateRange> window(YearMonth month, Set<LocalDate> excluded) {
    LocalDate monday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
    for (; !monday.plusDays(4).isAfter(month.atEndOfMonth()); monday = monday.plusWeeks(1)) {
      LocalDateRange week = LocalDateRange.ofClosed(monday, monday.plusDays(4));
      if (excluded.stream().noneMatch(week::contains)) {
        return Optional.of(week);
      }
    }
    return Optional.empty();
  }

  /**
   * The calendar of {@code year} with a window in every month, holidays excluded.
   *
   * @param year the year
   * @param excluded dates (holidays) that no window may contain
   * @return the calendar
   */
  public static ScheduleCalendar calendar(Year year, Set<LocalDate> excluded) {
    return calendar(year, EnumSet.allOf(Month.class), excluded);
  }

  /**
   * The calendar of {@code year} with a window in each of {@code months} that has one, excluding
   * weeks that contain an excluded date.
   *
   * @param year the year
   * @param months the months that get a window
   * @param excluded dates (holidays) that no window may contain
   * @return the calendar
   */
  public static ScheduleCalendar calendar(Year year, Set<Month> months, Set<LocalDate> excluded) {
    Map<YearQuarter, List<LocalDateRange>> windows = new LinkedHashMap<>();
    EnumSet<Month> inOrder = EnumSet.noneOf(Month.class);
    inOrder.addAll(months);
    for (Month month : inOrder) {
      window(year.atMonth(month), excluded)
          .ifPresent(
              w ->
                  windows
                      .computeIfAbsent(YearQuarter.from(w.getStart()), q -> new ArrayList<>())
                      .add(w));
    }
    return ScheduleCalendar.of(year, windows);
  }
}
