package io.github.dicoso.requirement;

import static io.github.dicoso.Fixtures.Y2019;
import static io.github.dicoso.Fixtures.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.ExemptionThreshold;
import io.github.dicoso.LeaveLength;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Officer;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class ExemptionRuleTest {
  private static final LocalDateRange Y2020 =
      LocalDateRange.ofClosed(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31));

  private final Policy national = Policies.national2018();
  private final Policy partInPeriod =
      Policy.variantOf(national)
          .name("part-in-period")
          .set(Parameter.EXEMPTION_LEAVE_LENGTH, LeaveLength.PART_IN_PERIOD)
          .build();
  private final Officer lan = officer("O-1");

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2019, month, day);
  }

  private Optional<Exemption> assess(Policy policy, LocalDateRange period, Leave... leaves) {
    return ExemptionRule.assess(policy, lan, period, List.of(leaves));
  }

  @Test
  void assess_noLeave_isNotExempt() {
    assertThat(assess(national, Y2019)).isEmpty();
  }

  @Test
  void assess_studyOfExactlySixMonths_exemptsCitingTheSource() {
    Leave study = Leave.of("O-1", LeaveKind.STUDY, d(1, 1), d(6, 30));

    Exemption e = assess(national, Y2019, study).orElseThrow();

    assertThat(e.kind()).isEqualTo(LeaveKind.STUDY);
    assertThat(e.days()).isEqualTo(181);
    assertThat(e.leaves()).containsExactly(study);
    assertThat(e.threshold().threshold()).hasMonths(6);
    assertThat(e.measured()).isEqualTo(LeaveLength.WHOLE_LEAVE);
    assertThat(e.citation()).isEqualTo(national.citation(Parameter.EXEMPTION_STUDY));
    assertThat(e.citation().provision()).contains("6 months");
  }

  @Test
  void assess_studyOfSixMonthsLessOneDayOrOfFiveMonths_doesNotExempt() {
    assertThat(assess(national, Y2019, Leave.of("O-1", LeaveKind.STUDY, d(1, 1), d(6, 29))))
        .isEmpty();
    assertThat(assess(national, Y2019, Leave.of("O-1", LeaveKind.STUDY, d(1, 1), d(5, 31))))
        .isEmpty();
  }

  @Test
  void assess_maternityOfAnyLength_exempts() {
    assertThat(assess(national, Y2019, Leave.of("O-1", LeaveKind.MATERNITY, d(3, 1), d(3, 10))))
        .hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(LeaveKind.MATERNITY));
  }

  @Test
  void assess_sickThresholdIsAParameter() {
    Leave sick = Leave.of("O-1", LeaveKind.SICK, d(2, 1), d(4, 30));
    assertThat(assess(national, Y2019, sick)).isEmpty();
    Policy threeMonths =
        Policy.variantOf(national)
            .name("sick-3m")
            .set(
                Parameter.exemption(LeaveKind.SICK),
                Optional.of(ExemptionThreshold.atLeast(Period.ofMonths(3))))
            .build();
    assertThat(assess(threeMonths, Y2019, sick)).isPresent();
  }

  @Test
  void assess_otherLeaveOfAWholeYear_doesNotExempt() {
    assertThat(assess(national, Y2019, Leave.of("O-1", LeaveKind.OTHER, d(1, 1), d(12, 31))))
        .isEmpty();
  }

  /**
   * Issue 14: the length of a leave is the whole leave as recorded. A 7-month study leave from
   * 1/9/2019 to 31/3/2020 is long-term study: it exempts both 2019 and 2020.
   */
  @Test
  void assess_sevenMonthStudyAcrossTwoYears_exemptsBothYears() {
    Leave study = Leave.of("O-1", LeaveKind.STUDY, d(9, 1), LocalDate.of(2020, 3, 31));

    Exemption in2019 = assess(national, Y2019, study).orElseThrow();
    Exemption in2020 = assess(national, Y2020, study).orElseThrow();

    assertThat(in2019.leaveDates()).isEqualTo(study.dates());
    assertThat(in2019.measuredDates()).isEqualTo(study.dates());
    assertThat(in2019.days()).isEqualTo(213);
    assertThat(in2020.kind()).isEqualTo(LeaveKind.STUDY);
    assertThat(in2020.measured()).isEqualTo(LeaveLength.WHOLE_LEAVE);
  }

  /** Issue 14: a 12-month study leave from 1/10/2019 exempts 2019, though 3 months fall in it. */
  @Test
  void assess_twelveMonthStudyFromOctober_exemptsTheFirstYear() {
    Leave study = Leave.of("O-1", LeaveKind.STUDY, d(10, 1), LocalDate.of(2020, 9, 30));

    assertThat(assess(national, Y2019, study)).isPresent();
    assertThat(assess(national, Y2020, study)).isPresent();
  }

  /** The parameter restores "only the part inside the period". */
  @Test
  void assess_partInPeriod_measuresOnlyTheDaysInsideThePeriod() {
    Leave seven = Leave.of("O-1", LeaveKind.STUDY, d(9, 1), LocalDate.of(2020, 3, 31));
    Leave twelve = Leave.of("O-1", LeaveKind.STUDY, d(10, 1), LocalDate.of(2020, 9, 30));

    assertThat(assess(partInPeriod, Y2019, seven)).isEmpty();
    assertThat(assess(partInPeriod, Y2020, seven)).isEmpty();
    assertThat(assess(partInPeriod, Y2019, twelve)).isEmpty();
    Exemption e = assess(partInPeriod, Y2020, twelve).orElseThrow();
    assertThat(e.measured()).isEqualTo(LeaveLength.PART_IN_PERIOD);
    assertThat(e.measuredDates())
        .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 9, 30)));
    assertThat(e.leaveDates()).isEqualTo(twelve.dates());
  }

  @Test
  void assess_leaveWhollyOutsideThePeriod_doesNotExempt() {
    Leave study = Leave.of("O-1", LeaveKind.STUDY, d(1, 1), d(12, 31));
    assertThat(assess(national, national.periodIn(Year.of(2021)), study)).isEmpty();
  }

  @Test
  void assess_touchingOrOverlappingLeavesOfOneKind_areOneLeave() {
    Leave first = Leave.of("O-1", LeaveKind.SICK, d(1, 1), d(4, 30));
    Leave second = Leave.of("O-1", LeaveKind.SICK, d(4, 15), d(7, 31));
    Leave third = Leave.of("O-1", LeaveKind.SICK, d(8, 1), d(8, 10));

    Exemption e = assess(national, Y2019, third, second, first).orElseThrow();

    assertThat(e.leaves()).containsExactly(first, second, third);
    assertThat(e.leaveDates()).isEqualTo(LocalDateRange.ofClosed(d(1, 1), d(8, 10)));
  }

  @Test
  void assess_leavesOfDifferentKinds_areNotJoined() {
    Leave study = Leave.of("O-1", LeaveKind.STUDY, d(1, 1), d(3, 31));
    Leave sick = Leave.of("O-1", LeaveKind.SICK, d(4, 1), d(6, 30));

    assertThat(assess(national, Y2019, study, sick)).isEmpty();
  }

  @Test
  void assess_severalExemptingLeaves_takesTheLongest() {
    Leave maternity = Leave.of("O-1", LeaveKind.MATERNITY, d(1, 1), d(1, 31));
    Leave study = Leave.of("O-1", LeaveKind.STUDY, d(3, 1), d(10, 31));

    assertThat(assess(national, Y2019, maternity, study).map(Exemption::kind))
        .contains(LeaveKind.STUDY);
  }

  @Test
  void assess_leaveOfAnotherOfficer_isRejectedNamingBoth() {
    Leave other = Leave.of("O-2", LeaveKind.SICK, d(1, 1), d(1, 5));
    assertThatThrownBy(() -> assess(national, Y2019, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("O-2")
        .hasMessageContaining("O-1");
  }
}
