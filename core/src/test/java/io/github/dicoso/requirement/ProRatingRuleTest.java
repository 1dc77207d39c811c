package io.github.dicoso.requirement;

import static io.github.dicoso.Fixtures.Y2019;
import static io.github.dicoso.Fixtures.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.ProRating;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class ProRatingRuleTest {
  private final Policy national = Policies.national2018();
  private final Officer lan = officer("O-1");

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2019, month, day);
  }

  private static Officer joined(LocalDate first) {
    return Officer.builder()
        .id("O-1")
        .level(Level.PROVINCIAL)
        .employment(Employment.FULL_TIME)
        .addServicePeriods(ServicePeriod.from(first))
        .build();
  }

  @Test
  void assess_fullServiceNoLeave_requiresTheQuotaCitingTheGuidance() {
    Requirement r = ProRatingRule.assess(national, lan, Y2019, 0);
    assertThat(r.required()).isEqualTo(Days.of(60));
    assertThat(r.quota()).isEqualTo(Days.of(60));
    assertThat(r.reduced()).isFalse();
    assertThat(r.serviceDays()).isEqualTo(365);
    assertThat(r.periodDays()).isEqualTo(365);
    assertThat(r.citations())
        .extracting(Citation::document)
        .containsExactly("Hướng dẫn 03-HD/TWĐTN-BTC");
  }

  @Test
  void assess_fiveMonthsAway_reducesProRata() {
    // 1/1..31/5 = 151 days away of 365: 60 * 214 / 365 = 35.18 -> 36
    Requirement r = ProRatingRule.assess(national, lan, Y2019, 151);
    assertThat(r.daysAway()).isEqualTo(151);
    assertThat(r.required()).isEqualTo(Days.of(36));
    assertThat(r.reduced()).isTrue();
    assertThat(r.citations())
        .containsExactly(
            national.citation(Parameter.REQUIRED_DAYS),
            national.citation(Parameter.LEAVE_REDUCES_REQUIREMENT));
  }

  @Test
  void assess_joinedInJuly_proRataByDaysOfServiceRoundedUp() {
    // 184 of 365 days: 60 * 184 / 365 = 30.25 -> 31
    Requirement r = ProRatingRule.assess(national, joined(d(7, 1)), Y2019, 0);
    assertThat(r.serviceDays()).isEqualTo(184);
    assertThat(r.required()).isEqualTo(Days.of(31));
    assertThat(r.proRating()).isEqualTo(ProRating.BY_DAYS_OF_SERVICE);
    assertThat(r.citations()).contains(national.citation(Parameter.PRO_RATING));
    assertThat(r.citations())
        .anySatisfy(c -> assertThat(c.authority()).isEqualTo(Citation.Authority.DEFAULT));
  }

  @Test
  void assess_joinedMidJuly_wholeMonthsAndNoneStrategies() {
    Officer fromMidJuly = joined(d(7, 15));
    Policy months =
        Policy.variantOf(national)
            .name("months")
            .set(Parameter.PRO_RATING, ProRating.WHOLE_MONTHS)
            .build();
    Policy none =
        Policy.variantOf(national).name("none").set(Parameter.PRO_RATING, ProRating.NONE).build();
    // whole months August..December = 5 of 12: 60 * 5 / 12 = 25
    assertThat(ProRatingRule.assess(months, fromMidJuly, Y2019, 0).required())
        .isEqualTo(Days.of(25));
    assertThat(ProRatingRule.assess(none, fromMidJuly, Y2019, 0).required()).isEqualTo(Days.of(60));
  }

  @Test
  void assess_noneStrategyWithLeave_stillReducesForTheDaysAway() {
    Policy none =
        Policy.variantOf(national).name("none").set(Parameter.PRO_RATING, ProRating.NONE).build();
    // 60 * (365 - 73) / 365 = 48
    assertThat(ProRatingRule.assess(none, lan, Y2019, 73).required()).isEqualTo(Days.of(48));
  }

  @Test
  void assess_shorterCountingPeriod_keepsQuotaNotProRated() {
    Policy quangTri = Policies.marchToDecember();
    LocalDateRange period = quangTri.periodIn(Year.of(2020));
    Requirement r = ProRatingRule.assess(quangTri, lan, period, 0);
    assertThat(r.required()).isEqualTo(Days.of(60));
    assertThat(r.periodDays()).isEqualTo(306);
  }

  @Test
  void assess_noServiceInThePeriod_requiresNothing() {
    Officer left =
        Officer.builder()
            .id("O-1")
            .level(Level.PROVINCIAL)
            .employment(Employment.FULL_TIME)
            .addServicePeriods(
                ServicePeriod.of(LocalDate.of(2018, 1, 1), LocalDate.of(2018, 6, 30)))
            .build();
    assertThat(ProRatingRule.assess(national, left, Y2019, 0).required()).isEqualTo(Days.ZERO);
  }

  @Test
  void assess_partTimeDistrict_requirementIgnoresEligibility() {
    Officer district =
        Officer.builder().id("O-3").level(Level.DISTRICT).employment(Employment.PART_TIME).build();
    assertThat(ProRatingRule.assess(national, district, Y2019, 0).required())
        .isEqualTo(Days.of(60));
  }

  @Test
  void assess_moreDaysAwayThanInPost_isRejectedNamingTheOfficer() {
    assertThatThrownBy(() -> ProRatingRule.assess(national, joined(d(7, 1)), Y2019, 185))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("officer O-1: 185 days away of 184 days in post");
  }
}
