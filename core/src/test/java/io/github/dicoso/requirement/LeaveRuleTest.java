package io.github.dicoso.requirement;

import static io.github.dicoso.Fixtures.Y2019;
import static io.github.dicoso.Fixtures.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.VisitDuringLeave;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class LeaveRuleTest {
  private final Policy national = Policies.national2018();
  private final Officer lan = officer("O-1");

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2019, month, day);
  }

  private List<LeaveEntry> account(Policy policy, List<LocalDateRange> credited, Leave... leaves) {
    return LeaveRule.account(policy, lan, Y2019, List.of(leaves), true, Optional.empty(), credited);
  }

  private List<LeaveEntry> account(Leave... leaves) {
    return account(national, List.of(), leaves);
  }

  @Test
  void account_studyTooShortToExempt_reducesByTheDaysAway() {
    Leave study = Leave.of("O-1", LeaveKind.STUDY, d(1, 1), d(5, 31));

    assertThat(account(study))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.leave()).isEqualTo(study);
              assertThat(e.outcome()).isEqualTo(LeaveOutcome.REDUCES);
              assertThat(e.daysAway()).isEqualTo(151);
              assertThat(e.daysCredited()).isZero();
              assertThat(e.applied()).isTrue();
            });
  }

  @Test
  void account_otherLeave_neitherExemptsNorReduces() {
    assertThat(account(Leave.of("O-1", LeaveKind.OTHER, d(1, 1), d(12, 31))))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(LeaveOutcome.NOT_QUALIFYING);
              assertThat(e.daysAway()).isZero();
              assertThat(e.applied()).isFalse();
            });
  }

  @Test
  void account_leaveReductionOff_leavesTheRequirementWhole() {
    Policy noReduction =
        Policy.variantOf(national)
            .name("no-reduction")
            .set(Parameter.LEAVE_REDUCES_REQUIREMENT, false)
            .build();
    Leave sick = Leave.of("O-1", LeaveKind.SICK, d(3, 1), d(3, 31));

    assertThat(account(noReduction, List.of(), sick))
        .extracting(LeaveEntry::outcome)
        .containsExactly(LeaveOutcome.NOT_REDUCING);
    assertThat(LeaveRule.reducingDates(noReduction, lan, Y2019, List.of(sick))).isEmpty();
  }

  @Test
  void account_exemptOfficer_exemptingLeaveAndOthersNamedApart() {
    Leave study = Leave.of("O-1", LeaveKind.STUDY, d(1, 1), d(8, 31));
    Leave sick = Leave.of("O-1", LeaveKind.SICK, d(10, 1), d(10, 5));
    Optional<Exemption> exemption =
        ExemptionRule.assess(national, lan, Y2019, List.of(study, sick));

    List<LeaveEntry> entries =
        LeaveRule.account(national, lan, Y2019, List.of(sick, study), true, exemption, List.of());

    assertThat(entries)
        .extracting(LeaveEntry::outcome)
        .containsExactly(LeaveOutcome.EXEMPTS, LeaveOutcome.OFFICER_EXEMPT);
    assertThat(entries).allSatisfy(e -> assertThat(e.daysAway()).isZero());
  }

  @Test
  void account_officerNotSubjectOrLeaveOutsideThePeriod_changesNothing() {
    Leave sick = Leave.of("O-1", LeaveKind.SICK, d(3, 1), d(3, 31));
    Leave earlier =
        Leave.of("O-1", LeaveKind.SICK, LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31));

    assertThat(
            LeaveRule.account(
                national, lan, Y2019, List.of(sick, earlier), false, Optional.empty(), List.of()))
        .extracting(LeaveEntry::outcome)
        .containsExactly(LeaveOutcome.OUTSIDE_PERIOD, LeaveOutcome.OFFICER_NOT_SUBJECT);
  }

  @Test
  void account_leaveOutsideTheOfficersService_reducesNothing() {
    Officer joined =
        Officer.builder()
            .id("O-1")
            .level(Level.PROVINCIAL)
            .employment(Employment.FULL_TIME)
            .addServicePeriods(ServicePeriod.from(d(7, 1)))
            .build();
    Leave sick = Leave.of("O-1", LeaveKind.SICK, d(3, 1), d(3, 31));
    Leave straddling = Leave.of("O-1", LeaveKind.SICK, d(6, 21), d(7, 10));

    List<LeaveEntry> entries =
        LeaveRule.account(
            national, joined, Y2019, List.of(sick, straddling), true, Optional.empty(), List.of());

    assertThat(entries)
        .extracting(LeaveEntry::outcome, LeaveEntry::daysAway)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(LeaveOutcome.OUTSIDE_SERVICE, 0L),
            org.assertj.core.groups.Tuple.tuple(LeaveOutcome.REDUCES, 10L));
  }

  @Test
  void account_overlappingLeaves_countEachDayOnce() {
    Leave sick = Leave.of("O-1", LeaveKind.SICK, d(3, 1), d(3, 10));
    Leave study = Leave.of("O-1", LeaveKind.STUDY, d(3, 6), d(3, 15));

    List<LeaveEntry> entries = account(study, sick);

    assertThat(entries).extracting(LeaveEntry::leave).containsExactly(sick, study);
    assertThat(entries).extracting(LeaveEntry::daysAway).containsExactly(10L, 5L);
    assertThat(LeaveRule.reducingDates(national, lan, Y2019, List.of(sick, study)))
        .containsExactly(LocalDateRange.ofClosed(d(3, 1), d(3, 15)));
  }

  /**
   * Issue 14: a date never counts twice. An officer on 60 days of sick leave made visits on 58 of
   * them: by default those dates are credited to the visits and do not reduce the requirement.
   */
  @Test
  void account_sixtyDaysSickWithFiftyEightVisitDays_visitDatesDoNotReduce() {
    Leave sick = Leave.of("O-1", LeaveKind.SICK, d(3, 1), d(4, 29));
    List<LocalDateRange> visits = List.of(LocalDateRange.ofClosed(d(3, 1), d(4, 27)));

    assertThat(sick.dates().lengthInDays()).isEqualTo(60);
    assertThat(account(national, visits, sick))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(LeaveOutcome.REDUCES);
              assertThat(e.daysAway()).isEqualTo(2);
              assertThat(e.daysCredited()).isEqualTo(58);
            });
  }

  /** The parameter lets the leave win: every date of the leave reduces the requirement. */
  @Test
  void account_leaveCounts_everyLeaveDateReduces() {
    Policy leaveWins =
        Policy.variantOf(national)
            .name("leave-wins")
            .set(Parameter.VISIT_DURING_LEAVE, VisitDuringLeave.LEAVE_COUNTS)
            .build();
    Leave sick = Leave.of("O-1", LeaveKind.SICK, d(3, 1), d(4, 29));
    List<LocalDateRange> visits = List.of(LocalDateRange.ofClosed(d(3, 1), d(4, 27)));

    assertThat(account(leaveWins, visits, sick))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(LeaveOutcome.REDUCES);
              assertThat(e.daysAway()).isEqualTo(60);
              assertThat(e.daysCredited()).isZero();
            });
  }

  @Test
  void account_everyLeaveDateOnAVisit_isCoveredByVisits() {
    Leave sick = Leave.of("O-1", LeaveKind.SICK, d(3, 1), d(3, 5));

    assertThat(account(national, List.of(LocalDateRange.ofClosed(d(2, 25), d(3, 8))), sick))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.outcome()).isEqualTo(LeaveOutcome.COVERED_BY_VISITS);
              assertThat(e.daysAway()).isZero();
              assertThat(e.daysCredited()).isEqualTo(5);
              assertThat(e.applied()).isFalse();
            });
  }

  @Test
  void reducingDates_qualifyingKindsInsideThePeriodOnly() {
    Leave other = Leave.of("O-1", LeaveKind.OTHER, d(1, 1), d(1, 31));
    Leave sick = Leave.of("O-1", LeaveKind.SICK, d(12, 20), LocalDate.of(2020, 1, 10));

    assertThat(LeaveRule.reducingDates(national, lan, Y2019, List.of(other, sick)))
        .containsExactly(LocalDateRange.ofClosed(d(12, 20), d(12, 31)));
  }

  @Test
  void account_leaveOfAnotherOfficer_isRejectedNamingBoth() {
    Leave other = Leave.of("O-2", LeaveKind.SICK, d(1, 1), d(1, 5));
    assertThatThrownBy(() -> account(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("O-2")
        .hasMessageContaining("O-1");
  }
}
