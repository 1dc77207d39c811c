package io.github.dicoso.requirement;

import static io.github.dicoso.Fixtures.Y2019;
import static io.github.dicoso.Fixtures.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Days;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.ProRating;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class RequirementRuleTest {
  private final Policy national = Policies.national2018();
  private final Officer lan = officer("O-1");

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2019, month, day);
  }

  private Requirement assess(Policy policy, Officer officer, Leave... leaves) {
    return RequirementRule.assess(policy, officer, Y2019, List.of(leaves));
  }

  @Test
  void assess_noLeaveFullService_requiresQuota() {
    Requirement r = assess(national, lan);
    assertThat(r.required()).isEqualTo(Days.of(60));
    assertThat(r.exempt()).isFalse();
    assertThat(r.reduced()).isFalse();
    assertThat(r.citations())
        .extracting(c -> c.document())
        .containsExactly("Hướng dẫn 03-HD/TWĐTN-BTC");
  }

  @Test
  void assess_studyOfExactlySixMonths_exempts() {
    Requirement r = assess(national, lan, Leave.of("O-1", LeaveKind.STUDY, d(1, 1), d(6, 30)));
    assertThat(r.exempt()).isTrue();
    assertThat(r.required()).isEqualTo(Days.ZERO);
    Exemption e = r.exemption().orElseThrow();
    assertThat(e.kind()).isEqualTo(LeaveKind.STUDY);
    assertThat(e.days()).isEqualTo(181);
    assertThat(e.rule().threshold()).hasMonths(6);
    assertThat(e.citation().provision()).contains("6 months");
  }

  @Test
  void assess_studyOfFiveMonths_reducesProRataInstead() {
    // 1/1..31/5 = 151 days away of 365: 60 * 214 / 365 = 35.18 -> 36
    Requirement r = assess(national, lan, Leave.of("O-1", LeaveKind.STUDY, d(1, 1), d(5, 31)));
    assertThat(r.exempt()).isFalse();
    assertThat(r.daysAway()).isEqualTo(151);
    assertThat(r.required()).isEqualTo(Days.of(36));
  }

  @Test
  void assess_studyOfSixMonthsLessOneDay_doesNotExempt() {
    Requirement r = assess(national, lan, Leave.of("O-1", LeaveKind.STUDY, d(1, 1), d(6, 29)));
    assertThat(r.exempt()).isFalse();
  }

  @Test
  void assess_maternityOfAnyLength_exempts() {
    Requirement r = assess(national, lan, Leave.of("O-1", LeaveKind.MATERNITY, d(3, 1), d(3, 10)));
    assertThat(r.exemption())
        .hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(LeaveKind.MATERNITY));
  }

  @Test
  void assess_sickThresholdIsAParameter() {
    Leave sick = Leave.of("O-1", LeaveKind.SICK, d(2, 1), d(4, 30));
    assertThat(assess(national, lan, sick).exempt()).isFalse();
    Policy threeMonths =
        Policy.builder()
            .from(national)
            .name("sick-3m")
            .putExemption(
                LeaveKind.SICK,
                io.github.dicoso.ExemptionRule.atLeast(java.time.Period.ofMonths(3)))
            .build();
    assertThat(assess(threeMonths, lan, sick).exempt()).isTrue();
  }

  @Test
  void assess_otherLeave_neitherExemptsNorReduces() {
    Requirement r = assess(national, lan, Leave.of("O-1", LeaveKind.OTHER, d(1, 1), d(12, 31)));
    assertThat(r.required()).isEqualTo(Days.of(60));
  }

  @Test
  void assess_leaveSpanningTwoYears_measuresOnlyDaysInsidePeriod() {
    // 1/10/2019..31/5/2020 is 8 months, but only 3 fall in 2019: no exemption in 2019
    Requirement r =
        assess(
            national, lan, Leave.of("O-1", LeaveKind.STUDY, d(10, 1), LocalDate.of(2020, 5, 31)));
    assertThat(r.exempt()).isFalse();
    assertThat(r.daysAway()).isEqualTo(92);
  }

  @Test
  void assess_overlappingLeavesOfOneKind_mergeIntoOneRun() {
    Requirement r =
        assess(
            national,
            lan,
            Leave.of("O-1", LeaveKind.SICK, d(1, 1), d(4, 30)),
            Leave.of("O-1", LeaveKind.SICK, d(4, 15), d(7, 31)));
    assertThat(r.exempt()).isTrue();
  }

  @Test
  void assess_joinedInJuly_prorataByDaysOfServiceRoundedUp() {
    Officer joined =
        Officer.builder().from(lan).addServicePeriods(ServicePeriod.from(d(7, 1))).build();
    // 184 of 365 days: 60 * 184 / 365 = 30.25 -> 31
    Requirement r = assess(national, joined);
    assertThat(r.serviceDays()).isEqualTo(184);
    assertThat(r.required()).isEqualTo(Days.of(31));
    assertThat(r.citations())
        .anySatisfy(
            c -> assertThat(c.authority()).isEqualTo(io.github.dicoso.Citation.Authority.DEFAULT));
  }

  @Test
  void assess_joinedInJuly_wholeMonthsAndNoneStrategies() {
    Officer joined =
        Officer.builder().from(lan).addServicePeriods(ServicePeriod.from(d(7, 15))).build();
    Policy months =
        Policy.builder().from(national).name("months").proRating(ProRating.WHOLE_MONTHS).build();
    Policy none = Policy.builder().from(national).name("none").proRating(ProRating.NONE).build();
    // whole months August..December = 5 of 12: 60 * 5 / 12 = 25
    assertThat(assess(months, joined).required()).isEqualTo(Days.of(25));
    assertThat(assess(none, joined).required()).isEqualTo(Days.of(60));
  }

  @Test
  void assess_shorterCountingPeriod_keepsQuotaNotProRated() {
    Policy quangTri =
        Policy.builder()
            .from(national)
            .name("quang-tri")
            .countingPeriod(
                io.github.dicoso.CountingPeriod.of(MonthDay.of(3, 1), MonthDay.of(12, 31)))
            .build();
    LocalDateRange period = quangTri.countingPeriod().in(java.time.Year.of(2020));
    Requirement r = RequirementRule.assess(quangTri, lan, period, List.of());
    assertThat(r.required()).isEqualTo(Days.of(60));
    assertThat(r.periodDays()).isEqualTo(306);
  }

  @Test
  void assess_leaveOfAnotherOfficer_isRejectedNamingIt() {
    Leave other = Leave.of("O-2", LeaveKind.SICK, d(1, 1), d(1, 5));
    assertThatThrownBy(() -> assess(national, lan, other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("O-2")
        .hasMessageContaining("O-1");
  }

  @Test
  void assess_partTimeDistrict_requirementIgnoresEligibility() {
    Officer district =
        Officer.builder().id("O-3").level(Level.DISTRICT).employment(Employment.PART_TIME).build();
    assertThat(assess(national, district).required()).isEqualTo(Days.of(60));
  }
}
