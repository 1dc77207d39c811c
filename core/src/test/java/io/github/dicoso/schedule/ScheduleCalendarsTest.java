package io.github.dicoso.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Citation;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.threeten.extra.YearQuarter;

class ScheduleCalendarsTest {
  @Test
  void binhThuan2019_listsTheTenWindowsOfTheReport() {
    ScheduleCalendar c = ScheduleCalendars.binhThuan2019();

    assertThat(c.year()).isEqualTo(Year.of(2019));
    assertThat(c.windows())
        .extracting(Window::toString)
        .containsExactly(
            "2019-Q1#1 2019-03-18..2019-03-29",
            "2019-Q2#1 2019-04-01..2019-04-05",
            "2019-Q2#2 2019-05-06..2019-05-10",
            "2019-Q2#3 2019-06-03..2019-06-07",
            "2019-Q3#1 2019-07-01..2019-07-05",
            "2019-Q3#2 2019-08-05..2019-08-09",
            "2019-Q3#3 2019-09-02..2019-09-06",
            "2019-Q4#1 2019-10-01..2019-10-10",
            "2019-Q4#2 2019-11-04..2019-11-08",
            "2019-Q4#3 2019-12-05..2019-12-06");
  }

  @Test
  void binhThuan2019_windowDates_areClosedRanges() {
    Window december = ScheduleCalendars.binhThuan2019().windowsIn(YearQuarter.of(2019, 4)).get(2);

    assertThat(december.dates().lengthInDays()).isEqualTo(2);
    assertThat(december.dates().contains(LocalDate.of(2019, 12, 6))).isTrue();
    assertThat(december.dates().contains(LocalDate.of(2019, 12, 7))).isFalse();
  }

  @Test
  void binhThuan2019_citesTheProvincialReportOf30October2019() {
    Citation source = ScheduleCalendars.binhThuan2019().source().orElseThrow();

    assertThat(source.authority()).isEqualTo(Citation.Authority.PROVINCIAL);
    assertThat(source.issuer()).contains("Tỉnh đoàn Bình Thuận");
    assertThat(source.date()).contains(LocalDate.of(2019, 10, 30));
  }
}
