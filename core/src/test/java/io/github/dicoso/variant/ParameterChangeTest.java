package io.github.dicoso.variant;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.visit.HostLevel;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ParameterChangeTest {
  private static final Policy NATIONAL = Policies.national2018();
  private static final Citation HD17 =
      Citation.builder()
          .authority(Citation.Authority.PROVINCIAL)
          .document("Hướng dẫn 17-HD/TĐTN-TCKT")
          .date(LocalDate.of(2018, 8, 2))
          .issuer("Tỉnh đoàn Hậu Giang")
          .build();

  @Test
  void between_variantAndBase_showsBothValuesAndTheCitation() {
    Policy hauGiang =
        Policy.variantOf(NATIONAL)
            .name("hau-giang-2020")
            .document(HD17)
            .set(Parameter.REQUIRED_DAYS, Days.of(30))
            .set(Parameter.hostLevelMinimum(HostLevel.BRANCH), Optional.of(Days.of(10)))
            .build();

    assertThat(ParameterChange.between(NATIONAL, hauGiang))
        .extracting(Object::toString)
        .containsExactly(
            "required-days: 60 -> 30 (Hướng dẫn 17-HD/TĐTN-TCKT, 2/8/2018)",
            "host-level-minimum.BRANCH: none -> 10 (Hướng dẫn 17-HD/TĐTN-TCKT, 2/8/2018)");
  }

  @Test
  void between_anyTwoPolicies_citesTheSecond() {
    assertThat(ParameterChange.between(Policies.thirtyDayYear(), Policies.districtIncluded()))
        .satisfiesExactly(
            c -> {
              assertThat(c.parameter()).isSameAs(Parameter.REQUIRED_DAYS);
              assertThat(c.before()).isEqualTo("30");
              assertThat(c.after()).isEqualTo("60");
              assertThat(c.citation()).isEqualTo(NATIONAL.citation(Parameter.REQUIRED_DAYS));
            },
            c -> {
              assertThat(c.parameter()).isSameAs(Parameter.SUBJECT_LEVELS);
              assertThat(c.after()).isEqualTo("CENTRAL, PROVINCIAL, DISTRICT");
            });
    assertThat(ParameterChange.between(NATIONAL, NATIONAL)).isEmpty();
  }

  /** Issue 14: a draft's changes cite the draft by name. */
  @Test
  void render_draftChange_citesTheDraftByName() {
    Policy draft =
        Policy.variantOf(NATIONAL).name("trial").set(Parameter.REQUIRED_DAYS, Days.of(45)).build();

    ParameterChange c = ParameterChange.between(NATIONAL, draft).get(0);

    assertThat(c.render(Locale.ENGLISH))
        .isEqualTo("required-days: 60 -> 45 (draft variant trial (no document))");
    assertThat(c.citation().authority()).isEqualTo(Citation.Authority.DRAFT);
  }

  @Test
  void render_libraryDefault_namedAsSuchInEachLanguage() {
    Policy p =
        Policy.variantOf(NATIONAL)
            .name("x")
            .document(HD17)
            .set(Parameter.COUNT_UNAPPROVED, false, Citation.libraryDefault("test"))
            .build();

    ParameterChange c = ParameterChange.between(NATIONAL, p).get(0);

    assertThat(c.render(Locale.ENGLISH))
        .isEqualTo("count-unapproved: true -> false (dicoso default: test)");
    assertThat(c.render(Locale.forLanguageTag("vi")))
        .isEqualTo("tính chuyến chưa được phê duyệt: có -> không (mặc định của dicoso: test)");
  }

  /** Provincial-staff issue: in Vietnamese a change names the parameter and its values in words. */
  @Test
  void render_vietnamese_parameterAndValuesInWords() {
    ParameterChange c = ParameterChange.between(NATIONAL, Policies.districtIncluded()).get(0);

    assertThat(c.render(Locale.forLanguageTag("vi")))
        .isEqualTo(
            "các cấp thuộc diện: Trung ương, tỉnh -> Trung ương, tỉnh, huyện"
                + " (Tỉnh đoàn Tây Ninh, 2018)");
    assertThat(c.render(Locale.ENGLISH))
        .startsWith("subject-levels: CENTRAL, PROVINCIAL -> CENTRAL, PROVINCIAL, DISTRICT (");
  }
}
