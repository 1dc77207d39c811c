package io.github.dicoso.schedule;

import io.github.dicoso.Citation;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.RegistrationDeadline;
import io.github.dicoso.Sources;
import io.github.dicoso.accrual.AccrualRule;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.requirement.ProRatingRule;
import io.github.dicoso.requirement.Requirement;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;
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
    return Policy.variantOf(Policies.national2018())
        .name("binh-thuan-2019-test")
        .document(Sources.binhThuan2019("registration, approval and windows, for the tests"))
        .set(
            Parameter.WINDOWS_REQUIRED,
            true,
            Sources.binhThuan2019("visits in the quarter's windows"))
        .set(
            Parameter.REGISTRATION_DEADLINE,
            Optional.of(RegistrationDeadline.of(5, RegistrationDeadline.Anchor.QUARTER_START)),
            Citation.libraryDefault("test: 5 days before the quarter"))
        .set(
            Parameter.MAX_DELEGATIONS_PER_HOST_PER_WINDOW,
            Optional.of(1),
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
      String officerId, PlanStatus status, @Nullable LocalDate registered, PlannedVisit... visits) {
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

  /** A planned visit to a district host, by a delegation when one is named. */
  static PlannedVisit delegationVisit(
      String id, LocalDate start, LocalDate end, String host, @Nullable String delegation) {
    var b =
        PlannedVisit.builder()
            .id(id)
            .start(start)
            .end(end)
            .hostUnit(host)
            .hostLevel(HostLevel.DISTRICT)
            .topic("t");
    if (delegation != null) {
      b.delegation(delegation);
    }
    return b.build();
  }

  static final Policy NATIONAL = Policies.national2018();
  static final LocalDateRange YEAR = Policies.national2018().periodIn(java.time.Year.of(2019));
  static final Officer LAN = officer("O-1", "Ban Xây dựng Đoàn");

  /** The pacing of officer {@link #LAN} in {@link #YEAR}, with no leave. */
  static Pacing pace(Policy policy, List<Visit> visits, List<QuarterlyPlan> plans, LocalDate asOf) {
    Requirement requirement = ProRatingRule.assess(policy, LAN, YEAR, 0);
    DayLedger ledger = AccrualRule.ledger(policy, LAN, YEAR, visits);
    return PacingRule.assess(policy, LAN, requirement, ledger, plans, asOf);
  }
}
