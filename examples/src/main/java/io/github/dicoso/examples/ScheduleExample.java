package io.github.dicoso.examples;

import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.RegistrationDeadline;
import io.github.dicoso.Sources;
import io.github.dicoso.accrual.AccrualRule;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.requirement.ProRatingRule;
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
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
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
    LocalDateRange year = policy.periodIn(Year.of(2019));
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
              ProRatingRule.assess(policy, o, year, 0),
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
            ProRatingRule.assess(policy, hung, year, 0),
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

  /** A finding as one line of plain English, with its officer and citation. */
  static String describe(Finding f) {
    return f.officerId().map(o -> o + ": ").orElse("") + f.render(Locale.ENGLISH);
  }

  private static Policy binhThuan() {
    return Policy.variantOf(Policies.national2018())
        .name("binh-thuan-2019-example")
        .document(Sources.binhThuan2019("visits are registered for the quarter's windows"))
        .set(Parameter.WINDOWS_REQUIRED, true)
        .set(
            Parameter.REGISTRATION_DEADLINE,
            Optional.of(RegistrationDeadline.of(5, RegistrationDeadline.Anchor.QUARTER_START)),
            Sources.libraryDefault(
                "illustrative: 5 days before the quarter (the report sets no number)"))
        .set(
            Parameter.MAX_DELEGATIONS_PER_HOST_PER_WINDOW,
            Optional.of(2),
            Sources.libraryDefault("illustrative: 2 delegations per host unit per window"))
        .build();
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
