package io.github.dicoso.benchmarks;

import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic synthetic population for one year (2019): officers with service periods, leaves
 * (some long enough to exempt) and about 40 grassroots visits each, of 1 to 5 days, with
 * overlapping visits, half days (some pairs on one date), invited-only, unapproved and undocumented
 * visits, and visits that run past the end of the year.
 *
 * <p>The same size and seed always give the same population. The mix (shares below) is chosen to
 * exercise every branch of the accrual and requirement rules, not to model a real province.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Population {
  /** The year every population covers. */
  public static final Year YEAR = Year.of(2019);

  /** The seed the benchmarks use. */
  public static final long SEED = 20190101L;

  private static final LocalDate JAN_1 = YEAR.atDay(1);

  /**
   * First and last day offsets (from 1/1) a visit may start on: a few start in late December 2018.
   */
  private static final int FIRST_START = -4;

  private static final int LAST_START = YEAR.length() - 1;

  private static final String[] DEPARTMENTS = {
    "Văn phòng",
    "Ban Tổ chức",
    "Ban Tuyên giáo",
    "Ban Phong trào",
    "Ban Thanh niên trường học",
    "Ban Công nhân lao động",
    "Ban Kiểm tra",
    "Hội Liên hiệp Thanh niên"
  };
  private static final String[] HOST_UNITS = hostUnits(40);

  private final List<Officer> officers;
  private final List<List<Visit>> visits;
  private final List<List<Leave>> leaves;
  private final int visitCount;

  private Population(List<Officer> officers, List<List<Visit>> visits, List<List<Leave>> leaves) {
    this.officers = Collections.unmodifiableList(officers);
    this.visits = Collections.unmodifiableList(visits);
    this.leaves = Collections.unmodifiableList(leaves);
    this.visitCount = visits.stream().mapToInt(List::size).sum();
  }

  /** The population of {@code size} officers generated from {@code seed}. */
  public static Population generate(int size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("population size " + size + " is below 1");
    }
    SplittableRandom random = new SplittableRandom(seed);
    List<Officer> officers = new ArrayList<>(size);
    List<List<Visit>> visits = new ArrayList<>(size);
    List<List<Leave>> leaves = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      String id = String.format("O%06d", i);
      officers.add(officer(id, random));
      leaves.add(leaves(id, random));
      visits.add(visits(id, random));
    }
    return new Population(officers, visits, leaves);
  }

  /** The officers, in generation order. */
  public List<Officer> officers() {
    return officers;
  }

  /** The visits of the officer at {@code index}. */
  public List<Visit> visitsOf(int index) {
    return visits.get(index);
  }

  /** The leaves of the officer at {@code index}. */
  public List<Leave> leavesOf(int index) {
    return leaves.get(index);
  }

  /** The population as the evaluator takes it, in generation order (which is officer id order). */
  public io.github.dicoso.compliance.Population records() {
    List<OfficerRecord> records = new ArrayList<>(size());
    for (int i = 0; i < size(); i++) {
      records.add(OfficerRecord.of(officers.get(i), visits.get(i), leaves.get(i)));
    }
    return io.github.dicoso.compliance.Population.of(records);
  }

  /** The number of officers. */
  public int size() {
    return officers.size();
  }

  /** The number of visits of all officers. */
  public int visitCount() {
    return visitCount;
  }

  private static Officer officer(String id, SplittableRandom random) {
    double r = random.nextDouble();
    Level level = r < 0.45 ? Level.CENTRAL : r < 0.90 ? Level.PROVINCIAL : Level.DISTRICT;
    Officer.Builder officer =
        Officer.builder()
            .id(id)
            .level(level)
            .employment(random.nextDouble() < 0.9 ? Employment.FULL_TIME : Employment.PART_TIME)
            .committeeMember(random.nextDouble() < 0.15)
            .department(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]);
    double s = random.nextDouble();
    if (s < 0.08) { // joined during the year
      officer.addServicePeriods(ServicePeriod.from(day(random.nextInt(30, 330))));
    } else if (s < 0.16) { // left during the year
      officer.addServicePeriods(
          ServicePeriod.of(LocalDate.of(2012, 9, 1), day(random.nextInt(30, 330))));
    } else if (s < 0.20) { // transferred out and back
      int out = random.nextInt(30, 250);
      officer.addServicePeriods(
          ServicePeriod.of(LocalDate.of(2014, 3, 1), day(out)),
          ServicePeriod.from(day(out + random.nextInt(20, 90))));
    } else if (s < 0.40) { // in post since an earlier year, recorded
      officer.addServicePeriods(
          ServicePeriod.from(LocalDate.of(2010 + random.nextInt(9), 1 + random.nextInt(12), 1)));
    } // otherwise no recorded period: in post throughout
    return officer.build();
  }

  private static List<Leave> leaves(String id, SplittableRandom random) {
    double r = random.nextDouble();
    int start = random.nextInt(0, 200);
    if (r < 0.03) { // long-term study of 7 months: exempts
      return List.of(
          Leave.of(id, LeaveKind.STUDY, day(start), day(start).plusMonths(7).minusDays(1)));
    } else if (r < 0.05) { // study of 3 months: reduces the requirement
      return List.of(
          Leave.of(id, LeaveKind.STUDY, day(start), day(start).plusMonths(3).minusDays(1)));
    } else if (r < 0.07) { // sick leave of 2 months: reduces
      return List.of(
          Leave.of(id, LeaveKind.SICK, day(start), day(start).plusMonths(2).minusDays(1)));
    } else if (r < 0.08) { // long-term sick leave of 8 months: exempts
      return List.of(
          Leave.of(id, LeaveKind.SICK, day(start / 2), day(start / 2).plusMonths(8).minusDays(1)));
    } else if (r < 0.10) { // maternity leave: exempts
      return List.of(
          Leave.of(id, LeaveKind.MATERNITY, day(start), day(start).plusMonths(6).minusDays(1)));
    } else if (r < 0.13) { // other absence: changes nothing
      return List.of(Leave.of(id, LeaveKind.OTHER, day(start), day(start + 9)));
    }
    return List.of();
  }

  private static List<Visit> visits(String officerId, SplittableRandom random) {
    int count = random.nextInt(35, 46); // 40 on average
    List<Visit> visits = new ArrayList<>(count);
    int lastStart = random.nextInt(FIRST_START, LAST_START + 1);
    int lastHalfDay = Integer.MIN_VALUE;
    for (int j = 0; j < count; j++) {
      boolean halfDay = random.nextDouble() < 0.15;
      int start;
      if (halfDay && lastHalfDay != Integer.MIN_VALUE && random.nextDouble() < 0.4) {
        start = lastHalfDay; // a second half day on the same date: together one day
      } else if (random.nextDouble() < 0.15) {
        start =
            Math.min(LAST_START, lastStart + random.nextInt(0, 3)); // overlaps the previous visit
      } else {
        start = random.nextInt(FIRST_START, LAST_START + 1);
      }
      int length = halfDay ? 1 : 1 + random.nextInt(5);
      if (halfDay) {
        lastHalfDay = start;
      }
      lastStart = start;
      LocalDate end = day(start + length - 1);
      Visit.Builder visit =
          Visit.builder()
              .id(officerId + "-V" + j)
              .officerId(officerId)
              .start(day(start))
              .end(end)
              .kinds(kinds(random))
              .hostUnit(HOST_UNITS[random.nextInt(HOST_UNITS.length)])
              .hostLevel(HostLevel.values()[random.nextInt(HostLevel.values().length)])
              .halfDay(halfDay)
              .invitedOnly(random.nextDouble() < 0.05)
              .approved(random.nextDouble() < 0.92)
              .travelOrder(random.nextDouble() < 0.95);
      if (random.nextDouble() < 0.85) {
        visit.reportDate(end.plusDays(random.nextInt(0, 16)));
      }
      visits.add(visit.build());
    }
    return visits;
  }

  private static EnumSet<KindOfWork> kinds(SplittableRandom random) {
    KindOfWork[] all = KindOfWork.values();
    EnumSet<KindOfWork> kinds = EnumSet.of(all[random.nextInt(all.length)]);
    if (random.nextDouble() < 0.3) {
      kinds.add(all[random.nextInt(all.length)]);
    }
    return kinds;
  }

  private static LocalDate day(int offset) {
    return JAN_1.plusDays(offset);
  }

  private static String[] hostUnits(int n) {
    String[] units = new String[n];
    for (int i = 0; i < n; i++) {
      units[i] = "Đơn vị cơ sở " + (i + 1);
    }
    return units;
  }
}
