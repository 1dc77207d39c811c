package io.github.dicoso.examples;

import io.github.dicoso.Citation;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.PolicyParameter;
import io.github.dicoso.RegistrationDeadline;
import io.github.dicoso.accrual.AccrualRule;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.requirement.RequirementRule;
import io.github.dicoso.schedule.Approval;
import io.github.dicoso.schedule.HostLoad;
import io.github.dicoso.schedule.Pacing;
import io.github.dicoso.schedule.PacingRule;
import io.github.dicoso.schedule.PlanChecks;
import io.github.dicoso.schedule.PlanReview;
import io.github.dicoso.schedule.PlanStatus;
import io.github.dicoso.schedule.PlannedVisit;
import io.github.dicoso.schedule.QuarterlyPlan;
import io.github.dicoso.schedule.ScheduleCalendar;
import io.github.dicoso.schedule.ScheduleCalendars;
import io.github.dicoso.variant.Variant;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;
import org.threeten.extra.YearQuarter;

/**
 * Quarterly scheduling with the Bình Thuận 2019 windows: checks the plans of Q2/2019 and prints the
 * findings and each officer's pace at 30/6/2019. The registration deadline and the cap on
 * delegations are illustrative; the report of 30/10/2019 sets neither number.
 */
public final class ScheduleExample {
  private static final YearQuarter Q2 = YearQuarter.of(2019, 2);
  private static final LocalDate AS_OF = LocalDate.of(2019, 6, 30);

  private ScheduleExample() {}

