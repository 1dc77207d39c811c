package io.github.dicoso.schedule;

import static io.github.dicoso.schedule.Fixtures.WINDOWED;
import static io.github.dicoso.schedule.Fixtures.approved;
import static io.github.dicoso.schedule.Fixtures.planned;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class PlanChecksProperties {

  /** A visit inside a window is never reported outside, wherever the window and the visit lie. */
  @Property(tries = 300)
  void outsideWindows_visitInsideAWindow_isNeverReported(
      @ForAll @IntRange(min = 0, max = 364) int windowStart,
      @ForAll @IntRange(min = 0, max = 20) int windowLength,
      @ForAll @IntRange(min = 0, max = 20) int offset,
      @ForAll @IntRange(min = 0, max = 20) int length) {
    LocalDate start = LocalDate.of(2019, 1, 1).plusDays(windowStart);
    LocalDate quarterEnd = org.threeten.extra.YearQuarter.from(start).atEndOfQuarter();
    LocalDate end =
        start.plusDays(windowLength).isAfter(quarterEnd)
            ? quarterEnd
            : start.plusDays(windowLength);
    ScheduleCalendar calendar =
        ScheduleCalendar.of(
            java.time.Year.of(2019),
            java.util.Map.of(
                org.threeten.extra.YearQuarter.from(start),
                List.of(org.threeten.extra.LocalDateRange.ofClosed(start, end))));
    long span = end.toEpochDay() - start.toEpochDay();
    LocalDate visitStart = start.plusDays(Math.min(offset, span));
    LocalDate visitEnd =
        visitStart.plusDays(Math.min(length, end.toEpochDay() - visitStart.toEpochDay()));
    QuarterlyPlan plan =
        approved("O-1", start, start, planned("P-1", visitStart, visitEnd, "H", "t"));

    assertThat(PlanChecks.outsideWindows(WINDOWED, calendar, plan)).isEmpty();
  }
}
