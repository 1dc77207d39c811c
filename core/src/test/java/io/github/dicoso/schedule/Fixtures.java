package io.github.dicoso.schedule;

import io.github.dicoso.Citation;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.PolicyParameter;
import io.github.dicoso.RegistrationDeadline;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import org.threeten.extra.YearQuarter;

/** Shared test data: a Bình Thuận-like policy, officers, plans and visits of 2019. */
final class Fixtures {
  static final YearQuarter Q2 = YearQuarter.of(2019, 2);

  /**
   * The national policy with windows required, registration 5 days before the quarter, one
   * delegation per host and window.
   */
  static final Policy WINDOWED = windowed();

  private static Policy windowed() {
    return Policy.builder()
        .from(Policies.national2018())
        .name("binh-thuan-2019-test")
        .base(Policies.NATIONAL_2018)
        .windowsRequired(true)
        .putCitation(
            PolicyParameter.WINDOWS_REQUIRED,
            ScheduleCalendars.seed003("visits in the quarter's windows"))
        .registrationDeadline(RegistrationDeadline.of(5, RegistrationDeadline.Anchor.QUARTER_START))
        .putCitation(
            PolicyParameter.REGISTRATION_DEADLINE,
            Citation.libraryDefault("test: 5 days before the quarter"))
        .maxDelegationsPerHostPerWindow(1)
        .putCitation(
            PolicyParameter.MAX_DELEGATIONS_PER_HOST_PER_WINDOW,
            Citation.libraryDefault("test: one"))
        .build();
  }

  private Fixtures() {}

  static LocalDate d(int month, int day) {
    return LocalDate.of(2019, month, day);
  }

  static Officer officer(String id, String department) {
    return Officer.builder()
        .id(id)
        .level(Level.PROVINCIAL)
        .employment(Employment.FULL_TIME)
        .department(department)
        .build();
  }

  static PlannedVisit planned(
      String id, LocalDate start, LocalDate end, String host, String topic) {
    return PlannedVisit.builder()
        .id(id)
        .start(start)
        .end(end)
        .hostUnit(host)
        .hostLevel(HostLevel.DISTRICT)
        .topic(topic)
        .build();
  }

  static QuarterlyPlan approved(
      String officerId, LocalDate registered, LocalDate approvedOn, PlannedVisit... visits) {
    return QuarterlyPlan.builder()
        .officerId(officerId)
        .quarter(YearQuarter.from(visits[0].start()))
        .addPlannedVisits(visits)
        .status(PlanStatus.APPROVED)
        .registered(registered)
        .approval(Approval.of("Thường trực Tỉnh đoàn", approvedOn))
        .build();
  }

  static QuarterlyPlan withStatus(
      String officerId, PlanStatus status, LocalDate registered, PlannedVisit... visits) {
    var b =
        QuarterlyPlan.builder()
            .officerId(officerId)
            .quarter(YearQuarter.from(visits[0].start()))
            .addPlannedVisits(visits)
            .status(status);
    if (status != PlanStatus.DRAFT) {
      b.registered(registered);
    }
    return b.build();
  }

  static Visit visit(String id, String officerId, LocalDate start, LocalDate end) {
    return Visit.builder()
        .id(id)
        .officerId(officerId)
        .start(start)
        .end(end)
        .addKinds(KindOfWork.THEMATIC)
        .hostUnit("Huyện đoàn Hàm Tân")
        .hostLevel(HostLevel.DISTRICT)
        .build();
  }
}
