package io.github.dicoso.schedule;

import com.google.common.collect.ImmutableList;
import io.github.dicoso.Citation;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.RegistrationDeadline;
import io.github.dicoso.Sources;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * The checks on quarterly plans, each producing {@link Finding}s with the citation of its rule.
 * "Each officer registers planned visits at the start of the quarter; the standing members approve
 * them before anyone goes; visits take place in the windows the province sets" (Tỉnh đoàn Bình
 * Thuận, report of 30/10/2019).
 *
 * <table>
 *   <caption>The checks and what they cite</caption>
 *   <tr><th>check</th><th>finding</th><th>cites</th></tr>
 *   <tr><td>{@link #outsideWindows}</td><td>OUTSIDE_WINDOW</td><td>WINDOWS_REQUIRED</td></tr>
 *   <tr><td>{@link #registeredLate}</td><td>REGISTERED_LATE</td><td>REGISTRATION_DEADLINE</td></tr>
 *   <tr><td>{@link #carriedOutWithoutApproval}</td><td>CARRIED_OUT_WITHOUT_APPROVAL</td>
 *       <td>COUNT_UNAPPROVED (the parameter that decides whether such a visit counts)</td></tr>
 *   <tr><td>{@link #overlappingPlannedVisits}</td><td>OVERLAPPING_PLANNED_VISITS</td>
 *       <td>the Bình Thuận report (no parameter: registrations padded to reach 60 days)</td></tr>
 *   <tr><td>{@link #overlappingTopics}</td><td>OVERLAPPING_TOPIC</td>
 *       <td>the Bình Thuận report (no parameter: "chuyên đề chồng chéo")</td></tr>
 *   <tr><td>{@link HostLoadRule#findings}</td><td>HOST_OVERLOADED, GROUPING_SUGGESTED</td>
 *       <td>MAX_DELEGATIONS_PER_HOST_PER_WINDOW; the Bình Thuận report</td></tr>
 * </table>
 *
 * <p>Rejected plans are ignored by every check except {@link #carriedOutWithoutApproval}, where a
 * visit carried out under a rejected plan is reported.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class PlanChecks {
  private PlanChecks() {}

  /**
   * {@return the citation of the checks that have no policy parameter of their own: the Bình Thuận
   * report names overlapping topics and registrations made only to reach the 60 days as problems}
   */
  public static Citation overlapCitation() {
    return Sources.binhThuan2019(
        "registrations made only to reach 60 days, with overlapping topics (chuyên đề chồng chéo)");
  }

  /**
   * Every check on the plans of {@code quarter} at {@code asOf}: outside windows, registered late
   * and overlapping planned visits plan by plan, then overlapping topics, visits carried out
   * without approval, and host load.
   *
   * @param policy the policy whose scheduling parameters apply
   * @param calendar the windows
   * @param quarter the quarter reviewed
   * @param officers the officers of the plans (their departments are compared)
   * @param plans the plans of {@code quarter}
   * @param visits visits carried out; those starting in {@code quarter} are checked for approval
   * @param asOf the day of the review
   * @return every finding of the checks, and the load on each host unit in each window of the
   *     quarter
   * @throws IllegalArgumentException if a plan is of another quarter or of an officer not given, or
   *     a planned visit id appears in two plans
   */
  public static PlanReview review(
      Policy policy,
      ScheduleCalendar calendar,
      YearQuarter quarter,
      Iterable<Officer> officers,
      Iterable<QuarterlyPlan> plans,
      Iterable<Visit> visits,
      LocalDate asOf) {
    Map<String, Officer> byId = new HashMap<>();
    officers.forEach(o -> byId.put(o.id(), o));
    for (QuarterlyPlan plan : plans) {
      if (!plan.quarter().equals(quarter)) {
        throw new IllegalArgumentException(
            "quarterly plan "
                + plan.quarter()
                + " of officer "
                + plan.officerId()
                + " passed to the review of "
                + quarter);
      }
      if (!byId.containsKey(plan.officerId())) {
        throw new IllegalArgumentException(
            "quarterly plan "
                + plan.quarter()
                + " of officer "
                + plan.officerId()
                + ": the officer is not among the officers given");
      }
    }
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (QuarterlyPlan plan : plans) {
      findings.addAll(outsideWindows(policy, calendar, plan));
      findings.addAll(registeredLate(policy, calendar, plan, asOf));
    }
    findings.addAll(overlappingPlannedVisits(plans));
    findings.addAll(overlappingTopics(calendar, byId.values(), plans));
    findings.addAll(carriedOutWithoutApproval(policy, quarter, plans, visits));
    List<HostLoad> loads =
        HostLoadRule.loads(policy, calendar, plans).stream()
            .filter(l -> l.window().quarter().equals(quarter))
            .collect(ImmutableList.toImmutableList());
    findings.addAll(HostLoadRule.findings(policy, loads));
    return new ImmutablePlanReview.Builder()
        .quarter(quarter)
        .asOf(asOf)
        .findings(findings.build())
        .hostLoads(loads)
        .build();
  }

  /**
   * OUTSIDE_WINDOW for each planned visit that no single window of {@code calendar} encloses, when
   * the policy requires windows ({@link io.github.dicoso.Parameter#WINDOWS_REQUIRED}); nothing
   * otherwise. A planned visit inside a window is never reported, however the windows are laid out;
   * one that spans two windows, or runs past a window's end, is. A rejected plan is not checked.
   *
   * @param policy the policy, which may require windows
   * @param calendar the windows
   * @param plan the plan checked
   * @return the findings, possibly none
   */
  public static List<Finding> outsideWindows(
      Policy policy, ScheduleCalendar calendar, QuarterlyPlan plan) {
    if (!policy.get(Parameter.WINDOWS_REQUIRED) || plan.status() == PlanStatus.REJECTED) {
      return List.of();
    }
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (PlannedVisit v : plan.plannedVisits()) {
      if (calendar.windowEnclosing(v.dates()).isEmpty()) {
        findings.add(
            PlanFindings.of(
                FindingCode.OUTSIDE_WINDOW,
                policy.citation(Parameter.WINDOWS_REQUIRED),
                plan.officerId(),
                List.of(v.id()),
                List.of(v.dates()),
                "visit",
                v.id(),
                "dates",
                v.dates(),
                "host",
                v.hostUnit(),
                "windows",
                calendar.windowsIn(YearQuarter.from(v.start())).stream()
                    .map(Window::dates)
                    .toList()));
      }
    }
    return findings.build();
  }

  /**
   * The registration deadline of a planned visit under the policy, if the policy sets one: {@code
   * daysBefore} days before the first day of the plan's quarter ({@code QUARTER_START}) or of the
   * first window that shares a date with the visit ({@code WINDOW_START}; the visit's own first day
   * when no window does). Registration on the deadline is in time.
   *
   * @param policy the policy, which may set a registration deadline
   * @param calendar the windows
   * @param plan the plan of the visit
   * @param visit the planned visit
   * @return the deadline, if the policy sets one
   */
  public static Optional<LocalDate> deadline(
      Policy policy, ScheduleCalendar calendar, QuarterlyPlan plan, PlannedVisit visit) {
    return policy
        .get(Parameter.REGISTRATION_DEADLINE)
        .map(d -> anchor(d, calendar, plan, visit).minusDays(d.daysBefore()));
  }

  private static LocalDate anchor(
      RegistrationDeadline deadline,
      ScheduleCalendar calendar,
      QuarterlyPlan plan,
      PlannedVisit visit) {
    switch (deadline.anchor()) {
      case QUARTER_START -> {
        return plan.quarter().atDay(1);
      }
      case WINDOW_START -> {
        List<Window> windows = calendar.windowsOverlapping(visit.dates());
        return windows.isEmpty() ? visit.start() : windows.get(0).start();
      }
    }
    throw new AssertionError(deadline.anchor());
  }

  /**
   * REGISTERED_LATE when the plan was registered after the {@linkplain #deadline deadline} of its
   * planned visits, or, for a draft, when {@code asOf} is past the deadline and the plan is still
   * not registered (argument {@code registered=none}). One finding per plan and deadline, listing
   * the planned visits it concerns. Nothing when the policy sets no deadline or the plan is
   * rejected.
   *
   * @param policy the policy, which may set a registration deadline
   * @param calendar the windows
   * @param plan the plan checked
   * @param asOf the day of the check
   * @return the findings, possibly none
   */
  public static List<Finding> registeredLate(
      Policy policy, ScheduleCalendar calendar, QuarterlyPlan plan, LocalDate asOf) {
    if (policy.get(Parameter.REGISTRATION_DEADLINE).isEmpty()
        || plan.status() == PlanStatus.REJECTED) {
      return List.of();
    }
    LocalDate registered = plan.registered().orElse(null);
    Map<LocalDate, List<PlannedVisit>> late = new TreeMap<>();
    for (PlannedVisit v : plan.plannedVisits()) {
      LocalDate deadline = deadline(policy, calendar, plan, v).orElseThrow();
      boolean isLate = registered != null ? registered.isAfter(deadline) : asOf.isAfter(deadline);
      if (isLate) {
        late.computeIfAbsent(deadline, d -> new ArrayList<>()).add(v);
      }
    }
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    late.forEach(
        (deadline, vs) ->
            findings.add(
                PlanFindings.of(
                    FindingCode.REGISTERED_LATE,
                    policy.citation(Parameter.REGISTRATION_DEADLINE),
                    plan.officerId(),
                    vs.stream().map(PlannedVisit::id).toList(),
                    List.of(LocalDateRange.ofClosed(deadline, deadline)),
                    "quarter",
                    plan.quarter().toString(),
                    "registered",
                    Optional.ofNullable(registered),
                    "deadline",
                    deadline,
                    "rule",
                    policy.get(Parameter.REGISTRATION_DEADLINE).orElseThrow().toString(),
                    "daysBefore",
                    policy.get(Parameter.REGISTRATION_DEADLINE).orElseThrow().daysBefore(),
                    "anchor",
                    policy.get(Parameter.REGISTRATION_DEADLINE).orElseThrow().anchor())));
    return findings.build();
  }

  /**
   * OVERLAPPING_PLANNED_VISITS for each pair of planned visits of one officer whose dates overlap,
   * across that officer's plans that are not rejected; the dates are the dates they share.
   *
   * @param plans the quarterly plans, of one or more officers
   * @return the findings, possibly none
   */
  public static List<Finding> overlappingPlannedVisits(Iterable<QuarterlyPlan> plans) {
    Map<String, List<PlannedVisit>> byOfficer = new LinkedHashMap<>();
    for (QuarterlyPlan plan : plans) {
      if (plan.status() != PlanStatus.REJECTED) {
        byOfficer
            .computeIfAbsent(plan.officerId(), o -> new ArrayList<>())
            .addAll(plan.plannedVisits());
      }
    }
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    byOfficer.forEach(
        (officer, vs) -> {
          for (int i = 0; i < vs.size(); i++) {
            for (int j = i + 1; j < vs.size(); j++) {
              PlannedVisit a = vs.get(i);
              PlannedVisit b = vs.get(j);
              if (a.dates().overlaps(b.dates())) {
                LocalDateRange both = a.dates().intersection(b.dates());
                findings.add(
                    PlanFindings.of(
                        FindingCode.OVERLAPPING_PLANNED_VISITS,
                        overlapCitation(),
                        officer,
                        List.of(a.id(), b.id()),
                        List.of(both),
                        "first",
                        a.id(),
                        "second",
                        b.id(),
                        "dates",
                        both));
              }
            }
          }
        });
    return findings.build();
  }

  /**
   * OVERLAPPING_TOPIC when officers of one department plan the same host unit and the same topic in
   * one window: planned visits with at least one date in the window, compared by department,
   * normalised host unit and {@linkplain PlannedVisit#normalizedTopic() normalised topic}. One
   * finding per window, department, host and topic planned by two or more officers; officers with
   * no department, or not among {@code officers}, are not compared. The dates are the planned dates
   * inside the window.
   *
   * @param calendar the windows
   * @param officers the officers of the plans, with their departments
   * @param plans the quarterly plans of all officers
   * @return the findings, possibly none
   */
  public static List<Finding> overlappingTopics(
      ScheduleCalendar calendar, Iterable<Officer> officers, Iterable<QuarterlyPlan> plans) {
    Map<String, String> department = new HashMap<>();
    officers.forEach(o -> department.put(o.id(), o.department()));
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (Window window : calendar.windows()) {
      Map<List<String>, List<String[]>> groups =
          new LinkedHashMap<>(); // key -> (officer, visit id)
      Map<List<String>, PlannedVisit> firstOf = new HashMap<>();
      Map<List<String>, Set<LocalDate>> datesOf = new HashMap<>();
      for (QuarterlyPlan plan : plans) {
        String dept = department.getOrDefault(plan.officerId(), "");
        if (plan.status() == PlanStatus.REJECTED || dept.isBlank()) {
          continue;
        }
        for (PlannedVisit v : plan.plannedVisits()) {
          if (!window.overlaps(v.dates())) {
            continue;
          }
          List<String> key =
              List.of(
                  PlannedVisit.normalize(dept),
                  PlannedVisit.normalize(v.hostUnit()),
                  v.normalizedTopic());
          groups
              .computeIfAbsent(key, k -> new ArrayList<>())
              .add(new String[] {plan.officerId(), v.id()});
          firstOf.putIfAbsent(key, v);
          datesOf
              .computeIfAbsent(key, k -> new TreeSet<>())
              .addAll(window.dates().intersection(v.dates()).stream().toList());
        }
      }
      groups.forEach(
          (key, members) -> {
            Set<String> officerIds = new LinkedHashSet<>();
            members.forEach(m -> officerIds.add(m[0]));
            if (officerIds.size() < 2) {
              return;
            }
            PlannedVisit first = Objects.requireNonNull(firstOf.get(key));
            String dept = Objects.requireNonNull(department.get(members.get(0)[0]));
            findings.add(
                PlanFindings.of(
                    FindingCode.OVERLAPPING_TOPIC,
                    overlapCitation(),
                    null,
                    members.stream().map(m -> m[1]).toList(),
                    PlanFindings.runs(Objects.requireNonNull(datesOf.get(key))),
                    "department",
                    dept,
                    "host",
                    first.hostUnit(),
                    "topic",
                    first.topic(),
                    "window",
                    window.toString(),
                    "officers",
                    String.join(", ", officerIds)));
          });
    }
    return findings.build();
  }

  /**
   * CARRIED_OUT_WITHOUT_APPROVAL for each visit carried out in {@code quarter} (a {@link Visit}
   * starting in it) that no approved plan covers. A visit is matched to the planned visit with the
   * same id in a plan of the same officer; it is reported with argument {@code reason}:
   *
   * <ul>
   *   <li>{@code NOT_REGISTERED}: no plan lists it (Bình Thuận: "tự ý đi cơ sở ... mà không đăng
   *       ký");
   *   <li>{@code NOT_APPROVED}: its plan is a draft, submitted or rejected (argument {@code
   *       status});
   *   <li>{@code APPROVED_AFTER_START}: its plan was approved only after the visit began.
   * </ul>
   *
   * <p>Approval is judged from the plans, not from {@link Visit#approved()}. The finding cites
   * {@link Parameter#COUNT_UNAPPROVED}, the parameter that decides whether the visit still counts
   * (argument {@code counts}).
   *
   * @param policy the policy, cited through {@link Parameter#COUNT_UNAPPROVED}
   * @param quarter the quarter checked
   * @param plans the quarterly plans of all officers
   * @param visits the visits carried out
   * @return the findings, possibly none
   */
  public static List<Finding> carriedOutWithoutApproval(
      Policy policy, YearQuarter quarter, Iterable<QuarterlyPlan> plans, Iterable<Visit> visits) {
    Map<List<String>, QuarterlyPlan> planOf =
        new HashMap<>(); // (officer, planned visit id) -> plan
    for (QuarterlyPlan plan : plans) {
      for (PlannedVisit v : plan.plannedVisits()) {
        planOf.put(List.of(plan.officerId(), v.id()), plan);
      }
    }
    ImmutableList.Builder<Finding> findings = ImmutableList.builder();
    for (Visit visit : visits) {
      if (!YearQuarter.from(visit.start()).equals(quarter)) {
        continue;
      }
      QuarterlyPlan plan = planOf.get(List.of(visit.officerId(), visit.id()));
      Unapproved reason;
      if (plan == null) {
        reason = Unapproved.NOT_REGISTERED;
      } else if (!plan.isApproved()) {
        reason = Unapproved.NOT_APPROVED;
      } else if (plan.approval().orElseThrow().date().isAfter(visit.start())) {
        reason = Unapproved.APPROVED_AFTER_START;
      } else {
        continue;
      }
      findings.add(
          PlanFindings.of(
              FindingCode.CARRIED_OUT_WITHOUT_APPROVAL,
              policy.citation(Parameter.COUNT_UNAPPROVED),
              visit.officerId(),
              List.of(visit.id()),
              List.of(visit.dates()),
              "visit",
              visit.id(),
              "reason",
              reason,
              "host",
              visit.hostUnit(),
              "counted",
              policy.get(Parameter.COUNT_UNAPPROVED),
              "planStatus",
              plan == null ? Optional.empty() : Optional.of(plan.status()),
              "approved",
              plan == null ? Optional.empty() : plan.approval().map(Approval::date)));
    }
    return findings.build();
  }

  /** Why a visit carried out counts as unapproved. */
  public enum Unapproved {
    /** No plan lists it ("tự ý đi cơ sở ... mà không đăng ký"). */
    NOT_REGISTERED,
    /** Its plan is a draft, submitted or rejected. */
    NOT_APPROVED,
    /** Its plan was approved only after the visit began. */
    APPROVED_AFTER_START
  }
}
