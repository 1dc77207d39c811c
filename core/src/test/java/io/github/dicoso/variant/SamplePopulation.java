package io.github.dicoso.variant;

import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A small provincial agency in 2019 built so that each preset changes the status of some officers
 * and not of others:
 *
 * <ul>
 *   <li>O-01 64 days from March (30 branch, 20 commune, 14 district): compliant under every rule;
 *   <li>O-02 45 days: non-compliant nationally, compliant in a 30-day year;
 *   <li>O-03 and O-04, district officers with 62 and 20 days: not subject nationally, compliant and
 *       non-compliant when district officers are included;
 *   <li>O-05 10 district days in February and 51 from March (31 branch, 20 commune): compliant on
 *       the calendar year, not from March;
 *   <li>O-06 57 days with a travel order (30 branch, 17 commune, 10 district) and 5 commune days
 *       without: compliant unless travel orders are required (then short of 60 and of the commune
 *       minimum, which the travel-order days alone would have met);
 *   <li>O-07 55 approved days (30 branch, 15 commune, 10 district) and 8 unapproved commune days:
 *       compliant unless approval is required;
 *   <li>O-08 on maternity leave: exempt; O-09 part-time: not subject.
 * </ul>
 *
 * <p>Every subject officer but O-02 meets the Bà Rịa–Vũng Tàu minimums (30 branch, 20 commune, 10
 * district) with all their visits, so that only O-06 changes status under that policy.
 */
final class SamplePopulation {
  private SamplePopulation() {}

  static List<OfficerRecord> agency2019() {
    List<OfficerRecord> records = new ArrayList<>();
    records.add(
        record(
            officer("O-01", "Nguyễn Thị Lan", Level.PROVINCIAL, Employment.FULL_TIME),
            concat(
                block("O-01", "a", date(3, 4), 30, HostLevel.BRANCH, v -> v),
                block("O-01", "b", date(6, 3), 20, HostLevel.COMMUNE, v -> v),
                block("O-01", "c", date(8, 5), 14, HostLevel.DISTRICT, v -> v))));
    records.add(
        record(
            officer("O-02", "Trần Văn Minh", Level.PROVINCIAL, Employment.FULL_TIME),
            block("O-02", "a", date(3, 4), 45, HostLevel.BRANCH, v -> v)));
    records.add(
        record(
            officer("O-03", "Lê Văn Hùng", Level.DISTRICT, Employment.FULL_TIME),
            block("O-03", "a", date(3, 4), 62, HostLevel.COMMUNE, v -> v)));
    records.add(
        record(
            officer("O-04", "Phạm Thị Nga", Level.DISTRICT, Employment.FULL_TIME),
            block("O-04", "a", date(3, 4), 20, HostLevel.BRANCH, v -> v)));
    records.add(
        record(
            officer("O-05", "Võ Thị Thảo", Level.PROVINCIAL, Employment.FULL_TIME),
            concat(
                block("O-05", "a", date(2, 4), 10, HostLevel.DISTRICT, v -> v),
                block("O-05", "b", date(3, 4), 31, HostLevel.BRANCH, v -> v),
                block("O-05", "c", date(6, 3), 20, HostLevel.COMMUNE, v -> v))));
    records.add(
        record(
            officer("O-06", "Đặng Văn Dũng", Level.PROVINCIAL, Employment.FULL_TIME),
            concat(
                block("O-06", "a", date(3, 4), 30, HostLevel.BRANCH, v -> v),
                block("O-06", "b", date(6, 3), 17, HostLevel.COMMUNE, v -> v),
                block("O-06", "c", date(8, 5), 10, HostLevel.DISTRICT, v -> v),
                block("O-06", "d", date(11, 4), 5, HostLevel.COMMUNE, v -> v.travelOrder(false)))));
    records.add(
        record(
            officer("O-07", "Bùi Thị Hoa", Level.PROVINCIAL, Employment.FULL_TIME),
            concat(
                block("O-07", "a", date(3, 4), 30, HostLevel.BRANCH, v -> v),
                block("O-07", "b", date(6, 3), 15, HostLevel.COMMUNE, v -> v),
                block("O-07", "c", date(8, 5), 10, HostLevel.DISTRICT, v -> v),
                block("O-07", "d", date(10, 7), 8, HostLevel.COMMUNE, v -> v.approved(false)))));
    records.add(
        OfficerRecord.of(
            officer("O-08", "Ngô Thị Mai", Level.PROVINCIAL, Employment.FULL_TIME),
            List.of(),
            List.of(Leave.of("O-08", LeaveKind.MATERNITY, date(3, 1), date(8, 31)))));
    records.add(
        record(
            officer("O-09", "Hồ Văn Tuấn", Level.PROVINCIAL, Employment.PART_TIME),
            block("O-09", "a", date(3, 4), 10, HostLevel.BRANCH, v -> v)));
    return records;
  }

  /** The agency as one population. */
  static Population population() {
    return Population.of(agency2019());
  }

  static LocalDate date(int month, int day) {
    return LocalDate.of(2019, month, day);
  }

  static Officer officer(String id, String name, Level level, Employment employment) {
    return Officer.builder()
        .id(id)
        .name(name)
        .level(level)
        .employment(employment)
        .department("Ban Tổ chức")
        .build();
  }

  static OfficerRecord record(Officer officer, List<Visit> visits) {
    return OfficerRecord.of(officer, visits, List.of());
  }

  /**
   * {@code days} days of visits of five days or fewer, one a week from {@code start}, each dated
   * Monday to Friday: distinct dates, so exactly {@code days} are credited when all count.
   */
  static List<Visit> block(
      String officerId,
      String tag,
      LocalDate start,
      int days,
      HostLevel level,
      UnaryOperator<Visit.Builder> tweak) {
    List<Visit> visits = new ArrayList<>();
    int left = days;
    for (int week = 0; left > 0; week++) {
      int length = Math.min(5, left);
      LocalDate from = start.plusWeeks(week);
      visits.add(
          tweak
              .apply(
                  Visit.builder()
                      .id(officerId + "-" + tag + week)
                      .officerId(officerId)
                      .start(from)
                      .end(from.plusDays(length - 1))
                      .addKinds(KindOfWork.THEMATIC)
                      .hostUnit(level + " unit " + (week % 3))
                      .hostLevel(level))
              .build());
      left -= length;
    }
    return visits;
  }

  @SafeVarargs
  static List<Visit> concat(List<Visit>... lists) {
    List<Visit> all = new ArrayList<>();
    for (List<Visit> l : lists) {
      all.addAll(l);
    }
    return all;
  }
}
