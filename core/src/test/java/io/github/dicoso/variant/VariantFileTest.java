package io.github.dicoso.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Citation;
import io.github.dicoso.CountingPeriod;
import io.github.dicoso.Days;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.PolicyParameter;
import io.github.dicoso.officer.Level;
import io.github.dicoso.visit.HostLevel;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VariantFileTest {
  private static final String HAU_GIANG =
      "name = Hau Giang 2020 (COVID year)\n"
          + "base = national-2018\n"
          + "document = 17-HD/TĐTN-TCKT, 2018-08-02, Tỉnh đoàn Hậu Giang\n"
          + "required-days = 30\n"
          + "subject-levels = CENTRAL, PROVINCIAL\n"
          + "count-unapproved = false\n"
          + "period = 2020-03-01..2020-12-31\n"
          + "host-level-minimum.BRANCH = 30\n";

  @Test
  void read_issueExample_derivesVariantOfNational() throws IOException {
    Policy p = VariantFile.read(new StringReader(HAU_GIANG));

    assertThat(p.name()).isEqualTo("Hau Giang 2020 (COVID year)");
    assertThat(p.base()).contains(Policies.NATIONAL_2018);
    assertThat(p.requiredDays()).isEqualTo(Days.of(30));
    assertThat(p.countUnapproved()).isFalse();
    assertThat(p.countingPeriod())
        .isEqualTo(CountingPeriod.of(MonthDay.of(3, 1), MonthDay.of(12, 31)));
    assertThat(p.hostLevelMinimums()).containsExactly(Map.entry(HostLevel.BRANCH, Days.of(30)));
    assertThat(p.subjectLevels()).containsExactlyInAnyOrder(Level.CENTRAL, Level.PROVINCIAL);
    // unchanged parameters keep the base's values
    assertThat(p.committeeMembersSubject())
        .isEqualTo(Policies.national2018().committeeMembersSubject());
    assertThat(Variant.changedParameters(Policies.national2018(), p))
        .containsExactly(
            PolicyParameter.REQUIRED_DAYS,
            PolicyParameter.COUNTING_PERIOD,
            PolicyParameter.COUNT_UNAPPROVED,
            PolicyParameter.HOST_LEVEL_MINIMUMS);
  }

  @Test
  void read_issueExample_citesLocalDocumentForGivenKeysAndNationalForTheRest() {
    Policy p = VariantFile.parse(HAU_GIANG);

    Citation document = p.document();
    assertThat(document.document()).isEqualTo("17-HD/TĐTN-TCKT");
    assertThat(document.date()).contains(LocalDate.of(2018, 8, 2));
    assertThat(document.issuer()).contains("Tỉnh đoàn Hậu Giang");
    assertThat(document.authority()).isEqualTo(Citation.Authority.PROVINCIAL);
    assertThat(p.citation(PolicyParameter.REQUIRED_DAYS)).isEqualTo(document);
    assertThat(p.citation(PolicyParameter.SUBJECT_LEVELS)).isEqualTo(document);
    assertThat(p.citation(PolicyParameter.COUNT_INVITED_ONLY))
        .isEqualTo(Policies.national2018().citation(PolicyParameter.COUNT_INVITED_ONLY));
  }

  @Test
  void parse_unknownKey_namesLineKeyValueAndNearestKey() {
    String text = "name = x\nbase = national-2018\ndocument = D\nrequred-days = 30\n";

    assertThatThrownBy(() -> VariantFile.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 4")
        .hasMessageContaining("'requred-days'")
        .hasMessageContaining("'30'")
        .hasMessageContaining("did you mean 'required-days'");
  }

  @Test
  void parse_unknownMapSuffix_suggestsValidEntry() {
    String text = "name = x\nbase = national-2018\ndocument = D\nhost-level-minimum.BRANCHE = 30\n";

    assertThatThrownBy(() -> VariantFile.parse(text))
        .hasMessageContaining("line 4")
        .hasMessageContaining("did you mean 'host-level-minimum.BRANCH'");
  }

  @Test
  void parse_badValue_namesLineKeyAndValue() {
    String text =
        "name = x\nbase = national-2018\ndocument = D\n\n# quota\nrequired-days = thirty\n";

    assertThatThrownBy(() -> VariantFile.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 6")
        .hasMessageContaining("key 'required-days'")
        .hasMessageContaining("value 'thirty'");
  }

  @Test
  void parse_badBoolean_namesLineKeyAndValue() {
    String text = "name = x\nbase = national-2018\ndocument = D\ncount-unapproved = no\n";

    assertThatThrownBy(() -> VariantFile.parse(text))
        .hasMessageContaining("line 4")
        .hasMessageContaining("key 'count-unapproved', value 'no'")
        .hasMessageContaining("not true or false");
  }

  @Test
  void parse_badLevel_suggestsNearestConstant() {
    String text =
        "name = x\nbase = national-2018\ndocument = D\nsubject-levels = CENTRAL, DISTRIC\n";

    assertThatThrownBy(() -> VariantFile.parse(text))
        .hasMessageContaining("line 4")
        .hasMessageContaining("'DISTRIC' is not one of CENTRAL, PROVINCIAL, DISTRICT")
        .hasMessageContaining("did you mean 'DISTRICT'");
  }

  @Test
  void parse_missingBase_namesLineValueAndNearestBase() {
    String text = "name = x\nbase = national-2019\ndocument = D\n";

    assertThatThrownBy(() -> VariantFile.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 2")
        .hasMessageContaining("key 'base', value 'national-2019'")
        .hasMessageContaining("did you mean 'national-2018'");
  }

  @Test
  void parse_keyGivenTwice_namesBothLines() {
    String text =
        "name = x\nbase = national-2018\ndocument = D\nrequired-days = 30\nrequired-days = 40\n";

    assertThatThrownBy(() -> VariantFile.parse(text))
        .hasMessageContaining("line 5")
        .hasMessageContaining("first given on line 4");
  }

  @Test
  void parse_periodAcrossTwoYears_isRejected() {
    String text = "name = x\nbase = national-2018\ndocument = D\nperiod = 2020-03-01..2021-02-28\n";

    assertThatThrownBy(() -> VariantFile.parse(text))
        .hasMessageContaining("line 4")
        .hasMessageContaining("within one year");
  }

  @Test
  void parse_noBaseAndMissingParameters_listsTheMissingKeys() {
    String text = "name = x\ndocument = D\nrequired-days = 30\n";

    assertThatThrownBy(() -> VariantFile.parse(text))
        .hasMessageContaining("missing: period, subject-levels");
  }

  @Test
  void parse_noDocument_isRejected() {
    assertThatThrownBy(() -> VariantFile.parse("name = x\nbase = national-2018\n"))
        .hasMessageContaining("no 'document' key");
  }

  @Test
  void parse_propertiesSyntax_readsColonsContinuationsCommentsAndEscapes() {
    String text =
        "! a comment\n"
            + "   # another\n"
            + "name: Quảng Trị \\\n"
            + "      2020\n"
            + "base national-2018\n"
            + "document = 45-KH/TĐTN, 2/3/2020, Tỉnh đoàn Quảng Trị\n"
            + "document.provision = first line\\nsecond line\n"
            + "period = 03-01..12-31\n"
            + "report-deadline-days = 10   \n"
            + "citation.report-deadline-days = Kế hoạch 12-KH/TĐTN, 2020-03-01\n"
            + "citation.report-deadline-days.provision = within 10 days\n";

    Policy p = VariantFile.parse(text);

    assertThat(p.name()).isEqualTo("Quảng Trị 2020");
    assertThat(p.document().date()).contains(LocalDate.of(2020, 3, 2));
    assertThat(p.document().provision()).isEqualTo("first line\nsecond line");
    assertThat(p.reportDeadlineDays()).contains(10);
    Citation deadline = p.citation(PolicyParameter.REPORT_DEADLINE_DAYS);
    assertThat(deadline.document()).isEqualTo("Kế hoạch 12-KH/TĐTN");
    assertThat(deadline.provision()).isEqualTo("within 10 days");
    assertThat(deadline.issuer()).isEmpty();
    assertThat(deadline.authority()).isEqualTo(Citation.Authority.PROVINCIAL);
    assertThat(p.citation(PolicyParameter.COUNTING_PERIOD)).isEqualTo(p.document());
  }

  @Test
  void parse_noneRemovesMapEntryAndEmptiesOptional() {
    String text =
        "name = x\nbase = host-level-split-travel-order\ndocument = D\n"
            + "host-level-minimum.district = none\nexemption.SICK = none\nreport-deadline-days = 0\n";

    Policy p = VariantFile.parse(text);

    assertThat(p.hostLevelMinimums()).containsOnlyKeys(HostLevel.BRANCH, HostLevel.COMMUNE);
    assertThat(p.exemptions()).doesNotContainKey(io.github.dicoso.leave.LeaveKind.SICK);
    assertThat(p.reportDeadlineDays()).contains(0);
    assertThat(p.base()).contains(Presets.HOST_LEVEL_SPLIT);
  }

  @Test
  void write_national_readsBackEqual() {
    Policy national = Policies.national2018();

    String text = VariantFile.write(national);

    assertThat(text)
        .contains("required-days = 60")
        .contains("subject-levels = CENTRAL, PROVINCIAL");
    assertThat(VariantFile.parse(text)).isEqualTo(national);
  }

  @Test
  void write_presets_writeOnlyTheirChangesAndReadBackEqual() {
    for (Preset preset : Presets.all()) {
      String text = VariantFile.write(preset.policy());
      assertThat(VariantFile.parse(text)).as(preset.name()).isEqualTo(preset.policy());
    }
    String thirty = VariantFile.write(Presets.thirtyDayYear());
    assertThat(thirty)
        .contains("base = national-2018")
        .contains("required-days = 30")
        .doesNotContain("period =")
        .doesNotContain("subject-levels =");
  }

  @Test
  void write_unknownBase_isRejectedNamingTheBase() {
    Policy orphan =
        Policy.builder()
            .from(Policies.national2018())
            .name("orphan")
            .base("somewhere-2019")
            .build();

    assertThatThrownBy(() -> VariantFile.write(orphan)).hasMessageContaining("'somewhere-2019'");
    assertThat(
            VariantFile.parse(
                VariantFile.write(orphan, Map.of("somewhere-2019", Policies.national2018())),
                Map.of("somewhere-2019", Policies.national2018())))
        .isEqualTo(orphan);
  }

  @Test
  void write_awkwardCitationText_fallsBackToLongFormAndReadsBackEqual() {
    Citation awkward =
        Citation.builder()
            .authority(Citation.Authority.DEFAULT)
            .document(" number, with comma ")
            .issuer("")
            .provision("  spaces\\ and = signs: # kept\n")
            .build();
    Policy p =
        Variant.of(Policies.national2018())
            .named("awkward")
            .issuedBy(awkward)
            .withRequiredDays(Days.ofHalves(81))
            .citing(PolicyParameter.REQUIRED_DAYS, awkward)
            .build()
            .policy();

    String text = VariantFile.write(p);

    assertThat(text).contains("document.number = ");
    assertThat(VariantFile.parse(text)).isEqualTo(p);
  }

  @Test
  void docs_listEveryKeyWithItsTypeAndDefault() throws IOException {
    Path doc = Path.of("..", "docs", "variant-file.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    for (PolicyParameter p : PolicyParameter.values()) {
      assertThat(text).as(p.key()).contains("`" + p.key());
    }
    assertThat(text)
        .contains("`name`")
        .contains("`base`")
        .contains("`document`")
        .contains("`citation.");
  }
}
