package io.github.dicoso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Level;
import io.github.dicoso.visit.HostLevel;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class PolicyTest {
  private static final Policy NATIONAL = Policies.national2018();
  private static final Citation HD17 =
      Citation.builder()
          .authority(Citation.Authority.PROVINCIAL)
          .document("Hướng dẫn 17-HD/TĐTN-TCKT")
          .date(LocalDate.of(2018, 8, 2))
          .issuer("Tỉnh đoàn Hậu Giang")
          .build();

  @Test
  void national2018_citesGuidanceForRequiredDays() {
    Citation c = NATIONAL.citation(Parameter.REQUIRED_DAYS);
    assertThat(c.shortForm()).isEqualTo("Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018");
    assertThat(c.authority()).isEqualTo(Citation.Authority.NATIONAL);
    assertThat(NATIONAL.get(Parameter.REQUIRED_DAYS)).isEqualTo(Days.of(60));
    assertThat(NATIONAL.document().orElseThrow().shortForm())
        .isEqualTo("Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018");
  }

  @Test
  void national2018_holdsEveryNationalDefaultWithItsCitation() {
    for (Parameter<?> p : Parameter.all()) {
      assertThat((Object) NATIONAL.get(p)).as(p.key()).isEqualTo(p.nationalDefault());
      assertThat(NATIONAL.citation(p)).as(p.key()).isEqualTo(p.nationalCitation());
    }
    assertThat(NATIONAL.base()).isEmpty();
    assertThat(NATIONAL.isDraft()).isFalse();
  }

  @Test
  void variantOf_changedParameters_areRecordedAndCiteTheLocalDocument() {
    Policy p =
        Policy.variantOf(NATIONAL)
            .name("hau-giang-2020")
            .document(HD17)
            .set(Parameter.REQUIRED_DAYS, Days.of(30))
            .set(Parameter.hostLevelMinimum(HostLevel.BRANCH), Optional.of(Days.of(10)))
            .build();

    assertThat(p.differencesFrom(NATIONAL))
        .containsExactly(Parameter.REQUIRED_DAYS, Parameter.HOST_LEVEL_MINIMUM_BRANCH);
    assertThat(p.name()).isEqualTo("hau-giang-2020");
    assertThat(p.base()).contains(Policies.NATIONAL_2018);
    assertThat(p.document()).contains(HD17);
    assertThat(p.isDraft()).isFalse();
    assertThat(p.get(Parameter.REQUIRED_DAYS)).isEqualTo(Days.of(30));
    assertThat(p.citation(Parameter.REQUIRED_DAYS)).isEqualTo(HD17);
    assertThat(p.citation(Parameter.HOST_LEVEL_MINIMUM_BRANCH)).isEqualTo(HD17);
    assertThat(p.citation(Parameter.COUNT_INVITED_ONLY))
        .isEqualTo(NATIONAL.citation(Parameter.COUNT_INVITED_ONLY));
    assertThat(p.citation(Parameter.COUNT_INVITED_ONLY).authority())
        .isEqualTo(Citation.Authority.NATIONAL);
  }

  @Test
  void variantOf_noChanges_equalsTheBaseInEveryValueAndCitation() {
    Policy same = Policy.variantOf(NATIONAL).name("same").document(HD17).build();

    assertThat(same.differencesFrom(NATIONAL)).isEmpty();
    for (Parameter<?> p : Parameter.all()) {
      assertThat(same.citation(p)).as(p.key()).isEqualTo(NATIONAL.citation(p));
    }
    assertThat(same).isNotEqualTo(NATIONAL);
  }

  @Test
  void set_valueEqualToBase_isNotAChangeButCitesTheLocalDocument() {
    Policy restated =
        Policy.variantOf(NATIONAL)
            .name("restated")
            .document(HD17)
            .set(Parameter.REQUIRED_DAYS, Days.of(60))
            .build();

    assertThat(restated.differencesFrom(NATIONAL)).isEmpty();
    assertThat(restated.citation(Parameter.REQUIRED_DAYS)).isEqualTo(HD17);
  }

  @Test
  void set_withCitation_overridesTheDocumentForOneParameter() {
    Citation plan =
        Citation.builder()
            .authority(Citation.Authority.PROVINCIAL)
            .document("Kế hoạch 5-KH")
            .build();
    Policy p =
        Policy.variantOf(NATIONAL)
            .name("x")
            .document(HD17)
            .set(Parameter.REPORT_DEADLINE_DAYS, Optional.of(10), plan)
            .set(Parameter.REQUIRED_DAYS, Days.of(50))
            .build();

    assertThat(p.citation(Parameter.REPORT_DEADLINE_DAYS)).isEqualTo(plan);
    assertThat(p.citation(Parameter.REQUIRED_DAYS)).isEqualTo(HD17);
    assertThat(p.get(Parameter.REPORT_DEADLINE_DAYS)).contains(10);
  }

  @Test
  void cite_withoutSet_changesTheCitationOnly() {
    Citation plan =
        Citation.builder()
            .authority(Citation.Authority.PROVINCIAL)
            .document("Kế hoạch 5-KH")
            .build();
    Policy p =
        Policy.variantOf(NATIONAL)
            .name("x")
            .document(HD17)
            .cite(Parameter.COUNT_INVITED_ONLY, plan)
            .build();

    assertThat(p.differencesFrom(NATIONAL)).isEmpty();
    assertThat(p.citation(Parameter.COUNT_INVITED_ONLY)).isEqualTo(plan);
  }

  @Test
  void set_setsAndOptionalsOfTheBase_areReplacedWhole() {
    Policy p =
        Policy.variantOf(NATIONAL)
            .name("x")
            .document(HD17)
            .set(
                Parameter.SUBJECT_LEVELS,
                EnumSet.of(Level.CENTRAL, Level.PROVINCIAL, Level.DISTRICT))
            .set(Parameter.exemption(LeaveKind.SICK), Optional.empty())
            .build();

    assertThat(p.get(Parameter.SUBJECT_LEVELS))
        .containsExactlyInAnyOrder(Level.CENTRAL, Level.PROVINCIAL, Level.DISTRICT);
    assertThat(p.get(Parameter.EXEMPTION_SICK)).isEmpty();
    assertThat(p.get(Parameter.EXEMPTION_STUDY)).isPresent();
    assertThat(p.differencesFrom(NATIONAL))
        .containsExactly(Parameter.SUBJECT_LEVELS, Parameter.EXEMPTION_SICK);
  }

  @Test
  void set_anySetForm_isKeptAsAnImmutableCopy() {
    Set<Level> mutable = EnumSet.of(Level.DISTRICT);
    Policy p =
        Policy.variantOf(NATIONAL)
            .name("x")
            .document(HD17)
            .set(Parameter.SUBJECT_LEVELS, mutable)
            .build();
    mutable.add(Level.CENTRAL);

    assertThat(p.get(Parameter.SUBJECT_LEVELS)).containsExactly(Level.DISTRICT);
    assertThatThrownBy(() -> p.get(Parameter.SUBJECT_LEVELS).add(Level.CENTRAL))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void set_valueTheParameterDoesNotAllow_namesKeyAndValue() {
    assertThatThrownBy(
            () -> Policy.variantOf(NATIONAL).set(Parameter.REPORT_DEADLINE_DAYS, Optional.of(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("report-deadline-days: -1 must be at least 0");
    assertThatThrownBy(
            () ->
                Policy.variantOf(NATIONAL)
                    .set(Parameter.MAX_DELEGATIONS_PER_HOST_PER_WINDOW, Optional.of(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max-delegations-per-host-per-window: 0 must be at least 1");
    assertThatThrownBy(
            () -> Policy.variantOf(NATIONAL).set(Parameter.QUARTERLY_TARGETS, List.of(Days.ONE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("quarterly-targets")
        .hasMessageContaining("four quarters");
  }

  @Test
  void build_withoutName_isRejectedNamingTheBase() {
    assertThatThrownBy(() -> Policy.variantOf(NATIONAL).document(HD17).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("derived from national-2018")
        .hasMessageContaining("missing name");
    assertThatThrownBy(() -> Policy.builder().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
  }

  @Test
  void build_withoutDocument_isADraftWhoseChangesCiteTheDraftByName() {
    Policy draft =
        Policy.variantOf(NATIONAL)
            .name("hau-giang-trial")
            .set(Parameter.REQUIRED_DAYS, Days.of(30))
            .build();

    assertThat(draft.isDraft()).isTrue();
    assertThat(draft.document()).isEmpty();
    assertThat(draft.citation(Parameter.REQUIRED_DAYS))
        .isEqualTo(Citation.draft("hau-giang-trial"))
        .hasToString("draft variant hau-giang-trial (no document)");
    assertThat(draft.citation(Parameter.REQUIRED_DAYS).authority())
        .isEqualTo(Citation.Authority.DRAFT);
    assertThat(draft.citation(Parameter.COUNTING_PERIOD))
        .isEqualTo(NATIONAL.citation(Parameter.COUNTING_PERIOD));
    assertThat(draft).hasToString("Policy[hau-giang-trial, base national-2018, draft]");
  }

  @Test
  void differencesFrom_anyTwoPolicies_comparesValuesOnly() {
    assertThat(Policies.thirtyDayYear().differencesFrom(Policies.districtIncluded()))
        .containsExactly(Parameter.REQUIRED_DAYS, Parameter.SUBJECT_LEVELS);
  }

  @Test
  void equals_sameNameValuesAndCitations_isEqualWithEqualHashCode() {
    Policy a = Policy.variantOf(NATIONAL).name("a").document(HD17).build();
    Policy b = Policy.variantOf(NATIONAL).name("a").document(HD17).build();
    Policy other = Policy.variantOf(NATIONAL).name("a").build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other);
    assertThat(a).hasToString("Policy[a, base national-2018]");
    assertThat(NATIONAL).hasToString("Policy[national-2018]");
  }

  @Test
  void periodIn_quangTri_isTheCountingPeriodInThatYear() {
    Policy quangTri = Policies.marchToDecember();

    assertThat(quangTri.periodIn(Year.of(2020)))
        .isEqualTo(LocalDateRange.ofClosed(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 12, 31)));
    assertThat(quangTri.get(Parameter.COUNTING_PERIOD).first()).isEqualTo(MonthDay.of(3, 1));
  }
}
