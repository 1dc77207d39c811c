package io.github.dicoso.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

class ScheduleCalendarTest {
  private static LocalDate d(int month, int day) {
    return LocalDate.of(2019, month, day);
  }

  @Test
  void parse_compactForm_numbersWindowsWithinEachQuarter() {
    ScheduleCalendar c =
        ScheduleCalendar.parse("2019-Q2: 04-01..04-05, 05-06..05-10, 06-03..06-07\n");

    assertThat(c.year()).isEqualTo(Year.of(2019));
    assertThat(c.windowsIn(YearQuarter.of(2019, 2)))
        .extracting(Window::number, Window::start, Window::endInclusive)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, d(4, 1), d(4, 5)),
            org.assertj.core.groups.Tuple.tuple(2, d(5, 6), d(5, 10)),
            org.assertj.core.groups.Tuple.tuple(3, d(6, 3), d(6, 7)));
    assertThat(c.windowsIn(YearQuarter.of(2019, 1))).isEmpty();
  }

  @Test
  void parse_fullDatesCommentsAndBlankLines_areRead() {
    ScheduleCalendar c =
        ScheduleCalendar.parse("# Bình Thuận\n\n2019-Q1: 2019-03-18..2019-03-29\n");

    assertThat(c.windows())
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.dates()).isEqualTo(LocalDateRange.ofClosed(d(3, 18), d(3, 29)));
              assertThat(w.quarter()).isEqualTo(YearQuarter.of(2019, 1));
            });
  }

  @Test
  void parse_badRange_namesLineAndToken() {
    assertThatThrownBy(
            () ->
                ScheduleCalendar.parse("2019-Q1: 03-18..03-29\n2019-Q2: 04-01..04-05, 05-06-05-10"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("'05-06-05-10'");
  }

  @Test
  void parse_impossibleDate_namesLineAndToken() {
    assertThatThrownBy(() -> ScheduleCalendar.parse("2019-Q1: 02-27..02-29"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("'02-27..02-29'");
  }

  @Test
  void parse_badQuarter_namesLineAndToken() {
    assertThatThrownBy(() -> ScheduleCalendar.parse("\n\n2019-Q5: 04-01..04-05"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("'2019-Q5'");
  }

  @Test
  void parse_windowOutsideItsQuarter_namesLineTokenAndQuarter() {
    assertThatThrownBy(() -> ScheduleCalendar.parse("2019-Q2: 03-18..03-29"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("'03-18..03-29'")
        .hasMessageContaining("2019-Q2");
  }

  @Test
  void parse_quarterOfAnotherYearOrListedTwice_isRejected() {
    assertThatThrownBy(() -> ScheduleCalendar.parse("2019-Q1: 03-18..03-29\n2020-Q2: 04-01..04-05"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("'2020-Q2'");
    assertThatThrownBy(() -> ScheduleCalendar.parse("2019-Q1: 03-18..03-29\n2019-Q1: 03-01..03-05"))
        .hasMessageContaining("line 2")
        .hasMessageContaining("line 1");
  }

  @Test
  void parse_noQuarterOrMissingColon_isRejected() {
    assertThatThrownBy(() -> ScheduleCalendar.parse("# nothing\n"))
        .hasMessageContaining("no quarter");
    assertThatThrownBy(() -> ScheduleCalendar.parse("2019-Q1 03-18..03-29"))
        .hasMessageContaining("line 1");
  }

  @Test
  void parse_overlappingWindows_isRejected() {
    assertThatThrownBy(() -> ScheduleCalendar.parse("2019-Q2: 04-01..04-05, 04-05..04-09"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlaps");
  }

  @Test
  void windowOf_outsideItsQuarter_namesTheWindow() {
    assertThatThrownBy(
            () -> Window.of(YearQuarter.of(2019, 2), 1, LocalDateRange.ofClosed(d(6, 28), d(7, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("window 2019-Q2 #1")
        .hasMessageContaining("2019-06-28..2019-07-02");
  }

  @Test
  void of_windowsGivenOutOfOrder_numbersThemInDateOrder() {
    YearQuarter q3 = YearQuarter.of(2019, 3);
    ScheduleCalendar c =
        ScheduleCalendar.of(
            Year.of(2019),
            Map.of(
                q3,
                List.of(
                    LocalDateRange.ofClosed(d(8, 5), d(8, 9)),
                    LocalDateRange.ofClosed(d(7, 1), d(7, 5)))));

    assertThat(c.windows()).extracting(Window::number).containsExactly(1, 2);
    assertThat(c.windows().get(0).start()).isEqualTo(d(7, 1));
  }

  @Test
  void windowEnclosing_rangeAcrossTwoWindows_isEmpty() {
    ScheduleCalendar c = ScheduleCalendar.parse("2019-Q2: 04-01..04-05, 04-06..04-10");

    assertThat(c.windowEnclosing(LocalDateRange.ofClosed(d(4, 2), d(4, 4))))
        .map(Window::number)
        .contains(1);
    assertThat(c.windowEnclosing(LocalDateRange.ofClosed(d(4, 5), d(4, 6)))).isEmpty();
    assertThat(c.windowsOverlapping(LocalDateRange.ofClosed(d(4, 5), d(4, 6)))).hasSize(2);
  }
}
