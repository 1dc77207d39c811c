package io.github.dicoso.schedule;

import com.google.common.collect.ImmutableList;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.Sources;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The host-load rule: too many delegations at once burden the host unit (Tỉnh đoàn Bình Thuận,
 * report of 30/10/2019, names the pressure on district units to receive delegations). The policy
 * may cap the delegations a host unit receives in one window ({@link
 * io.github.dicoso.Parameter#MAX_DELEGATIONS_PER_HOST_PER_WINDOW}); above the cap the host is
 * overloaded. Wherever two or more delegations go to the same host in the same window, the rule
 * proposes grouping them into one (ghép đoàn).
 *
 * <p>Counted: planned visits of plans that are not {@link PlanStatus#REJECTED} (drafts and
 * submitted plans are intentions too). A delegation is counted in a window when at least one of its
 * planned dates falls in the window. Host units are compared after normalising case and white
 * space, as topics are ({@link PlannedVisit#normalizedTopic()}).
 *
 * <p>This class is stateless and thread-safe.
 */
public final class HostLoadRule {
  private HostLoadRule() {}

  /**
   * The load on every host unit that receives at least one delegation in a window of {@code
   * calendar}, by window and then by host in order of first appearance in the plans.
   *
   * @param policy the policy that may cap delegations per host and window
   * @param calendar the windows
   * @param plans the quarterly plans of all officers
   * @return the loads, possibly none
   * @throws IllegalArgumentException if a planned visit id appears in two plans
   */
  public static List<HostLoad> loads(
      Policy policy, ScheduleCalendar calendar, Iterable<QuarterlyPlan> plans) {
    List<Delegation> delegations = delegations(plans);
    ImmutableList.Builder<HostLoad> loads = ImmutableList.builder();
    for (Window window : calendar.windows()) {
      Map<String, List<Delegation>> byHost = new LinkedHashMap<>();
      for (Delegation d : delegations) {
        if (d.overlaps(window)) {
          byHost
              .computeIfAbsent(PlannedVisit.normalize(d.hostUnit()), h -> new ArrayList<>())
              .add(d);
        }
      }
      byHost.values().forEach(ds -> loads.add(load(policy, window, ds.get(0).hostUnit(), ds)));
    }
    return loads.build();
  }

  /**
   * The load on {@code hostUnit} in {@code window}; no delegations if none goes there.
   *
   * @param policy the policy that may cap delegations per host and window
   * @param window the window
   * @param hostUnit the host unit, compared after normalisation
   * @param plans the quarterly plans of all officers
   * @return the load
   * @throws IllegalArgumentException if a planned visit id appears in two plans
   */
  public static HostLoad load(
      Policy policy, Window window, String hostUnit, Iterable<QuarterlyPlan> plans) {
    String host = PlannedVisit.normalize(hostUnit);
    List<Delegation> ds = new ArrayList<>();
    for (Delegation d : delegations(plans)) {
      if (PlannedVisit.normalize(d.hostUnit()).equals(host) && d.overlaps(window)) {
        ds.add(d);
      }
    }
    return load(policy, window, ds.isEmpty() ? hostUnit : ds.get(0).hostUnit(), ds);
  }

  /**
   * The findings of the host loads: {@link FindingCode#HOST_OVERLOADED} for a host above the
   * policy's cap, citing {@link Parameter#MAX_DELEGATIONS_PER_HOST_PER_WINDOW}; {@link
   * FindingCode#GROUPING_SUGGESTED} for every host with two or more delegations in one window,
   * proposing that they travel as one delegation, citing the Bình Thuận report (the cap has no
   * bearing on whether grouping helps the host). The dates of a finding are the planned dates of
   * its delegations inside the window.
   *
   * @param policy the policy that may cap delegations per host and window
   * @param loads the loads, from {@link #loads(Policy, ScheduleCalendar, Iterable)}
   * @return the findings, possibly none
   */
  public static List<Finding> findings(Policy policy, List<HostLoad> loads) {
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (HostLoad load : loads) {
      List<String> visitIds = new ArrayList<>();
      List<String> keys = new ArrayList<>();
      Set<LocalDate> dates = new TreeSet<>();
      for (Delegation d : load.delegations()) {
        keys.add(d.key());
        for (PlannedVisit v : d.plannedVisits()) {
          visitIds.add(v.id());
          if (load.window().overlaps(v.dates())) {
            load.window().dates().intersection(v.dates()).stream().forEach(dates::add);
          }
        }
      }
      if (load.overloaded()) {
        findings.add(
            PlanFindings.of(
                FindingCode.HOST_OVERLOADED,
                policy.citation(Parameter.MAX_DELEGATIONS_PER_HOST_PER_WINDOW),
                null,
                visitIds,
                PlanFindings.runs(dates),
                "host",
                load.hostUnit(),
                "window",
                load.window().toString(),
                "delegations",
                load.delegationCount(),
                "cap",
                load.cap().orElseThrow(),
                "officers",
                load.officerIds().size(),
                "peakOfficers",
                load.peakOfficers()));
      }
      if (load.delegationCount() >= 2) {
        findings.add(
            PlanFindings.of(
                FindingCode.GROUPING_SUGGESTED,
                Sources.binhThuan2019(
                    "receiving delegations burdens the host districts"
                        + " (áp lực ... để tiếp đón Đoàn công tác)"),
                null,
                visitIds,
                PlanFindings.runs(dates),
                "host",
                load.hostUnit(),
                "window",
                load.window().toString(),
                "delegations",
                String.join(", ", keys),
                "delegationCount",
                load.delegationCount(),
                "officers",
                String.join(", ", load.officerIds())));
      }
    }
    return findings.build();
  }

  private static HostLoad load(Policy policy, Window window, String hostUnit, List<Delegation> ds) {
    Map<LocalDate, Set<String>> officersOnDate = new HashMap<>();
    for (Delegation d : ds) {
      for (PlannedVisit v : d.plannedVisits()) {
        if (window.overlaps(v.dates())) {
          String officer = d.officerByVisit().get(v.id());
          window.dates().intersection(v.dates()).stream()
              .forEach(
                  date -> officersOnDate.computeIfAbsent(date, x -> new HashSet<>()).add(officer));
        }
      }
    }
    List<Delegation> byStart = new ArrayList<>(ds);
    byStart.sort(Comparator.comparing(d -> d.span().getStart()));
    return new ImmutableHostLoad.Builder()
        .window(window)
        .hostUnit(hostUnit)
        .delegations(byStart)
        .peakOfficers(officersOnDate.values().stream().mapToInt(Set::size).max().orElse(0))
        .cap(policy.get(Parameter.MAX_DELEGATIONS_PER_HOST_PER_WINDOW))
        .build();
  }

  /**
   * The delegations of the plans that are not rejected: planned visits grouped by {@linkplain
   * PlannedVisit#delegationKey() delegation key} and normalised host unit, in order of first
   * appearance.
   *
   * @param plans the quarterly plans of all officers
   * @return the delegations
   * @throws IllegalArgumentException if a planned visit id appears in two plans
   */
  public static List<Delegation> delegations(Iterable<QuarterlyPlan> plans) {
    Map<List<String>, ImmutableDelegation.Builder> builders = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (QuarterlyPlan plan : plans) {
      for (PlannedVisit v : plan.plannedVisits()) {
        if (!seen.add(v.id())) {
          throw new IllegalArgumentException(
              "planned visit id "
                  + v.id()
                  + " appears in more than one plan (again in the plan "
                  + plan.quarter()
                  + " of officer "
                  + plan.officerId()
                  + ")");
        }
        if (plan.status() == PlanStatus.REJECTED) {
          continue;
        }
        List<String> key = List.of(v.delegationKey(), PlannedVisit.normalize(v.hostUnit()));
        builders
            .computeIfAbsent(
                key,
                k ->
                    new ImmutableDelegation.Builder().key(v.delegationKey()).hostUnit(v.hostUnit()))
            .addPlannedVisit(v)
            .putOfficerByVisit(v.id(), plan.officerId());
      }
    }
    ImmutableList.Builder<Delegation> result = ImmutableList.builder();
    builders.values().forEach(b -> result.add(b.build()));
    return result.build();
  }
}
