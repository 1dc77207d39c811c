package io.github.dicoso.variant;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.CountingPeriod;
import io.github.dicoso.Days;
import io.github.dicoso.ExemptionThreshold;
import io.github.dicoso.LeaveLength;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyChecksTest {
  private static final Policy NATIONAL = Policies.national2018();

  private static Policy.Builder variant() {
    return Policy.variantOf(NATIONAL).name("checked").document(NATIONAL.document().orElseThrow());
  }

  private static List<PolicyProblem> check(Policy.Builder v) {
    return PolicyChecks.check(v.build());
  }

  private static Policy.Builder measuringOnlyThePartInThePeriod(Policy.Builder v) {
    return v.set(Parameter.EXEMPTION_LEAVE_LENGTH, LeaveLength.PART_IN_PERIOD);
  }

  @Test
  void check_everyShippedPolicy_findsNothing() {
    for (Policy p : Policies.all()) {
      assertThat(PolicyChecks.check(p)).as(p.name()).isEmpty();
    }
  }

  /** Issue 14: a variant without a document is a draft; it is accepted, with a warning. */
  @Test
  void check_draft_isAWarningNamingTheDraftCitation() {
    Policy draft =
        Policy.variantOf(NATIONAL)
            .name("hau-giang-trial")
            .set(Parameter.REQUIRED_DAYS, Days.of(30))
            .build();

    assertThat(PolicyChecks.check(draft))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(PolicyProblem.Code.DRAFT);
              assertThat(p.severity()).isEqualTo(PolicyProblem.Severity.WARNING);
              assertThat(p.message()).contains("draft variant hau-giang-trial (no document)");
              assertThat(p.parameters()).isEmpty();
              assertThat(p.toString()).startsWith("WARNING DRAFT: policy hau-giang-trial");
            });
  }

  @Test
  void check_hostLevelMinimumsAboveRequired_isReportedWithTheSum() {
    List<PolicyProblem> problems =
        check(
            variant()
                .set(Parameter.hostLevelMinimum(HostLevel.BRANCH), Optional.of(Days.of(40)))
                .set(Parameter.hostLevelMinimum(HostLevel.COMMUNE), Optional.of(Days.of(30))));

    assertThat(problems)
        .extracting(PolicyProblem::code)
        .containsExactly(PolicyProblem.Code.HOST_LEVEL_MINIMUMS_EXCEED_REQUIRED);
    assertThat(problems.get(0).message())
        .contains("host-level-minimum.COMMUNE = 30, host-level-minimum.BRANCH = 40")
        .contains("add up to 70")
        .contains("60 required days");
    assertThat(problems.get(0).severity()).isEqualTo(PolicyProblem.Severity.WARNING);
    assertThat(problems.get(0).parameters())
        .containsExactly(
            Parameter.HOST_LEVEL_MINIMUM_COMMUNE,
            Parameter.HOST_LEVEL_MINIMUM_BRANCH,
            Parameter.REQUIRED_DAYS);
  }

  @Test
  void check_kindMinimumsAboveRequired_isReported() {
    assertThat(
            check(
                variant()
                    .set(Parameter.REQUIRED_DAYS, Days.of(30))
                    .set(Parameter.kindMinimum(KindOfWork.MEETING), Optional.of(Days.of(20)))
                    .set(Parameter.kindMinimum(KindOfWork.THEMATIC), Optional.of(Days.of(15)))))
        .extracting(PolicyProblem::code)
        .containsExactly(PolicyProblem.Code.KIND_MINIMUMS_EXCEED_REQUIRED);
  }

  @Test
  void check_quotaLongerThanPeriod_isAnError() {
    List<PolicyProblem> problems =
        check(
            variant()
                .set(
                    Parameter.COUNTING_PERIOD,
                    CountingPeriod.of(MonthDay.of(11, 1), MonthDay.of(12, 15))));

    // a whole leave of 6 months can still exempt a period of 45 days, so no exemption is dead
    assertThat(problems)
        .extracting(PolicyProblem::code)
        .containsExactly(PolicyProblem.Code.REQUIRED_EXCEEDS_PERIOD);
    assertThat(problems.get(0).severity()).isEqualTo(PolicyProblem.Severity.ERROR);
    assertThat(problems.get(0).message())
        .contains("required-days 60 exceeds the 45 days")
        .contains("11-01..12-15");
  }

  @Test
  void check_quotaLongerThanPeriodMeasuringOnlyThePartInside_exemptionsAreDeadToo() {
    List<PolicyProblem> problems =
        check(
            measuringOnlyThePartInThePeriod(variant())
                .set(
                    Parameter.COUNTING_PERIOD,
                    CountingPeriod.of(MonthDay.of(11, 1), MonthDay.of(12, 15))));

    // the 6-month exemptions can never be reached in 45 days
    assertThat(problems)
        .extracting(PolicyProblem::code)
        .containsExactly(
            PolicyProblem.Code.REQUIRED_EXCEEDS_PERIOD,
            PolicyProblem.Code.EXEMPTION_THRESHOLD_EXCEEDS_PERIOD,
            PolicyProblem.Code.EXEMPTION_THRESHOLD_EXCEEDS_PERIOD);
  }

  @Test
  void check_minimumLongerThanPeriod_isAnError() {
    assertThat(
            check(
                variant()
                    .set(Parameter.REQUIRED_DAYS, Days.of(10))
                    .set(
                        Parameter.COUNTING_PERIOD,
                        CountingPeriod.of(MonthDay.of(12, 1), MonthDay.of(12, 31)))
                    .set(Parameter.kindMinimum(KindOfWork.MEETING), Optional.of(Days.of(40)))))
        .extracting(PolicyProblem::code)
        .contains(PolicyProblem.Code.MINIMUM_EXCEEDS_PERIOD);
  }

  @Test
  void check_zeroRequiredDays_isReported() {
    assertThat(check(variant().set(Parameter.REQUIRED_DAYS, Days.ZERO)))
        .extracting(PolicyProblem::code)
        .containsExactly(PolicyProblem.Code.REQUIRED_DAYS_ZERO);
  }

  @Test
  void check_periodOnLeapDay_isReported() {
    assertThat(
            check(
                variant()
                    .set(
                        Parameter.COUNTING_PERIOD,
                        CountingPeriod.of(MonthDay.of(2, 29), MonthDay.of(12, 31)))))
        .extracting(PolicyProblem::code)
        .containsExactly(PolicyProblem.Code.COUNTING_PERIOD_NOT_IN_EVERY_YEAR);
  }

  @Test
  void check_reportDeadlineZero_isReported() {
    List<PolicyProblem> problems =
        check(variant().set(Parameter.REPORT_DEADLINE_DAYS, Optional.of(0)));

    assertThat(problems)
        .extracting(PolicyProblem::code)
        .containsExactly(PolicyProblem.Code.REPORT_DEADLINE_ZERO);
    assertThat(problems.get(0).message()).contains("report-deadline-days is 0");
  }

  @Test
  void check_exemptionThresholdLongerThanPeriod_isReportedWhenOnlyThePartInsideIsMeasured() {
    Policy.Builder fourMonths =
        variant()
            .set(Parameter.REQUIRED_DAYS, Days.of(30))
            .set(
                Parameter.COUNTING_PERIOD,
                CountingPeriod.of(MonthDay.of(9, 1), MonthDay.of(12, 31)));
    List<PolicyProblem> problems = check(measuringOnlyThePartInThePeriod(fourMonths));

    // both 6-month thresholds (study, sick) can never be reached inside a 4-month period
    assertThat(problems)
        .extracting(PolicyProblem::code)
        .containsExactly(
            PolicyProblem.Code.EXEMPTION_THRESHOLD_EXCEEDS_PERIOD,
            PolicyProblem.Code.EXEMPTION_THRESHOLD_EXCEEDS_PERIOD);
    assertThat(problems.get(0).message()).contains("exemption.STUDY threshold P6M");
    assertThat(problems.get(0).parameters())
        .contains(Parameter.EXEMPTION_STUDY, Parameter.EXEMPTION_LEAVE_LENGTH);
    // measured whole, a leave longer than the period still exempts: nothing is dead
    assertThat(
            check(
                variant()
                    .set(Parameter.REQUIRED_DAYS, Days.of(30))
                    .set(
                        Parameter.COUNTING_PERIOD,
                        CountingPeriod.of(MonthDay.of(9, 1), MonthDay.of(12, 31)))))
        .isEmpty();
  }

  @Test
  void check_exemptionThresholdExactlyThePeriod_isFine() {
    assertThat(
            check(
                measuringOnlyThePartInThePeriod(variant())
                    .set(
                        Parameter.exemption(LeaveKind.STUDY),
                        Optional.of(ExemptionThreshold.atLeast(Period.ofMonths(12))))))
        .isEmpty();
  }

  @Test
  void check_leaveReductionWithoutQualifyingLeave_isReported() {
    assertThat(
            check(
                variant()
                    .set(Parameter.EXEMPTION_STUDY, Optional.empty())
                    .set(Parameter.EXEMPTION_SICK, Optional.empty())
                    .set(Parameter.EXEMPTION_MATERNITY, Optional.empty())))
        .extracting(PolicyProblem::code)
        .containsExactly(PolicyProblem.Code.LEAVE_REDUCTION_WITHOUT_QUALIFYING_LEAVE);
  }

  @Test
  void check_noSubjectLevelOrEmployment_isReported() {
    List<PolicyProblem> problems =
        check(
            variant()
                .set(Parameter.SUBJECT_LEVELS, Set.<Level>of())
                .set(Parameter.SUBJECT_EMPLOYMENT, Set.<Employment>of())
                .set(Parameter.COMMITTEE_MEMBERS_SUBJECT, false));

    assertThat(problems)
        .extracting(PolicyProblem::code)
        .containsExactly(
            PolicyProblem.Code.NO_SUBJECT_LEVEL, PolicyProblem.Code.NO_SUBJECT_EMPLOYMENT);
    assertThat(problems.get(0).severity()).isEqualTo(PolicyProblem.Severity.ERROR);
    assertThat(problems.get(1).message()).contains("no officer is subject");
  }

  @Test
  void check_quarterlyTargetsNotAddingUp_isReported() {
    List<PolicyProblem> problems =
        check(
            variant()
                .set(
                    Parameter.QUARTERLY_TARGETS,
                    List.of(Days.of(10), Days.of(10), Days.of(10), Days.of(10))));

    assertThat(problems)
        .extracting(PolicyProblem::code)
        .containsExactly(PolicyProblem.Code.QUARTERLY_TARGETS_MISMATCH);
    assertThat(problems.get(0).message()).contains("add up to 40, not the 60 required days");
  }

  @Test
  void check_quarterlyTargetOutsideShortenedPeriod_isAnError() {
    List<PolicyProblem> problems =
        check(
            variant()
                .set(
                    Parameter.COUNTING_PERIOD,
                    CountingPeriod.of(MonthDay.of(3, 1), MonthDay.of(12, 31)))
                .set(
                    Parameter.QUARTERLY_TARGETS,
                    List.of(Days.of(45), Days.of(5), Days.of(5), Days.of(5))));

    assertThat(problems)
        .extracting(PolicyProblem::code)
        .containsExactly(PolicyProblem.Code.QUARTERLY_TARGET_OUTSIDE_PERIOD);
    assertThat(problems.get(0).message()).contains("Q1 target 45 exceeds the 31 days");
  }
}
