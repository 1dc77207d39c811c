package io.github.dicoso.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class FirstFullWeekTest {
  /**
   * Vietnam's public holidays of 2019 that fall on weekdays: New Year 1/1; Tết 4–8/2; Hùng Kings
   * 15/4 (for Sunday 14/4); 29/4 (bridge day), 30/4 and 1/5; National Day 2/9.
   */
  private static final Set<LocalDate> HOLIDAYS_2019 =
      Set.of(
          LocalDate.of(2019, 1, 1),
          LocalDate.of(2019, 2, 4),
          LocalDate.of(2019, 2, 5),
          LocalDate.of(2019, 2, 6),
          LocalDate.of(2019, 2, 7),
          LocalDate.of(2019, 2, 8),
          LocalDate.of(2019, 4, 15),
          LocalDate.of(2019, 4, 29),
          LocalDate.of(2019, 4, 30),
          LocalDate.of(2019, 5, 1),
          LocalDate.of(2019, 9, 2));

  private static final Set<Month> CHECKED =
      EnumSet.of(
          Month.APRIL,
          Month.MAY,
          Month.JUNE,
          Month.JULY,
          Month.AUGUST,
          Month.SEPTEMBER,
          Month.NOVEMBER);

  /** For each checked month, whether the generated window equals Bình Thuận's. */
  private static Map<Month, Boolean> comparison(Set<LocalDate> excluded) {
    ScheduleCalendar generated = FirstFullWeek.calendar(Year.of(2019), CHECKED, excluded);
    Map<Month, Boolean> same = new TreeMap<>();
    for (Month m : CHECKED) {
      LocalDateRange gen = windowIn(generated, m);
      LocalDateRange bt = windowIn(ScheduleCalendars.binhThuan2019(), m);
      same.put(m, gen != null && gen.equals(bt));
    }
    return same;
  }

  private static LocalDateRange windowIn(ScheduleCalendar c, Month m) {
    return c.windows().stream()
        .filter(w -> w.start().getMonth() == m)
        .map(Window::dates)
        .findFirst()
        .orElse(null);
  }

  @Test
  void calendar_noHolidays_reproducesBinhThuanAprilToSeptemberAndNovember() {
    assertThat(comparison(Set.of())).containsOnlyKeys(CHECKED).doesNotContainValue(false);
  }

  @Test
  void calendar_2019Holidays_differsFromBinhThuanOnlyInSeptember() {
    Map<Month, Boolean> same = comparison(HOLIDAYS_2019);

    assertThat(same).containsEntry(Month.SEPTEMBER, false);
    same.remove(Month.SEPTEMBER);
    assertThat(same).hasSize(6).doesNotContainValue(false);
    // 2/9 is Monday of the first full week; the week is skipped and 9–13/9 taken instead,
    // while Bình Thuận's window 2–6/9 includes the holiday.
    assertThat(FirstFullWeek.window(YearMonth.of(2019, 9), HOLIDAYS_2019))
        .contains(LocalDateRange.ofClosed(LocalDate.of(2019, 9, 9), LocalDate.of(2019, 9, 13)));
  }

  @Test
  void calendar_otherMonths_differFromBinhThuan() {
    ScheduleCalendar generated = FirstFullWeek.calendar(Year.of(2019), HOLIDAYS_2019);
    for (Month m : EnumSet.of(Month.MARCH, Month.OCTOBER, Month.DECEMBER)) {
      assertThat(windowIn(generated, m))
          .as("%s", m)
          .isNotEqualTo(windowIn(ScheduleCalendars.binhThuan2019(), m));
    }
    // Tết 4–8/2 pushes February's window a week on
    assertThat(windowIn(generated, Month.FEBRUARY))
        .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2019, 2, 11), LocalDate.of(2019, 2, 15)));
  }

  @Test
  void window_everyWeekExcluded_isEmpty() {
    Set<LocalDate> mondays =
        Set.of(
            LocalDate.of(2019, 6, 3),
            LocalDate.of(2019, 6, 10),
            LocalDate.of(2019, 6, 17),
            LocalDate.of(2019, 6, 24));

    assertThat(FirstFullWeek.window(YearMonth.of(2019, 6), mondays)).isEmpty();
  }
}
