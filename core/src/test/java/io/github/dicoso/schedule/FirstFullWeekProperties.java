package io.github.dicoso.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.threeten.extra.LocalDateRange;

class FirstFullWeekProperties {

  @Property(tries = 200)
  void window_isAMondayToFridayWeekInsideTheMonthWithoutExcludedDates(
      @ForAll @IntRange(min = 2000, max = 2100) int year,
      @ForAll @IntRange(min = 1, max = 12) int month,
      @ForAll @IntRange(min = 1, max = 28) int holiday) {
    YearMonth ym = YearMonth.of(year, month);
    Set<LocalDate> excluded = Set.of(ym.atDay(holiday));

    LocalDateRange w = FirstFullWeek.window(ym, excluded).orElseThrow();

    assertThat(w.getStart().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(w.getEndInclusive()).isEqualTo(w.getStart().plusDays(4));
    assertThat(YearMonth.from(w.getStart())).isEqualTo(ym);
    assertThat(YearMonth.from(w.getEndInclusive())).isEqualTo(ym);
    assertThat(w.contains(ym.atDay(holiday))).isFalse();
    // no earlier qualifying week exists
    LocalDate earlierMonday = w.getStart().minusWeeks(1);
    boolean earlierFits =
        !earlierMonday.isBefore(ym.atDay(1))
            && !LocalDateRange.ofClosed(earlierMonday, earlierMonday.plusDays(4))
                .contains(ym.atDay(holiday));
    assertThat(earlierFits).isFalse();
  }
}
