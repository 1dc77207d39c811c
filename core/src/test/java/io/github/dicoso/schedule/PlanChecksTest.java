package io.github.dicoso.schedule;

import static io.github.dicoso.schedule.Fixtures.Q2;
import static io.github.dicoso.schedule.Fixtures.WINDOWED;
import static io.github.dicoso.schedule.Fixtures.approved;
import static io.github.dicoso.schedule.Fixtures.d;
import static io.github.dicoso.schedule.Fixtures.officer;
import static io.github.dicoso.schedule.Fixtures.planned;
import static io.github.dicoso.schedule.Fixtures.visit;
import static io.github.dicoso.schedule.Fixtures.withStatus;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.RegistrationDeadline;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.finding.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class PlanChecksTest {
  private static final ScheduleCalendar BT = ScheduleCalendars.binhThuan2019();
  private static final LocalDate IN_TIME = d(3, 20);

  @Test
  void outsideWindows_visitInsideWindow_isNotReported() {
    QuarterlyPlan plan =
        approved(
            "O-1",
            IN_TIME,
            IN_TIME,
            planned("P-1", d(4, 2), d(4, 4), "Huyện đoàn Hàm Tân", "đoàn viên"));

    assertThat(PlanChecks.outsideWindows(WINDOWED, BT, plan)).isEmpty();
  }

  @Test
  void outsideWindows_visitRunningPastWindowEnd_isReportedCitingWindowsRequired() {
    QuarterlyPlan plan =
        approved(
            "O-1",
            IN_TIME,
            IN_TIME,
            planned("P-1", d(4, 4), d(4, 8), "Huyện đoàn Hàm Tân", "đoàn viên"));

    assertThat(PlanChecks.outsideWindows(WINDOWED, BT, plan))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.OUTSIDE_WINDOW);
              assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
              assertThat(f.visitIds()).containsExactly("P-1");
              assertThat(f.dates()).containsExactly(LocalDateRange.ofClosed(d(4, 4), d(4, 8)));
              assertThat(f.officerId()).contains("O-1");
              assertThat(f.citation()).isEqualTo(WINDOWED.citation(Parameter.WINDOWS_REQUIRED));
              assertThat(f.facts())
                  .containsEntry(
                      "windows",
                      List.of(
                          LocalDateRange.ofClosed(d(4, 1), d(4, 5)),
                          LocalDateRange.ofClosed(d(5, 6), d(5, 10)),
                          LocalDateRange.ofClosed(d(6, 3), d(6, 7))));
              assertThat(f.message(Locale.ENGLISH))
                  .isEqualTo(
                      "Planned visit P-1 (2019-04-04..2019-04-08) lies outside every window"
                          + " (2019-04-01..2019-04-05, 2019-05-06..2019-05-10,"
                          + " 2019-06-03..2019-06-07).");
            });
  }

  @Test
  void outsideWindows_windowsNotRequired_reportsNothing() {
    QuarterlyPlan plan =
        approved(
            "O-1",
            IN_TIME,
            IN_TIME,
            planned("P-1", d(4, 20), d(4, 22), "Huyện đoàn Hàm Tân", "đoàn viên"));

    assertThat(PlanChecks.outsideWindows(Policies.national2018(), BT, plan)).isEmpty();
    assertThat(PlanChecks.outsideWindows(WINDOWED, BT, plan)).hasSize(1);
  }

  @Test
  void registeredLate_afterQuarterDeadline_isReportedOnceForThePlan() {
    PlannedVisit a = planned("P-1", d(4, 1), d(4, 2), "Huyện đoàn Hàm Tân", "đoàn viên");
    PlannedVisit b = planned("P-2", d(5, 6), d(5, 7), "Huyện đoàn Tuy Phong", "ma tuý");
    QuarterlyPlan late = approved("O-1", d(3, 28), d(3, 29), a, b);
    QuarterlyPlan onDeadline = approved("O-1", d(3, 27), d(3, 29), a, b);

    assertThat(PlanChecks.registeredLate(WINDOWED, BT, late, d(4, 1)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.REGISTERED_LATE);
              assertThat(f.visitIds()).containsExactly("P-1", "P-2");
              assertThat(f.facts())
                  .containsEntry("deadline", d(3, 27))
                  .containsEntry("registered", Optional.of(d(3, 28)));
              assertThat(f.dates()).containsExactly(LocalDateRange.ofClosed(d(3, 27), d(3, 27)));
              assertThat(f.citation())
                  .isEqualTo(WINDOWED.citation(Parameter.REGISTRATION_DEADLINE));
            });
    assertThat(PlanChecks.registeredLate(WINDOWED, BT, onDeadline, d(4, 1))).isEmpty();
  }

  @Test
  void registeredLate_draftPastDeadline_isReportedAsNotRegistered() {
    QuarterlyPlan draft =
        withStatus(
            "O-1",
            PlanStatus.DRAFT,
            null,
            planned("P-1", d(4, 1), d(4, 2), "Huyện đoàn Hàm Tân", "đoàn viên"));

    assertThat(PlanChecks.registeredLate(WINDOWED, BT, draft, d(3, 27))).isEmpty();
    assertThat(PlanChecks.registeredLate(WINDOWED, BT, draft, d(3, 28)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.facts()).containsEntry("registered", Optional.empty());
              assertThat(f.message(Locale.ENGLISH)).contains("(registered: none)");
            });
  }

  @Test
  void registeredLate_windowStartAnchor_checksEachVisitAgainstItsWindow() {
    Policy byWindow =
        Policy.variantOf(WINDOWED)
            .name("by-window")
            .set(
                Parameter.REGISTRATION_DEADLINE,
                Optional.of(RegistrationDeadline.of(0, RegistrationDeadline.Anchor.WINDOW_START)))
            .build();
    PlannedVisit april = planned("P-1", d(4, 2), d(4, 3), "Huyện đoàn Hàm Tân", "đoàn viên");
    PlannedVisit may = planned("P-2", d(5, 8), d(5, 9), "Huyện đoàn Tuy Phong", "ma tuý");
    QuarterlyPlan plan = approved("O-1", d(4, 10), d(4, 10), april, may);

    List<Finding> findings = PlanChecks.registeredLate(byWindow, BT, plan, d(4, 10));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.visitIds()).containsExactly("P-1");
              assertThat(f.facts()).containsEntry("deadline", d(4, 1));
            });
    assertThat(PlanChecks.deadline(byWindow, BT, plan, may)).contains(d(5, 6));
  }

  @Test
  void registeredLate_noDeadlineInPolicy_reportsNothing() {
    QuarterlyPlan plan =
        approved("O-1", d(4, 10), d(4, 10), planned("P-1", d(4, 20), d(4, 22), "H", "t"));

    assertThat(PlanChecks.registeredLate(Policies.national2018(), BT, plan, d(4, 30))).isEmpty();
  }

  @Test
  void carriedOutWithoutApproval_eachReason_isReportedCitingCountUnapproved() {
    QuarterlyPlan ok =
        approved("O-1", IN_TIME, IN_TIME, planned("V-1", d(4, 1), d(4, 2), "H", "t"));
    QuarterlyPlan submitted =
        withStatus(
            "O-2", PlanStatus.SUBMITTED, IN_TIME, planned("V-2", d(4, 1), d(4, 2), "H", "t"));
    QuarterlyPlan approvedLate =
        approved("O-3", IN_TIME, d(4, 3), planned("V-3", d(4, 1), d(4, 2), "H", "t"));
    List<QuarterlyPlan> plans = List.of(ok, submitted, approvedLate);
    List<io.github.dicoso.visit.Visit> visits =
        List.of(
            visit("V-1", "O-1", d(4, 1), d(4, 2)),
            visit("V-2", "O-2", d(4, 1), d(4, 2)),
            visit("V-3", "O-3", d(4, 1), d(4, 2)),
            visit("V-4", "O-4", d(4, 1), d(4, 1)),
            visit("V-5", "O-1", d(7, 1), d(7, 1))); // Q3: another quarter's business

    List<Finding> findings = PlanChecks.carriedOutWithoutApproval(WINDOWED, Q2, plans, visits);

    assertThat(findings)
        .extracting(f -> f.visitIds().get(0), f -> f.facts().get("reason"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("V-2", PlanChecks.Unapproved.NOT_APPROVED),
            org.assertj.core.groups.Tuple.tuple("V-3", PlanChecks.Unapproved.APPROVED_AFTER_START),
            org.assertj.core.groups.Tuple.tuple("V-4", PlanChecks.Unapproved.NOT_REGISTERED));
    assertThat(findings)
        .allSatisfy(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.CARRIED_OUT_WITHOUT_APPROVAL);
              assertThat(f.citation()).isEqualTo(WINDOWED.citation(Parameter.COUNT_UNAPPROVED));
              assertThat(f.facts()).containsEntry("counted", true);
            });
  }

  @Test
  void carriedOutWithoutApproval_sameIdOfAnotherOfficer_isNotRegistered() {
    QuarterlyPlan plan =
        approved("O-1", IN_TIME, IN_TIME, planned("V-1", d(4, 1), d(4, 2), "H", "t"));

    assertThat(
            PlanChecks.carriedOutWithoutApproval(
                WINDOWED, Q2, List.of(plan), List.of(visit("V-1", "O-2", d(4, 1), d(4, 1)))))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.facts())
                  .containsEntry("reason", PlanChecks.Unapproved.NOT_REGISTERED)
                  .containsEntry("planStatus", Optional.empty());
              assertThat(f.message(Locale.ENGLISH))
                  .isEqualTo(
                      "Visit V-1 was carried out without approval: it was never registered (plan:"
                          + " none); it counts: yes.");
            });
  }

  @Test
  void overlappingPlannedVisits_sameOfficerSharedDates_isReportedWithTheSharedDates() {
    QuarterlyPlan plan =
        approved(
            "O-1",
            IN_TIME,
            IN_TIME,
            planned("P-1", d(4, 1), d(4, 3), "Huyện đoàn Hàm Tân", "đoàn viên"),
            planned("P-2", d(4, 3), d(4, 4), "Huyện đoàn Tuy Phong", "ma tuý"),
            planned("P-3", d(4, 5), d(4, 5), "Huyện đoàn Tuy Phong", "ma tuý"));

    assertThat(PlanChecks.overlappingPlannedVisits(List.of(plan)))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.OVERLAPPING_PLANNED_VISITS);
              assertThat(f.visitIds()).containsExactly("P-1", "P-2");
              assertThat(f.dates()).containsExactly(LocalDateRange.ofClosed(d(4, 3), d(4, 3)));
              assertThat(f.citation()).isEqualTo(PlanChecks.overlapCitation());
            });
  }

  @Test
  void overlappingPlannedVisits_differentOfficersOrRejectedPlan_isNotReported() {
    QuarterlyPlan a = approved("O-1", IN_TIME, IN_TIME, planned("P-1", d(4, 1), d(4, 3), "H", "t"));
    QuarterlyPlan b = approved("O-2", IN_TIME, IN_TIME, planned("P-2", d(4, 1), d(4, 3), "H", "t"));
    QuarterlyPlan rejected =
        withStatus("O-1", PlanStatus.REJECTED, IN_TIME, planned("P-3", d(4, 1), d(4, 3), "H", "t"));

    assertThat(PlanChecks.overlappingPlannedVisits(List.of(a, b, rejected))).isEmpty();
  }

  @Test
  void overlappingTopics_sameDepartmentHostAndTopicInOneWindow_isReported() {
    QuarterlyPlan a =
        approved(
            "O-1",
            IN_TIME,
            IN_TIME,
            planned("P-1", d(4, 1), d(4, 2), "Huyện đoàn Hàm Tân", "Khảo sát  mô hình kinh tế"));
    QuarterlyPlan b =
        approved(
            "O-2",
            IN_TIME,
            IN_TIME,
            planned("P-2", d(4, 4), d(4, 5), "huyện đoàn hàm tân", " khảo sát mô hình KINH TẾ"));
    QuarterlyPlan c =
        approved(
            "O-3",
            IN_TIME,
            IN_TIME,
            planned("P-3", d(4, 4), d(4, 5), "Huyện đoàn Hàm Tân", "khảo sát mô hình kinh tế"));
    QuarterlyPlan laterWindow =
        approved(
            "O-4",
            IN_TIME,
            IN_TIME,
            planned("P-4", d(5, 6), d(5, 7), "Huyện đoàn Hàm Tân", "khảo sát mô hình kinh tế"));
    List<io.github.dicoso.officer.Officer> officers =
        List.of(
            officer("O-1", "Ban Xây dựng Đoàn"), officer("O-2", "Ban Xây dựng Đoàn"),
            officer("O-3", "Ban Phong trào"), officer("O-4", "Ban Xây dựng Đoàn"));

    List<Finding> findings =
        PlanChecks.overlappingTopics(BT, officers, List.of(a, b, c, laterWindow));

    assertThat(findings)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.OVERLAPPING_TOPIC);
              assertThat(f.visitIds()).containsExactly("P-1", "P-2");
              assertThat(f.facts())
                  .containsEntry("department", "Ban Xây dựng Đoàn")
                  .containsEntry("officers", "O-1, O-2");
              assertThat(f.officerId()).isEmpty();
              assertThat(f.dates())
                  .containsExactly(
                      LocalDateRange.ofClosed(d(4, 1), d(4, 2)),
                      LocalDateRange.ofClosed(d(4, 4), d(4, 5)));
              assertThat(f.render(Locale.forLanguageTag("vi")))
                  .startsWith("Cảnh báo: Các cán bộ O-1, O-2 của Ban Xây dựng Đoàn cùng đăng ký")
                  .endsWith(
                      "(Báo cáo kết quả giám sát công tác đi cơ sở theo chủ trương 1+2,"
                          + " 30/10/2019).");
            });
  }

  @Test
  void review_planOfAnotherQuarterOrUnknownOfficer_isRejected() {
    QuarterlyPlan q3 =
        approved("O-1", d(6, 20), d(6, 20), planned("P-1", d(7, 1), d(7, 2), "H", "t"));
    QuarterlyPlan q2 =
        approved("O-9", IN_TIME, IN_TIME, planned("P-2", d(4, 1), d(4, 2), "H", "t"));
    List<io.github.dicoso.officer.Officer> officers = List.of(officer("O-1", "Ban A"));

    assertThatThrownBy(
            () -> PlanChecks.review(WINDOWED, BT, Q2, officers, List.of(q3), List.of(), d(4, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2019-Q3");
    assertThatThrownBy(
            () -> PlanChecks.review(WINDOWED, BT, Q2, officers, List.of(q2), List.of(), d(4, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("O-9");
  }

  @Test
  void review_quarter_gathersEveryCheck() {
    QuarterlyPlan a =
        approved(
            "O-1",
            d(3, 28),
            d(3, 29),
            planned("P-1", d(4, 1), d(4, 3), "Huyện đoàn Hàm Tân", "đoàn viên"),
            planned("P-2", d(4, 3), d(4, 8), "Huyện đoàn Hàm Tân", "ma tuý"));
    QuarterlyPlan b =
        approved(
            "O-2",
            IN_TIME,
            IN_TIME,
            planned("P-3", d(4, 2), d(4, 2), "Huyện đoàn Hàm Tân", "Đoàn viên"));

    PlanReview review =
        PlanChecks.review(
            WINDOWED,
            BT,
            Q2,
            List.of(officer("O-1", "Ban A"), officer("O-2", "Ban A")),
            List.of(a, b),
            List.of(visit("V-9", "O-2", d(4, 10), d(4, 10))),
            d(4, 15));

    assertThat(review.findings())
        .extracting(Finding::code)
        .containsExactly(
            FindingCode.OUTSIDE_WINDOW,
            FindingCode.REGISTERED_LATE,
            FindingCode.OVERLAPPING_PLANNED_VISITS,
            FindingCode.OVERLAPPING_TOPIC,
            FindingCode.CARRIED_OUT_WITHOUT_APPROVAL,
            FindingCode.HOST_OVERLOADED,
            FindingCode.GROUPING_SUGGESTED);
    assertThat(review.hostLoads())
        .singleElement()
        .satisfies(l -> assertThat(l.delegationCount()).isEqualTo(3));
  }
}
