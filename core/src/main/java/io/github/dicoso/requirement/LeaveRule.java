package io.github.dicoso.requirement;

import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.VisitDuringLeave;
import io.github.dicoso.internal.DayBits;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The leave rule: a qualifying leave too short to exempt reduces the requirement pro rata to the
 * days away ({@link Parameter#LEAVE_REDUCES_REQUIREMENT}, a library default), and one date cannot
 * both earn a visit day and excuse one: a date covered by a credited visit and by such a leave is
 * credited and does not reduce the requirement, unless {@link Parameter#VISIT_DURING_LEAVE} lets
 * the leave win. A day counts once however many leaves cover it. Every leave given is accounted
 * for, applied or not, with the reason.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class LeaveRule {
  /**
   * The order leaves are taken in, whatever order they are given in: start, end, kind, label. The
   * rules of this package that list leaves use it, so their results do not depend on input order.
   */
  static final Comparator<Leave> ORDER =
      Comparator.comparing(Leave::start)
          .thenComparing(Leave::end)
          .thenComparing(Leave::kind)
          .thenComparing(Leave::label);

  private LeaveRule() {}

  /**
   * The dates on which a leave reduces {@code officer}'s requirement under {@code policy}: the
   * dates of leaves of a qualifying kind, in service in the period, when leaves reduce the
   * requirement; as closed ranges in date order.
   *
   * @param policy the policy applied
   * @param officer the officer
   * @param period the counting period, bounded
   * @param leaves the officer's leaves
   * @return the reducing dates, possibly none
   */
  public static List<LocalDateRange> reducingDates(
      Policy policy, Officer officer, LocalDateRange period, Iterable<Leave> leaves) {
    if (!policy.get(Parameter.LEAVE_REDUCES_REQUIREMENT)) {
      return List.of();
    }
    long[] away = DayBits.create(period.lengthInDays());
    for (Leave leave : leaves) {
      checkOwn(officer, leave);
      if (qualifies(policy, leave) && leave.dates().overlaps(period)) {
        DayBits.setRanges(away, period.getStart(), List.of(leave.dates().intersection(period)));
      }
    }
    long[] served = DayBits.create(period.lengthInDays());
    DayBits.setRanges(served, period.getStart(), officer.serviceWithin(period));
    for (int w = 0; w < away.length; w++) {
      away[w] &= served[w];
    }
    return DayBits.ranges(away, period.getStart());
  }

  /**
   * What becomes of each of {@code leaves} in {@code period}, in date order.
   *
   * @param policy the policy applied
   * @param officer the officer
   * @param period the counting period, bounded
   * @param leaves the officer's leaves
   * @param subject whether the officer is subject
   * @param exemption the officer's exemption, if any
   * @param creditedDates the dates credited to the officer's visits
   * @return one entry per leave
   */
  public static List<LeaveEntry> account(
      Policy policy,
      Officer officer,
      LocalDateRange period,
      Iterable<Leave> leaves,
      boolean subject,
      Optional<Exemption> exemption,
      List<LocalDateRange> creditedDates) {
    List<Leave> sorted = new ArrayList<>();
    leaves.forEach(
        l -> {
          checkOwn(officer, l);
          sorted.add(l);
        });
    sorted.sort(ORDER);
    long length = period.lengthInDays();
    long[] served = DayBits.create(length);
    DayBits.setRanges(served, period.getStart(), officer.serviceWithin(period));
    long[] credited = DayBits.create(length);
    DayBits.setRanges(credited, period.getStart(), creditedDates);
    boolean visitCounts = policy.get(Parameter.VISIT_DURING_LEAVE) == VisitDuringLeave.VISIT_COUNTS;
    long[] counted = DayBits.create(length);
    List<LeaveEntry> entries = new ArrayList<>();
    for (Leave leave : sorted) {
      if (!leave.dates().overlaps(period)) {
        entries.add(ImmutableLeaveEntry.instance(leave, LeaveOutcome.OUTSIDE_PERIOD, 0, 0));
        continue;
      }
      if (!subject) {
        entries.add(ImmutableLeaveEntry.instance(leave, LeaveOutcome.OFFICER_NOT_SUBJECT, 0, 0));
        continue;
      }
      if (exemption.isPresent()) {
        LeaveOutcome outcome =
            exemption.get().leaves().contains(leave)
                ? LeaveOutcome.EXEMPTS
                : LeaveOutcome.OFFICER_EXEMPT;
        entries.add(ImmutableLeaveEntry.instance(leave, outcome, 0, 0));
        continue;
      }
      if (!qualifies(policy, leave)) {
        entries.add(ImmutableLeaveEntry.instance(leave, LeaveOutcome.NOT_QUALIFYING, 0, 0));
        continue;
      }
      if (!policy.get(Parameter.LEAVE_REDUCES_REQUIREMENT)) {
        entries.add(ImmutableLeaveEntry.instance(leave, LeaveOutcome.NOT_REDUCING, 0, 0));
        continue;
      }
      long[] days = DayBits.create(length);
      DayBits.setRanges(days, period.getStart(), List.of(leave.dates().intersection(period)));
      long away = 0;
      long onVisits = 0;
      long inService = 0;
      for (int w = 0; w < days.length; w++) {
        long d = days[w] & served[w];
        inService += Long.bitCount(d);
        long visit = visitCounts ? d & credited[w] : 0;
        onVisits += Long.bitCount(visit);
        long fresh = d & ~visit & ~counted[w];
        away += Long.bitCount(fresh);
        counted[w] |= fresh;
      }
      LeaveOutcome outcome =
          inService == 0
              ? LeaveOutcome.OUTSIDE_SERVICE
              : onVisits == inService ? LeaveOutcome.COVERED_BY_VISITS : LeaveOutcome.REDUCES;
      entries.add(ImmutableLeaveEntry.instance(leave, outcome, away, onVisits));
    }
    return List.copyOf(entries);
  }

  private static boolean qualifies(Policy policy, Leave leave) {
    return policy.get(Parameter.exemption(leave.kind())).isPresent();
  }

  static void checkOwn(Officer officer, Leave leave) {
    if (!leave.officerId().equals(officer.id())) {
      throw new IllegalArgumentException(
          "leave "
              + leave.label()
              + " of officer "
              + leave.officerId()
              + " passed with officer "
              + officer.id());
    }
  }
}
