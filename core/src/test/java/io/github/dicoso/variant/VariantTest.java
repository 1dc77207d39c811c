package io.github.dicoso.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.PolicyParameter;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Level;
import io.github.dicoso.visit.HostLevel;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class VariantTest {
  private static final Policy NATIONAL = Policies.national2018();
  private static final Citation HD17 =
      Citation.builder()
          .authority(Citation.Authority.PROVINCIAL)
          .document("Hướng dẫn 17-HD/TĐTN-TCKT")
          .date(LocalDate.of(2018, 8, 2))
          .issuer("Tỉnh đoàn Hậu Giang")
          .build();

  @Test
  void build_changedParameters_areRecordedAndCiteTheLocalDocument() {
    Variant v =
        Variant.of(NATIONAL)
            .named("hau-giang-2020")
            .issuedBy(HD17)
            .withRequiredDays(Days.of(30))
            .withHostLevelMinimum(HostLevel.BRANCH, Days.of(10))
            .build();

    assertThat(v.changes())
        .containsExactly(PolicyParameter.REQUIRED_DAYS, PolicyParameter.HOST_LEVEL_MINIMUMS);
    Policy p = v.policy();
    assertThat(p.name()).isEqualTo("hau-giang-2020");
    assertThat(p.base()).contains(Policies.NATIONAL_2018);
    assertThat(p.document()).isEqualTo(HD17);
    assertThat(p.citation(PolicyParameter.REQUIRED_DAYS)).isEqualTo(HD17);
    assertThat(p.citation(PolicyParameter.HOST_LEVEL_MINIMUMS)).isEqualTo(HD17);
    assertThat(p.citation(PolicyParameter.EXEMPTIONS))
        .isEqualTo(NATIONAL.citation(PolicyParameter.EXEMPTIONS));
    assertThat(p.citation(PolicyParameter.EXEMPTIONS).authority())
        .isEqualTo(Citation.Authority.NATIONAL);
  }

  @Test
  void describeChanges_showsBothValuesAndTheCitation() {
    Variant v =
        Variant.of(NATIONAL).named("x").issuedBy(HD17).withRequiredDays(Days.of(30)).build();

    assertThat(v.describeChanges())
        .extracting(Object::toString)
        .containsExactly("required-days: 60 -> 30 (Hướng dẫn 17-HD/TĐTN-TCKT, 2/8/2018)");
  }

  @Test
  void build_noChanges_givesPolicyEqualToBaseInEveryParameter() {
    Variant v = Variant.of(NATIONAL).named("same").issuedBy(HD17).build();

    assertThat(v.changes()).isEmpty();
    assertThat(v.policy().citations()).isEqualTo(NATIONAL.citations());
  }

  @Test
  void build_valueEqualToBase_isNotAChangeButCitesTheLocalDocument() {
    Variant v =
        Variant.of(NATIONAL).named("restated").issuedBy(HD17).withRequiredDays(Days.of(60)).build();

    assertThat(v.changes()).isEmpty();
    assertThat(v.policy().citation(PolicyParameter.REQUIRED_DAYS)).isEqualTo(HD17);
  }

  @Test
  void citing_overridesTheDocumentForOneParameter() {
    Citation plan =
        Citation.builder()
            .authority(Citation.Authority.PROVINCIAL)
            .document("Kế hoạch 5-KH")
            .build();
    Variant v =
        Variant.of(NATIONAL)
            .named("x")
            .issuedBy(HD17)
            .withReportDeadlineDays(10)
            .citing(PolicyParameter.REPORT_DEADLINE_DAYS, plan)
            .build();

    assertThat(v.policy().citation(PolicyParameter.REPORT_DEADLINE_DAYS)).isEqualTo(plan);
    assertThat(v.policy().reportDeadlineDays()).contains(10);
  }

  @Test
  void withSubjectLevelAndWithoutExemption_editTheBaseCollections() {
    Variant v =
        Variant.of(NATIONAL)
            .named("x")
            .issuedBy(HD17)
            .withSubjectLevel(Level.DISTRICT)
            .withoutExemption(LeaveKind.SICK)
            .build();

    assertThat(v.policy().subjectLevels())
        .containsExactlyInAnyOrder(Level.CENTRAL, Level.PROVINCIAL, Level.DISTRICT);
    assertThat(v.policy().exemptions()).containsOnlyKeys(LeaveKind.STUDY, LeaveKind.MATERNITY);
    assertThat(v.changes())
        .containsExactly(PolicyParameter.SUBJECT_LEVELS, PolicyParameter.EXEMPTIONS);
  }

  @Test
  void set_wrongType_namesParameterAndValue() {
    assertThatThrownBy(() -> Variant.of(NATIONAL).set(PolicyParameter.REQUIRED_DAYS, 30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("REQUIRED_DAYS")
        .hasMessageContaining("takes Days, not Integer 30");
  }

  @Test
  void set_genericValues_areAcceptedInAnyCollectionForm() {
    Variant v =
        Variant.of(NATIONAL)
            .named("x")
            .issuedBy(HD17)
            .set(PolicyParameter.SUBJECT_LEVELS, java.util.List.of(Level.DISTRICT))
            .set(PolicyParameter.REPORT_DEADLINE_DAYS, 5)
            .build();

    assertThat(v.policy().subjectLevels()).containsExactly(Level.DISTRICT);
    assertThat(v.policy().reportDeadlineDays()).contains(5);
  }

  @Test
  void build_withoutNameOrDocument_isRejected() {
    assertThatThrownBy(() -> Variant.of(NATIONAL).issuedBy(HD17).build())
        .hasMessageContaining("no name");
    assertThatThrownBy(() -> Variant.of(NATIONAL).named("x").build())
        .hasMessageContaining("no issuing document");
  }

  @Test
  void build_invalidValue_isRejectedByPolicyValidation() {
    assertThatThrownBy(
            () ->
                Variant.of(NATIONAL)
                    .named("x")
                    .issuedBy(HD17)
                    .withRequiredDays(Days.of(-1))
                    .build())
        .hasMessageContaining("required days -1");
  }

  @Test
  void between_policyOfAnotherBase_isRejected() {
    assertThatThrownBy(() -> Variant.between(Presets.thirtyDayYear(), Presets.districtIncluded()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("its base is national-2018, not thirty-day-year");
  }

  @Test
  void changedParameters_ofAnyTwoPolicies_comparesValuesOnly() {
    assertThat(Variant.changedParameters(Presets.thirtyDayYear(), Presets.districtIncluded()))
        .containsExactly(PolicyParameter.REQUIRED_DAYS, PolicyParameter.SUBJECT_LEVELS);
  }
}
