package io.github.dicoso.schedule;

import io.github.dicoso.Sources;

/** The schedule calendars this library ships with, as worked examples of real provinces. */
public final class ScheduleCalendars {
  private static final ScheduleCalendar BINH_THUAN_2019 =
      ScheduleCalendar.parse(
              """
                  2019-Q1: 03-18..03-29
                  2019-Q2: 04-01..04-05, 05-06..05-10, 06-03..06-07
                  2019-Q3: 07-01..07-05, 08-05..08-09, 09-02..09-06
                  2019-Q4: 10-01..10-10, 11-04..11-08, 12-05..12-06\
                  """)
          .citing(
              Sources.binhThuan2019(
                  "windows of 2019: Q1 18–29/3; Q2 1–5/4, 6–10/5, 3–7/6; Q3 1–5/7, 5–9/8,"
                      + " 2–6/9; Q4 1–10/10, 4–8/11, 5–6/12"));

  private ScheduleCalendars() {}

  /**
   * {@return the windows of Tỉnh đoàn Bình Thuận in 2019, as its report of 30/10/2019 lists them:
   * Q1 18–29/3; Q2 1–5/4, 6–10/5, 3–7/6; Q3 1–5/7, 5–9/8, 2–6/9; Q4 1–10/10, 4–8/11, 5–6/12 (every
   * range closed)} The calendar's {@link ScheduleCalendar#source()} cites the report.
   */
  public static ScheduleCalendar binhThuan2019() {
    return BINH_THUAN_2019;
  }
}
