package io.github.dicoso.eligibility;

import static io.github.dicoso.Fixtures.Y2019;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import java.time.LocalDate;
import java.util.EnumSet;
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
    assertThat(e.citation()).isEqualTo(national.citation(Parameter.SUBJECT_EMPLOYMENT));
    assertThat(e.period()).isEqualTo(Y2019);
    assertThat(e.level()).isEqualTo(Level.PROVINCIAL);
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
    assertThat(e.citation()).isEqualTo(national.citation(Parameter.SUBJECT_LEVELS));
  }

  @Test
  void assess_districtOfficerUnderTayNinh_isSubject() {
    Policy tayNinh = Policies.districtIncluded();
    Eligibility e =
        EligibilityRule.assess(
            tayNinh, officer(Level.DISTRICT, Employment.FULL_TIME, false), Y2019);
    assertThat(e.subject()).isTrue();
    assertThat(
            EligibilityRule.assess(
                    tayNinh, officer(Level.DISTRICT, Employment.FULL_TIME, true), Y2019)
                .reason())
        .isEqualTo(EligibilityReason.SUBJECT_COMMITTEE_MEMBER);
  }

  @Test
  void assess_fullTimeCommitteeMember_isSubjectUnlessPolicyExcludesThem() {
    Officer member = officer(Level.PROVINCIAL, Employment.FULL_TIME, true);
    Eligibility e = EligibilityRule.assess(national, member, Y2019);
    assertThat(e.reason()).isEqualTo(EligibilityReason.SUBJECT_COMMITTEE_MEMBER);
    assertThat(e.citation().issuer()).contains("Tỉnh đoàn Bình Thuận");
    Policy excluded =
        Policy.variantOf(national)
            .name("no-committee")
            .set(Parameter.COMMITTEE_MEMBERS_SUBJECT, false)
            .build();
    assertThat(EligibilityRule.assess(excluded, member, Y2019).reason())
        .isEqualTo(EligibilityReason.COMMITTEE_MEMBERS_NOT_SUBJECT);
  }

  /**
   * Issue 14: employment applies to committee members too. Before, a part-time committee member was
   * subject as a member; a part-time officer is not subject, on the committee or not.
   */
  @Test
  void assess_partTimeCommitteeMember_isNotSubject() {
    Officer member = officer(Level.PROVINCIAL, Employment.PART_TIME, true);

    Eligibility e = EligibilityRule.assess(national, member, Y2019);

    assertThat(e.subject()).isFalse();
    assertThat(e.reason()).isEqualTo(EligibilityReason.EMPLOYMENT_NOT_SUBJECT);
    assertThat(e.committeeMember()).isTrue();
    assertThat(e.citation()).isEqualTo(national.citation(Parameter.SUBJECT_EMPLOYMENT));
  }

  @Test
  void assess_partTimeCommitteeMemberWhenPartTimeIsSubject_isSubjectAsMember() {
    Policy partTimeToo =
        Policy.variantOf(national)
            .name("part-time-too")
            .set(
                Parameter.SUBJECT_EMPLOYMENT,
                EnumSet.of(Employment.FULL_TIME, Employment.PART_TIME))
            .build();
    assertThat(
            EligibilityRule.assess(
                    partTimeToo, officer(Level.PROVINCIAL, Employment.PART_TIME, true), Y2019)
                .reason())
        .isEqualTo(EligibilityReason.SUBJECT_COMMITTEE_MEMBER);
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
    Eligibility e = EligibilityRule.assess(national, left, Y2019);
    assertThat(e.reason()).isEqualTo(EligibilityReason.NOT_IN_SERVICE);
    assertThat(e.citation()).isEqualTo(national.citation(Parameter.COUNTING_PERIOD));
  }
}
