package io.github.dicoso.variant;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.CountingPeriod;
import io.github.dicoso.Days;
import io.github.dicoso.ExemptionRule;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.PolicyParameter;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.time.MonthDay;
import java.time.Period;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicyChecksTest {
  private static Variant.Builder variant() {
    Policy national = Policies.national2018();
    return Variant.of(national).named("checked").issuedBy(national.document());
  }

  private static List<PolicyProblem> check(Variant.Builder v) {
    return PolicyChecks.check(v.build().policy());
  }

  @Test
  void check_national_findsNothing() {
    assertThat(PolicyChecks.check(Policies.national2018())).isEmpty();
  }

  @Test
  void check_hostLevelMinimumsAboveRequired_isReportedWithTheSum() {
    List<PolicyProblem> problems =
        check(
            variant()
                .withHostLevelMinimum(HostLevel.BRANCH, Days.of(40))
                .withHostLevelMinimum(HostLevel.COMMUNE, Days.of(30)));

    assertThat(problems)
        .extracting(PolicyProblem::code)
        .containsExactly(PolicyProblem.Code.HOST_LEVEL_MINIMUMS_EXCEED_REQUIRED);
    assertThat(problems.get(0).message()).contains("add up to 70").contains("60 required days");
    assertThat(problems.get(0).severity()).isEqualTo(PolicyProblem.Severity.WARNING);
    assertThat(problems.get(0).parameters())
        .contains(PolicyParameter.HOST_LEVEL_MINIMUMS, PolicyParameter.REQUIRED_DAYS);
  }

  @Test
  void check_hostLevelMinimumsEqualToRequired_isFine() {
    assertThat(PolicyChecks.check(Presets.hostLevelSplit())).isEmpty();
  }

  @Test
  void check_kindMinimumsAboveRequired_isReported() {
    assertThat(
            check(
                variant()
                    .withRequiredDays(Days.of(30))
                    .withKindMinimum(KindOfWork.MEETING, Days.of(20))
                    .withKindMinimum(KindOfWork.THEMATIC, Days.of(15))))
        .extracting(PolicyProblem::code)
        .containsExactly(PolicyProblem.Code.KIND_MINIMUMS_EXCEED_REQUIRED);
  }

  @Test
  void check_quotaLongerThanPeriod_isAnError() {
    List<PolicyProblem> problems =
        check(
            variant()
                .withCountingPeriod(CountingPeriod.of(MonthDay.of(11, 1), MonthDay.of(12, 15))));

    // the 6-month exemptions can never be reached in 45 days either
    assertThat(problems)
        .extracting(PolicyProblem::code)
        .containsExactly(
            PolicyProblem.Code.REQUIRED_EXCEEDS_PERIOD,
            PolicyProblem.Code.EXEMPTION_THRESHOLD_EXCEEDS_PERIOD,
            PolicyProblem.Code.EXEMPTION_THRESHOLD_EXCEEDS_PERIOD);
    assertThat(problems.get(0).severity()).isEqualTo(PolicyProblem.Severity.ERROR);
    assertThat(problems.get(0).message())
        .contains("required-days 60 exceeds the 45 days")
        .contains("11-01..12-15");
  }

  @Test
  void check_minimumLongerThanPeriod_isAnError() {
    assertThat(
            check(
                variant()
                    .withRequiredDays(Days.of(10))
                    .withCountingPeriod(CountingPeriod.of(MonthDay.of(12, 1), MonthDay.of(12, 31)))
                    .withKindMinimum(KindOfWork.MEETING, Days.of(40))))
        .extracting(PolicyProblem::code)
        .contains(PolicyProblem.Code.MINIMUM_EXCEEDS_PERIOD);
  }

  @Test
  void check_zeroRequiredDays_isReported() {
    assertThat(check(variant().withRequiredDays(Days.ZERO)))
        .extracting(PolicyProblem::code)
        .containsExactly(PolicyProblem.Code.REQUIRED_DAYS_ZERO);
  }

  @Test
  void check_periodOnLeapDay_isReported() {
    assertThat(
            check(
                variant()
                    .withCountingPeriod(
                        CountingPeriod.of(MonthDay.of(2, 29), MonthDay.of(12, 31)))))
        .extracting(PolicyProblem::code)
        .containsExactly(PolicyProblem.Code.COUNTING_PERIOD_NOT_IN_EVERY_YEAR);
  }

  @Test
  void check_reportDeadlineZero_isReported() {
    List<PolicyProblem> problems = check(variant().withReportDeadlineDays(0));

    assertThat(problems)
        .extracting(PolicyProblem::code)
        .containsExactly(PolicyProblem.Code.REPORT_DEADLINE_ZERO);
    assertThat(problems.get(0).message()).contains("report-deadline-days is 0");
  }

  @Test
  void check_exemptionThresholdLongerThanPeriod_isReported() {
    List<PolicyProblem> problems =
        check(
            variant()
                .withRequiredDays(Days.of(30))
                .withCountingPeriod(CountingPeriod.of(MonthDay.of(9, 1), MonthDay.of(12, 31))));

    // both 6-month thresholds (study, sick) can never be reached inside a 4-month period
    assertThat(problems)
        .extracting(PolicyProblem::code)
        .containsExactly(
            PolicyProblem.Code.EXEMPTION_THRESHOLD_EXCEEDS_PERIOD,
            PolicyProblem.Code.EXEMPTION_THRESHOLD_EXCEEDS_PERIOD);
    assertThat(problems.get(0).message()).contains("exemption.STUDY threshold P6M");
  }

  @Test
  void check_exemptionThresholdExactlyThePeriod_isFine() {
    assertThat(
            check(
                variant()
                    .withExemption(LeaveKind.STUDY, ExemptionRule.atLeast(Period.ofMonths(12)))))
        .isEmpty();
  }

  @Test
  void check_leaveReductionWithoutQualifyingLeave_isReported() {
    assertThat(
            check(
                variant()
                    .withoutExemption(LeaveKind.STUDY)
                    .withoutExemption(LeaveKind.SICK)
                    .withoutExemption(LeaveKind.MATERNITY)))
        .extracting(PolicyProblem::code)
        .containsExactly(PolicyProblem.Code.LEAVE_REDUCTION_WITHOUT_QUALIFYING_LEAVE);
  }

  @Test
  void check_noSubjectLevelOrEmployment_isReported() {
    List<PolicyProblem> problems =
        check(
            variant()
                .withSubjectLevels(Set.of())
                .withSubjectEmployment(Set.<Employment>of())
                .withCommitteeMembersSubject(false));

    assertThat(problems)
        .extracting(PolicyProblem::code)
        .containsExactly(
            PolicyProblem.Code.NO_SUBJECT_LEVEL, PolicyProblem.Code.NO_SUBJECT_EMPLOYMENT);
    assertThat(problems.get(1).message()).contains("no officer is subject");
  }

  @Test
  void check_quarterlyTargetsNotAddingUp_isReported() {
    List<PolicyProblem> problems =
        check(
            variant()
                .withQuarterlyTargets(List.of(Days.of(10), Days.of(10), Days.of(10), Days.of(10))));

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
                .withCountingPeriod(CountingPeriod.of(MonthDay.of(3, 1), MonthDay.of(12, 31)))
                .withQuarterlyTargets(List.of(Days.of(45), Days.of(5), Days.of(5), Days.of(5))));

    assertThat(problems)
        .extracting(PolicyProblem::code)
        .containsExactly(PolicyProblem.Code.QUARTERLY_TARGET_OUTSIDE_PERIOD);
    assertThat(problems.get(0).message()).contains("Q1 target 45 exceeds the 31 days");
  }
}
