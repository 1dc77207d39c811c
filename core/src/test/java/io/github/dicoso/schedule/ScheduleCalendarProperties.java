package io.github.dicoso.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

class ScheduleCalendarProperties {
  private static LocalDate d(int month, int day) {
    return LocalDate.of(2019, month, day);
  }

  private static ScheduleCalendar calendar(
      List<net.jqwik.api.Tuple.Tuple3<Integer, Integer, Integer>> months) {
    java.util.Map<YearQuarter, java.util.List<LocalDateRange>> windows = new java.util.HashMap<>();
    for (int m = 1; m <= 12; m++) {
      var t = months.get(m - 1);
      int first = Math.min(t.get1(), t.get2());
      int last = Math.max(t.get1(), t.get2());
      if (t.get3() <= 3) {
        continue; // no window this month
      }
      LocalDate start = LocalDate.of(2019, m, first + (t.get3() % 3) * 9);
      LocalDate end = LocalDate.of(2019, m, last + (t.get3() % 3) * 9);
      windows
          .computeIfAbsent(YearQuarter.from(start), q -> new java.util.ArrayList<>())
          .add(LocalDateRange.ofClosed(start, end));
    }
    if (windows.isEmpty()) {
      windows.put(YearQuarter.of(2019, 1), List.of(LocalDateRange.ofClosed(d(1, 2), d(1, 3))));
    }
    return ScheduleCalendar.of(Year.of(2019), windows);
  }

  @Property(tries = 200)
  void parse_ofToString_roundTrips(@ForAll("calendars") ScheduleCalendar calendar) {
    assertThat(ScheduleCalendar.parse(calendar.toString())).isEqualTo(calendar);
  }

  @Provide
  Arbitrary<ScheduleCalendar> calendars() {
    // at most one window a month, a random sub-range of its first, second or third nine days
    return Arbitraries.integers()
        .between(1, 9)
        .tuple3()
        .list()
        .ofSize(12)
        .map(ScheduleCalendarProperties::calendar);
  }
}
