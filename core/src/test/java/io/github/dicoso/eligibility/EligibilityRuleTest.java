package io.github.dicoso.eligibility;

import static io.github.dicoso.Fixtures.Y2019;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EligibilityRuleTest {
  private final Policy national = Policies.national2018();

  private static Officer officer(Level level, Employment employment, boolean committee) {
    return Officer.builder()
        .id("O-1")
        .level(level)
        .employment(employment)
        .committeeMember(committee)
        .build();
  }

  @Test
  void assess_fullTimeProvincialOfficer_isSubjectCitingGuidance() {
    Eligibility e =
        EligibilityRule.assess(
            national, officer(Level.PROVINCIAL, Employment.FULL_TIME, false), Y2019);
    assertThat(e.subject()).isTrue();
    assertThat(e.reason()).isEqualTo(EligibilityReason.SUBJECT_LEVEL_AND_EMPLOYMENT);
    assertThat(e.citation().document()).isEqualTo("Hướng dẫn 03-HD/TWĐTN-BTC");
  }

  @Test
  void assess_partTimeOfficer_isNotSubject() {
    Eligibility e =
        EligibilityRule.assess(
            national, officer(Level.CENTRAL, Employment.PART_TIME, false), Y2019);
    assertThat(e.subject()).isFalse();
    assertThat(e.reason()).isEqualTo(EligibilityReason.EMPLOYMENT_NOT_SUBJECT);
  }

  @Test
  void assess_districtOfficer_isNotSubjectNationally() {
    Eligibility e =
        EligibilityRule.assess(
            national, officer(Level.DISTRICT, Employment.FULL_TIME, false), Y2019);
    assertThat(e.reason()).isEqualTo(EligibilityReason.LEVEL_NOT_SUBJECT);
  }

  @Test
  void assess_districtOfficerUnderDistrictInclusion_isSubject() {
    Policy tayNinh =
        Policy.builder()
            .from(national)
            .name("district-included")
            .addSubjectLevels(Level.DISTRICT)
            .build();
    Eligibility e =
        EligibilityRule.assess(
            tayNinh, officer(Level.DISTRICT, Employment.FULL_TIME, false), Y2019);
    assertThat(e.subject()).isTrue();
  }

  @Test
  void assess_committeeMember_isSubjectUnlessPolicyExcludesThem() {
    Officer member = officer(Level.PROVINCIAL, Employment.PART_TIME, true);
    assertThat(EligibilityRule.assess(national, member, Y2019).reason())
        .isEqualTo(EligibilityReason.SUBJECT_COMMITTEE_MEMBER);
    Policy excluded =
        Policy.builder().from(national).name("no-committee").committeeMembersSubject(false).build();
    assertThat(EligibilityRule.assess(excluded, member, Y2019).reason())
        .isEqualTo(EligibilityReason.COMMITTEE_MEMBERS_NOT_SUBJECT);
  }

  @Test
  void assess_noServiceInPeriod_isNotSubject() {
    Officer left =
        Officer.builder()
            .id("O-9")
            .level(Level.PROVINCIAL)
            .employment(Employment.FULL_TIME)
            .addServicePeriods(
                ServicePeriod.of(LocalDate.of(2017, 1, 1), LocalDate.of(2018, 12, 31)))
            .build();
    assertThat(EligibilityRule.assess(national, left, Y2019).reason())
        .isEqualTo(EligibilityReason.NOT_IN_SERVICE);
  }
}