  /** Prints the calendar, the findings of the Q2 review and each officer's pacing. */
  public static void main(String[] args) {
    ScheduleCalendar calendar = ScheduleCalendars.binhThuan2019();
    Policy policy = binhThuan();
    System.out.println(
        "Windows of "
            + calendar.year()
            + " ("
            + calendar.source().orElseThrow().shortForm()
            + "):");
    System.out.print(calendar);

    List<Officer> officers =
        List.of(
            officer("O-1", "Nguyễn Thị Lan", "Ban Xây dựng Đoàn"),
            officer("O-2", "Trần Văn Hùng", "Ban Xây dựng Đoàn"),
            officer("O-3", "Lê Minh Tâm", "Ban Phong trào"));
    List<QuarterlyPlan> q2 =
        List.of(
            plan(
                "O-1",
                LocalDate.of(2019, 3, 25),
                LocalDate.of(2019, 3, 28),
                planned(
                    "P-1", 4, 1, 4, 5, "Huyện đoàn Hàm Tân", "Nắm bắt công tác quản lý đoàn viên"),
                planned(
                    "P-2",
                    5,
                    6,
                    5,
                    10,
                    "Huyện đoàn Tuy Phong",
                    "Phòng chống ma tuý trong thanh niên"),
                planned(
                    "P-3", 6, 3, 6, 7, "Huyện đoàn Đức Linh", "Mô hình thanh niên làm kinh tế")),
            plan(
                "O-2",
                LocalDate.of(2019, 3, 29),
                LocalDate.of(2019, 4, 2),
                planned(
                    "P-4", 4, 2, 4, 4, "Huyện đoàn Hàm Tân", "nắm bắt công tác  quản lý Đoàn viên"),
                planned("P-5", 5, 9, 5, 13, "Huyện đoàn Phú Quý", "Du lịch cộng đồng")),
            QuarterlyPlan.builder()
                .officerId("O-3")
                .quarter(Q2)
                .status(PlanStatus.SUBMITTED)
                .registered(LocalDate.of(2019, 3, 20))
                .addPlannedVisits(planned("P-6", 4, 3, 4, 5, "Huyện đoàn Hàm Tân", "Chiến dịch hè"))
                .build());
    List<Visit> visits =
        List.of(
            visit("P-1", "O-1", 4, 1, 4, 5),
            visit("P-2", "O-1", 5, 6, 5, 10),
            visit("P-3", "O-1", 6, 3, 6, 7),
            visit("P-4", "O-2", 4, 2, 4, 4),
            visit("P-6", "O-3", 4, 3, 4, 5),
            visit("V-7", "O-3", 6, 18, 6, 19));

    PlanReview review = PlanChecks.review(policy, calendar, Q2, officers, q2, visits, AS_OF);
    System.out.println();
    System.out.println("Findings for " + Q2 + " as of " + AS_OF + ":");
    review.findings().forEach(f -> System.out.println("- " + describe(f)));
    System.out.println();
    System.out.println("Host load:");
    for (HostLoad load : review.hostLoads()) {
      System.out.println(
          "- "
              + load.hostUnit()
              + ", window "
              + load.window()
              + ": "
              + load.delegationCount()
              + " delegation(s), "
              + load.officerIds().size()
              + " officer(s), at most "
              + load.peakOfficers()
              + " at once"
              + (load.overloaded() ? ", over the cap of " + load.cap().orElseThrow() : ""));
    }

    // Q3 plans approved in June count as planned days ahead
    List<QuarterlyPlan> q3 =
        List.of(
            plan(
                "O-1",
                LocalDate.of(2019, 6, 20),
                LocalDate.of(2019, 6, 25),
                planned("P-8", 7, 1, 7, 5, "Huyện đoàn Hàm Thuận Bắc", "Xây dựng Chi đoàn mạnh"),
                planned("P-9", 8, 5, 8, 9, "Huyện đoàn Bắc Bình", "Xây dựng Chi đoàn mạnh"),
                planned("P-10", 9, 2, 9, 6, "Huyện đoàn La Gi", "Xây dựng Chi đoàn mạnh")));
    LocalDateRange year = policy.countingPeriod().in(Year.of(2019));
    System.out.println();
    System.out.println("Pacing at " + AS_OF + ":");
    for (Officer o : officers) {
      List<Visit> own =
          visits.stream().filter(v -> v.officerId().equals(o.id())).collect(Collectors.toList());
      List<QuarterlyPlan> plans =
          java.util.stream.Stream.concat(q2.stream(), q3.stream())
              .filter(p -> p.officerId().equals(o.id()))
              .collect(Collectors.toList());
      Pacing p =
          PacingRule.assess(
              policy,
              o,
              RequirementRule.assess(policy, o, year, List.of()),
              AccrualRule.ledger(policy, o, year, own),
              plans,
              AS_OF);
      System.out.println(
          "- "
              + o.name()
              + ": "
              + p.status()
              + " - "
              + p.creditedSoFar()
              + " days credited, "
              + p.plannedAhead()
              + " approved days ahead, projected "
              + p.projected()
              + " of "
              + p.required()
              + "; "
              + p.remainingDates()
              + " dates left; target to date "
              + p.targetToDate()
              + (p.behindQuarterlyTargets() ? " (behind)" : ""));
    }
    // without new credit, the same officer later in the year
    Officer hung = officers.get(1);
    LocalDate late = LocalDate.of(2019, 11, 15);
    Pacing later =
        PacingRule.assess(
            policy,
            hung,
            RequirementRule.assess(policy, hung, year, List.of()),
            AccrualRule.ledger(policy, hung, year, List.of(visits.get(3))),
            List.of(q2.get(1)),
            late);
    System.out.println(
        "- "
            + hung.name()
            + " at "
            + late
            + " with no new credit: "
            + later.status()
            + " - "
            + later.creditedSoFar()
            + " credited + "
            + later.remainingDates()
            + " dates left = at most "
            + later.reachable()
            + " of "
            + later.required());
  }

