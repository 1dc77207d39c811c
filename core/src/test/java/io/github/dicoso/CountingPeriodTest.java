package io.github.dicoso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import org.junit.jupiter.api.Test;

class CountingPeriodTest {
  @Test
  void parse_quangTri_runsFromMarchToDecember() {
    CountingPeriod p = CountingPeriod.parse("03-01..12-31");
    assertThat(p.in(Year.of(2020)).getStart()).isEqualTo(LocalDate.of(2020, 3, 1));
    assertThat(p.in(Year.of(2020)).getEndInclusive()).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(p.in(Year.of(2020)).lengthInDays()).isEqualTo(306);
    assertThat(p).hasToString("03-01..12-31");
    assertThat(p.isCalendarYear()).isFalse();
  }

  @Test
  void calendarYear_coversEveryDayOfTheYear() {
    assertThat(CountingPeriod.calendarYear().in(Year.of(2020)).lengthInDays()).isEqualTo(366);
    assertThat(CountingPeriod.calendarYear().isCalendarYear()).isTrue();
    assertThat(CountingPeriod.calendarYear()).hasToString("01-01..12-31");
  }

  @Test
  void parse_fullDatesOfOneYear_keepsOnlyMonthsAndDays() {
    assertThat(CountingPeriod.parse("2020-03-01..2020-12-31"))
        .isEqualTo(CountingPeriod.of(MonthDay.of(3, 1), MonthDay.of(12, 31)));
  }

  @Test
  void parse_datesOfTwoYearsOrNoDots_isRejectedNamingTheText() {
    assertThatThrownBy(() -> CountingPeriod.parse("2020-03-01..2021-02-28"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("within one year");
    assertThatThrownBy(() -> CountingPeriod.parse("03-01 to 12-31"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'03-01 to 12-31'");
  }

  @Test
  void of_lastBeforeFirst_isRejected() {
    assertThatThrownBy(() -> CountingPeriod.of(MonthDay.of(12, 31), MonthDay.of(3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--03-01");
  }

  @Test
  void in_leapDayInACommonYear_fallsBackTo28February() {
    CountingPeriod p = CountingPeriod.of(MonthDay.of(1, 1), MonthDay.of(2, 29));
    assertThat(p.in(Year.of(2021)).getEndInclusive()).isEqualTo(LocalDate.of(2021, 2, 28));
    assertThat(p.in(Year.of(2020)).getEndInclusive()).isEqualTo(LocalDate.of(2020, 2, 29));
  }
}
