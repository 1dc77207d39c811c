package io.github.dicoso;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.compliance.Status;
import io.github.dicoso.leave.LeaveKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class VocabularyTest {
  private static final Locale VI = Locale.forLanguageTag("vi-VN");

  @Test
  void label_statusInBothLanguages() {
    assertThat(Vocabulary.label(Status.NON_COMPLIANT, VI)).isEqualTo("CHƯA ĐẠT");
    assertThat(Vocabulary.label(Status.COMPLIANT, VI)).isEqualTo("ĐẠT");
    assertThat(Vocabulary.label(Status.NON_COMPLIANT, Locale.ENGLISH)).isEqualTo("NON_COMPLIANT");
    assertThat(Vocabulary.label(LeaveKind.MATERNITY, VI)).isEqualTo("thai sản");
  }

  /** Provincial-staff issue: every parameter has a Vietnamese name; in English, its meaning. */
  @Test
  void value_parameter_namedInEachLanguage() {
    for (Parameter<?> p : Parameter.all()) {
      assertThat(Vocabulary.value(p, VI)).as(p.key()).isNotEqualTo(p.meaning()).isNotBlank();
      assertThat(Vocabulary.value(p, Locale.ENGLISH)).isEqualTo(p.meaning());
    }
    assertThat(Vocabulary.value(Parameter.SUBJECT_LEVELS, VI)).isEqualTo("các cấp thuộc diện");
  }

  @Test
  void days_decimalSeparatorOfTheLanguage() {
    assertThat(Vocabulary.days(Days.ofHalves(119), VI)).isEqualTo("59,5");
    assertThat(Vocabulary.days(Days.ofHalves(119), Locale.ENGLISH)).isEqualTo("59.5");
    assertThat(Vocabulary.decimal(new BigDecimal("100.00"), VI)).isEqualTo("100,00");
  }

  @Test
  void otherLanguage_isEnglishWhateverTheDefaultLocale() {
    assertThat(Vocabulary.label(Status.COMPLIANT, Locale.FRENCH)).isEqualTo("COMPLIANT");
    assertThat(Vocabulary.days(Days.ofHalves(119), Locale.GERMAN)).isEqualTo("59.5");
  }

  @Test
  void citation_libraryDefaultNamedAsSuchDraftByItsDocument() {
    assertThat(Vocabulary.citation(Citation.libraryDefault("why"), Locale.ENGLISH))
        .isEqualTo("dicoso default: why");
    assertThat(Vocabulary.citation(Citation.libraryDefault("why"), VI))
        .isEqualTo("mặc định của dicoso: why");
    assertThat(Vocabulary.citation(Citation.draft("trial"), VI))
        .isEqualTo("dự thảo trial (chưa có văn bản)");
    assertThat(Vocabulary.citation(Citation.draft("trial"), Locale.ENGLISH))
        .isEqualTo("draft variant trial (no document)");
    assertThat(Vocabulary.citation(Sources.guidance03("60 days"), VI))
        .isEqualTo("Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018");
  }

  @Test
  void citation_shippedDefaultInVietnamese_userDefaultAsWritten() {
    Citation shipped = Sources.libraryDefault("unapproved visits count but are reported");
    assertThat(Vocabulary.citation(shipped, VI))
        .isEqualTo(
            "mặc định của dicoso: chuyến đi chưa được phê duyệt vẫn được tính nhưng được báo cáo");
    assertThat(Vocabulary.citation(shipped, Locale.ENGLISH))
        .isEqualTo("dicoso default: unapproved visits count but are reported");
  }

  @Test
  void value_registrationDeadlineInWords() {
    RegistrationDeadline d = RegistrationDeadline.parse("5 QUARTER_START");
    assertThat(Vocabulary.value(d, VI)).isEqualTo("5 ngày trước khi bắt đầu quý");
    assertThat(Vocabulary.value(d, Locale.ENGLISH))
        .isEqualTo("5 days before the start of the quarter");
  }

  @Test
  void value_rangesOptionalsAndLists() {
    LocalDate d = LocalDate.of(2019, 5, 2);
    assertThat(Vocabulary.value(LocalDateRange.ofClosed(d, d.plusDays(2)), VI))
        .isEqualTo("2019-05-02..2019-05-04");
    assertThat(Vocabulary.value(LocalDateRange.ofClosed(d, d), VI)).isEqualTo("2019-05-02");
    assertThat(Vocabulary.value(Optional.empty(), VI)).isEqualTo("không có");
    assertThat(Vocabulary.value(List.of(Days.HALF, Days.ONE), VI)).isEqualTo("0,5, 1");
    assertThat(Vocabulary.value(true, Locale.ENGLISH)).isEqualTo("yes");
  }

  @Test
  void policyName_shippedPolicyInVietnamese_otherByItsName() {
    assertThat(Vocabulary.policyName(Policies.NATIONAL_2018, VI)).contains("Hướng dẫn 03");
    assertThat(Vocabulary.policyName("my-trial", VI)).isEqualTo("my-trial");
  }
}
