package io.github.dicoso.requirement;

import io.github.dicoso.ExemptionThreshold;
import io.github.dicoso.LeaveLength;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Officer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The exemption rule: "ngoài các trường hợp cán bộ Đoàn đang được cử đi học tập dài hạn (6 tháng
 * trở lên), cán bộ ốm đau, bệnh tật xin nghỉ dài hạn, cán bộ nữ đang trong thời kỳ nghỉ thai sản" —
 * officers sent on long-term study (6 months or more), on long-term sick leave, and women on
 * maternity leave are not required that year, and are left out of the count of subject officers
 * (Tỉnh đoàn Bình Thuận, 2019, applying Hướng dẫn 03-HD/TWĐTN-BTC).
 *
 * <p>A leave of a kind with a {@linkplain Parameter#exemption threshold} exempts when it reaches
 * it: a study leave of exactly 6 months exempts, one of 5 months does not. Records of one kind that
 * touch or overlap are one leave. "Long-term" is the length of the whole leave as recorded,
 * including any part outside the period, and a qualifying leave exempts every period it overlaps
 * ({@link LeaveLength#WHOLE_LEAVE}); {@link Parameter#EXEMPTION_LEAVE_LENGTH} can measure only the
 * part inside the period instead.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ExemptionRule {
  private ExemptionRule() {}

  /**
   * The exemption of {@code officer} in {@code period}, if a leave gives one; the longest measured
   * leave when several do.
   *
   * @param policy the policy that sets the thresholds
   * @param officer the officer
   * @param period the counting period, as {@link LocalDateRange} states it
   * @param leaves the officer's leaves, in any order
   * @return the exemption, or empty
   * @throws IllegalArgumentException if a leave names another officer
   */
  public static Optional<Exemption> assess(
      Policy policy, Officer officer, LocalDateRange period, Iterable<Leave> leaves) {
    LeaveLength measure = policy.get(Parameter.EXEMPTION_LEAVE_LENGTH);
    Exemption best = null;
    for (Map.Entry<LeaveKind, List<List<Leave>>> kind : runsByKind(officer, leaves).entrySet()) {
      Optional<ExemptionThreshold> threshold = policy.get(Parameter.exemption(kind.getKey()));
      if (threshold.isEmpty()) {
        continue;
      }
      for (List<Leave> run : kind.getValue()) {
        LocalDateRange whole = LocalDateRange.ofClosed(run.get(0).start(), last(run));
        if (!whole.overlaps(period)) {
          continue;
        }
        LocalDateRange measured =
            measure == LeaveLength.WHOLE_LEAVE ? whole : whole.intersection(period);
        if (threshold.get().reachedBy(measured.getStart(), measured.getEndInclusive())
            && (best == null || measured.lengthInDays() > best.days())) {
          best =
              ImmutableExemption.instance(
                  kind.getKey(),
                  run,
                  whole,
                  measured,
                  measure,
                  threshold.get(),
                  policy.citation(Parameter.exemption(kind.getKey())));
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** The officer's leaves by kind, as runs of records that touch or overlap, in date order. */
  static Map<LeaveKind, List<List<Leave>>> runsByKind(Officer officer, Iterable<Leave> leaves) {
    Map<LeaveKind, List<Leave>> byKind = new EnumMap<>(LeaveKind.class);
    for (Leave leave : leaves) {
      LeaveRule.checkOwn(officer, leave);
      byKind.computeIfAbsent(leave.kind(), k -> new ArrayList<>()).add(leave);
    }
    Map<LeaveKind, List<List<Leave>>> runs = new EnumMap<>(LeaveKind.class);
    byKind.forEach(
        (kind, list) -> {
          list.sort(LeaveRule.ORDER);
          List<List<Leave>> kindRuns = new ArrayList<>();
          List<Leave> run = new ArrayList<>();
          LocalDate runEnd = null;
          for (Leave l : list) {
            if (runEnd != null && l.start().isAfter(runEnd.plusDays(1))) {
              kindRuns.add(run);
              run = new ArrayList<>();
              runEnd = null;
            }
            run.add(l);
            runEnd = runEnd == null || l.end().isAfter(runEnd) ? l.end() : runEnd;
          }
          kindRuns.add(run);
          runs.put(kind, kindRuns);
        });
    return runs;
  }

  private static LocalDate last(List<Leave> run) {
    LocalDate last = run.get(0).end();
    for (Leave l : run) {
      if (l.end().isAfter(last)) {
        last = l.end();
      }
    }
    return last;
  }
}
