package io.github.dicoso.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Citation;
import io.github.dicoso.CountingPeriod;
import io.github.dicoso.Days;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
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
    assertThat(p.isDraft()).isFalse();
    assertThat(p.get(Parameter.REQUIRED_DAYS)).isEqualTo(Days.of(30));
    assertThat(p.get(Parameter.COUNT_UNAPPROVED)).isFalse();
    assertThat(p.get(Parameter.COUNTING_PERIOD))
        .isEqualTo(CountingPeriod.of(MonthDay.of(3, 1), MonthDay.of(12, 31)));
    assertThat(p.get(Parameter.HOST_LEVEL_MINIMUM_BRANCH)).contains(Days.of(30));
    assertThat(p.get(Parameter.HOST_LEVEL_MINIMUM_COMMUNE)).isEmpty();
    assertThat(p.get(Parameter.SUBJECT_LEVELS))
        .containsExactlyInAnyOrder(Level.CENTRAL, Level.PROVINCIAL);
    // unchanged parameters keep the base's values
    assertThat(p.get(Parameter.COMMITTEE_MEMBERS_SUBJECT))
        .isEqualTo(Policies.national2018().get(Parameter.COMMITTEE_MEMBERS_SUBJECT));
    assertThat(p.differencesFrom(Policies.national2018()))
        .containsExactly(
            Parameter.REQUIRED_DAYS,
            Parameter.COUNTING_PERIOD,
            Parameter.COUNT_UNAPPROVED,
            Parameter.HOST_LEVEL_MINIMUM_BRANCH);
  }

  @Test
  void read_issueExample_citesLocalDocumentForGivenKeysAndNationalForTheRest() {
    Policy p = VariantFile.parse(HAU_GIANG);

    Citation document = p.document().orElseThrow();
    assertThat(document.document()).isEqualTo("17-HD/TĐTN-TCKT");
    assertThat(document.date()).contains(LocalDate.of(2018, 8, 2));
    assertThat(document.issuer()).contains("Tỉnh đoàn Hậu Giang");
    assertThat(document.authority()).isEqualTo(Citation.Authority.PROVINCIAL);
    assertThat(p.citation(Parameter.REQUIRED_DAYS)).isEqualTo(document);
    assertThat(p.citation(Parameter.SUBJECT_LEVELS)).isEqualTo(document);
    assertThat(p.citation(Parameter.COUNT_INVITED_ONLY))
        .isEqualTo(Policies.national2018().citation(Parameter.COUNT_INVITED_ONLY));
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
        .hasMessageContaining("missing: period, committee-members-subject, pro-rating,")
        .hasMessageNotContaining("subject-levels");
  }

  /**
   * Issue 14: a file without a document is a draft. It is accepted; the parameters it changes cite
   * the draft by name, the others keep the base's citations, and the checks warn.
   */
  @Test
  void parse_noDocument_isADraftCitingItselfByName() {
    Policy draft = VariantFile.parse("name = x\nbase = national-2018\nrequired-days = 45\n");

    assertThat(draft.isDraft()).isTrue();
    assertThat(draft.document()).isEmpty();
    assertThat(draft.get(Parameter.REQUIRED_DAYS)).isEqualTo(Days.of(45));
    assertThat(draft.citation(Parameter.REQUIRED_DAYS))
        .hasToString("draft variant x (no document)");
    assertThat(draft.citation(Parameter.COUNTING_PERIOD))
        .isEqualTo(Policies.national2018().citation(Parameter.COUNTING_PERIOD));
    assertThat(ParameterChange.between(Policies.national2018(), draft))
        .extracting(c -> c.render(java.util.Locale.ENGLISH))
        .containsExactly("required-days: 60 -> 45 (draft variant x (no document))");
    assertThat(PolicyChecks.check(draft))
        .extracting(PolicyProblem::code)
        .containsExactly(PolicyProblem.Code.DRAFT);
    assertThat(VariantFile.parse(VariantFile.write(draft))).isEqualTo(draft);
  }

  @Test
  void write_draftCitingAnotherDraft_readsBackEqual() {
    Policy draft =
        Policy.variantOf(Policies.national2018())
            .name("trial-2")
            .set(Parameter.REQUIRED_DAYS, Days.of(45))
            .set(Parameter.COUNT_UNAPPROVED, false, Citation.draft("trial-1"))
            .build();

    String text = VariantFile.write(draft);

    assertThat(text)
        .contains("citation.count-unapproved = draft variant trial-1 (no document)")
        .contains("citation.count-unapproved.authority = DRAFT")
        .doesNotContain("citation.required-days");
    assertThat(VariantFile.parse(text)).isEqualTo(draft);
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
    assertThat(p.document().orElseThrow().date()).contains(LocalDate.of(2020, 3, 2));
    assertThat(p.document().orElseThrow().provision()).isEqualTo("first line\nsecond line");
    assertThat(p.get(Parameter.REPORT_DEADLINE_DAYS)).contains(10);
    Citation deadline = p.citation(Parameter.REPORT_DEADLINE_DAYS);
    assertThat(deadline.document()).isEqualTo("Kế hoạch 12-KH/TĐTN");
    assertThat(deadline.provision()).isEqualTo("within 10 days");
    assertThat(deadline.issuer()).isEmpty();
    assertThat(deadline.authority()).isEqualTo(Citation.Authority.PROVINCIAL);
    assertThat(p.citation(Parameter.COUNTING_PERIOD)).isEqualTo(p.document().orElseThrow());
  }

  @Test
  void parse_noneEmptiesOptionalValues() {
    String text =
        "name = x\nbase = host-level-split-travel-order\ndocument = D\n"
            + "host-level-minimum.district = none\nexemption.SICK = none\nreport-deadline-days = 0\n";

    Policy p = VariantFile.parse(text);

    assertThat(p.get(Parameter.hostLevelMinimum(HostLevel.DISTRICT))).isEmpty();
    assertThat(p.get(Parameter.hostLevelMinimum(HostLevel.BRANCH))).contains(Days.of(30));
    assertThat(p.get(Parameter.hostLevelMinimum(HostLevel.COMMUNE))).contains(Days.of(20));
    assertThat(p.get(Parameter.EXEMPTION_SICK)).isEmpty();
    assertThat(p.get(Parameter.EXEMPTION_STUDY)).isPresent();
    assertThat(p.get(Parameter.REPORT_DEADLINE_DAYS)).contains(0);
    assertThat(p.base()).contains(Policies.HOST_LEVEL_SPLIT);
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
  void write_shippedPolicies_writeOnlyTheirChangesAndReadBackEqual() {
    for (Policy policy : Policies.all()) {
      String text = VariantFile.write(policy);
      assertThat(VariantFile.parse(text)).as(policy.name()).isEqualTo(policy);
    }
    String thirty = VariantFile.write(Policies.thirtyDayYear());
    assertThat(thirty)
        .contains("base = national-2018")
        .contains("required-days = 30")
        .doesNotContain("period =")
        .doesNotContain("subject-levels =");
  }

  @Test
  void write_unknownBase_isRejectedNamingTheBase() {
    Policy somewhere =
        Policy.variantOf(Policies.national2018())
            .name("somewhere-2019")
            .document(Policies.national2018().document().orElseThrow())
            .set(Parameter.REQUIRED_DAYS, Days.of(45))
            .build();
    Policy orphan =
        Policy.variantOf(somewhere).name("orphan").set(Parameter.COUNT_UNAPPROVED, false).build();
    Map<String, Policy> bases = Map.of("somewhere-2019", somewhere);

    assertThatThrownBy(() -> VariantFile.write(orphan)).hasMessageContaining("'somewhere-2019'");
    assertThat(VariantFile.parse(VariantFile.write(orphan, bases), bases)).isEqualTo(orphan);
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
        Policy.variantOf(Policies.national2018())
            .name("awkward")
            .document(awkward)
            .set(Parameter.REQUIRED_DAYS, Days.ofHalves(81), awkward)
            .build();

    String text = VariantFile.write(p);

    assertThat(text).contains("document.number = ");
    assertThat(VariantFile.parse(text)).isEqualTo(p);
  }

  @Test
  void read_reader_isParse() throws IOException {
    assertThat(
            VariantFile.read(
                new StringReader(HAU_GIANG), Map.of("national-2018", Policies.national2018())))
        .isEqualTo(VariantFile.parse(HAU_GIANG));
  }

  @Test
  void keys_listEveryKeyAVariantFileMayHold() {
    assertThat(VariantFile.keys())
        .startsWith("name", "base", "document")
        .contains("document.provision", "required-days", "host-level-minimum.BRANCH")
        .contains("citation.required-days", "citation.exemption.STUDY.authority");
    for (Parameter<?> p : Parameter.all()) {
      assertThat(VariantFile.keys()).contains(p.key(), "citation." + p.key());
    }
  }

  @Test
  void docs_listEveryKeyWithItsTypeAndDefault() throws IOException {
    Path doc = Path.of("..", "docs", "variant-file.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    for (Parameter<?> p : Parameter.all()) {
      assertThat(text).as(p.key()).contains("`" + p.key());
    }
    assertThat(text)
        .contains("`name`")
        .contains("`base`")
        .contains("`document`")
        .contains("`citation.");
  }
}