  /** A finding as one line of plain English, with its citation. */
  static String describe(Finding f) {
    Map<String, String> a = f.arguments();
    String who = f.officerId().map(o -> o + ": ").orElse("");
    String text;
    switch (f.code()) {
      case OUTSIDE_WINDOW:
        text =
            "planned visit "
                + f.visitIds().get(0)
                + " ("
                + a.get("start")
                + " to "
                + a.get("end")
                + ") lies outside every window ("
                + a.get("windows")
                + ")";
        break;
      case REGISTERED_LATE:
        text =
            "plan for "
                + a.get("quarter")
                + " registered "
                + ("none".equals(a.get("registered")) ? "not yet" : "on " + a.get("registered"))
                + ", after the deadline of "
                + a.get("deadline");
        break;
      case CARRIED_OUT_WITHOUT_APPROVAL:
        String why =
            "NOT_REGISTERED".equals(a.get("reason"))
                ? "it was never registered"
                : "NOT_APPROVED".equals(a.get("reason"))
                    ? "its plan is "
                        + String.valueOf(a.get("status")).toLowerCase(java.util.Locale.ROOT)
                    : "its plan was approved only on " + a.get("approved");
        text =
            "visit "
                + f.visitIds().get(0)
                + " was carried out without approval: "
                + why
                + ("true".equals(a.get("counts")) ? " (it still counts)" : " (it does not count)");
        break;
      case OVERLAPPING_PLANNED_VISITS:
        text =
            "planned visits "
                + a.get("first")
                + " and "
                + a.get("second")
                + " overlap on "
                + f.dates();
        break;
      case OVERLAPPING_TOPIC:
        text =
            "officers "
                + a.get("officers")
                + " of "
                + a.get("department")
                + " plan the same topic \""
                + a.get("topic")
                + "\" at "
                + a.get("host")
                + " in window "
                + a.get("window");
        break;
      case HOST_OVERLOADED:
        text =
            a.get("host")
                + " receives "
                + a.get("delegations")
                + " delegations in window "
                + a.get("window")
                + ", more than the cap of "
                + a.get("cap");
        break;
      case GROUPING_SUGGESTED:
        text =
            "delegations "
                + a.get("delegations")
                + " all go to "
                + a.get("host")
                + " in window "
                + a.get("window")
                + ": consider grouping them into one (officers "
                + a.get("officers")
                + ")";
        break;
      default:
        text = f.code() + " " + a;
    }
    return "[" + f.severity() + "] " + who + text + ". Source: " + f.citation();
  }

  private static Policy binhThuan() {
    return Variant.of(Policies.national2018())
        .named("binh-thuan-2019-example")
        .issuedBy(ScheduleCalendars.seed003("visits are registered for the quarter's windows"))
        .withWindowsRequired(true)
        .withRegistrationDeadline(
            RegistrationDeadline.of(5, RegistrationDeadline.Anchor.QUARTER_START))
        .citing(
            PolicyParameter.REGISTRATION_DEADLINE,
            Citation.libraryDefault(
                "illustrative: 5 days before the quarter (the report sets no number)"))
        .withMaxDelegationsPerHostPerWindow(2)
        .citing(
            PolicyParameter.MAX_DELEGATIONS_PER_HOST_PER_WINDOW,
            Citation.libraryDefault("illustrative: 2 delegations per host unit per window"))
        .build()
        .policy();
  }

  private static Officer officer(String id, String name, String department) {
    return Officer.builder()
        .id(id)
        .name(name)
        .level(Level.PROVINCIAL)
        .employment(Employment.FULL_TIME)
        .department(department)
        .build();
  }

  private static QuarterlyPlan plan(
      String officerId, LocalDate registered, LocalDate approved, PlannedVisit... visits) {
    return QuarterlyPlan.builder()
        .officerId(officerId)
        .quarter(YearQuarter.from(visits[0].start()))
        .addPlannedVisits(visits)
        .status(PlanStatus.APPROVED)
        .registered(registered)
        .approval(Approval.of("Thường trực Tỉnh đoàn", approved))
        .build();
  }

  private static PlannedVisit planned(
      String id, int m1, int d1, int m2, int d2, String host, String topic) {
    return PlannedVisit.builder()
        .id(id)
        .start(LocalDate.of(2019, m1, d1))
        .end(LocalDate.of(2019, m2, d2))
        .hostUnit(host)
        .hostLevel(HostLevel.DISTRICT)
        .topic(topic)
        .build();
  }

  private static Visit visit(String id, String officerId, int m1, int d1, int m2, int d2) {
    return Visit.builder()
        .id(id)
        .officerId(officerId)
        .start(LocalDate.of(2019, m1, d1))
        .end(LocalDate.of(2019, m2, d2))
        .addKinds(KindOfWork.THEMATIC)
        .hostUnit("Huyện đoàn Hàm Tân")
        .hostLevel(HostLevel.DISTRICT)
        .build();
  }
}
