package io.github.dicoso.variant;

import static io.github.dicoso.variant.SamplePopulation.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.PolicyParameter;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.compliance.Status;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.Visit;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class VariantComparisonTest {
  private static final Policy NATIONAL = Policies.national2018();
  private static final List<OfficerRecord> AGENCY = SamplePopulation.agency2019();
  private static final ComparisonResult ALL_PRESETS =
      VariantComparison.of(
              NATIONAL,
              Presets.thirtyDayYear(),
              Presets.districtIncluded(),
              Presets.marchToDecember(),
              Presets.hostLevelSplit(),
              Presets.approvalAndWindows())
          .compare(AGENCY, Year.of(2019));

  private static StatusChange onlyChange(String variant) {
    List<StatusChange> changes = ALL_PRESETS.statusChanges(variant);
    assertThat(changes).as(variant).hasSize(1);
    return changes.get(0);
  }

  @Test
  void compare_national_givesTheExpectedBaseline() {
    assertThat(ALL_PRESETS.officers())
        .extracting(o -> o.officerId() + " " + o.under(NATIONAL.name()).status())
        .containsExactly(
            "O-01 COMPLIANT",
            "O-02 NON_COMPLIANT",
            "O-03 NOT_SUBJECT",
            "O-04 NOT_SUBJECT",
            "O-05 COMPLIANT",
            "O-06 COMPLIANT",
            "O-07 COMPLIANT",
            "O-08 EXEMPT",
            "O-09 NOT_SUBJECT");
  }

  @Test
  void compare_thirtyDayYear_turnsOnlyTheShortOfficerCompliant() {
    StatusChange c = onlyChange(Presets.THIRTY_DAY_YEAR);

    assertThat(c.officerId()).isEqualTo("O-02");
    assertThat(c.baseline().status()).isEqualTo(Status.NON_COMPLIANT);
    assertThat(c.underVariant().status()).isEqualTo(Status.COMPLIANT);
    assertThat(c.underVariant().credited()).isEqualTo(Days.of(45));
    assertThat(c.underVariant().required()).isEqualTo(Days.of(30));
    assertThat(c.reasonParameters()).containsExactly(PolicyParameter.REQUIRED_DAYS);
    assertThat(c.attribution()).isEqualTo(StatusChange.Attribution.EACH_NECESSARY);
    assertThat(c.reasons().get(0).citation().authority()).isEqualTo(Citation.Authority.PROVINCIAL);
    assertThat(c.toString())
        .contains("O-02 under thirty-day-year: NON_COMPLIANT 45/60 -> COMPLIANT 45/30");
  }

  @Test
  void compare_districtIncluded_bringsDistrictOfficersIntoScope() {
    List<StatusChange> changes = ALL_PRESETS.statusChanges(Presets.DISTRICT_INCLUDED);

    assertThat(changes)
        .extracting(
            c -> c.officerId() + " " + c.baseline().status() + " -> " + c.underVariant().status())
        .containsExactly("O-03 NOT_SUBJECT -> COMPLIANT", "O-04 NOT_SUBJECT -> NON_COMPLIANT");
    assertThat(changes)
        .allSatisfy(
            c -> assertThat(c.reasonParameters()).containsExactly(PolicyParameter.SUBJECT_LEVELS));
  }

  @Test
  void compare_marchToDecember_dropsFebruaryDaysAndBlamesThePeriodNotTheDeadline() {
    StatusChange c = onlyChange(Presets.MARCH_TO_DECEMBER);

    assertThat(c.officerId()).isEqualTo("O-05");
    assertThat(c.baseline().credited()).isEqualTo(Days.of(61));
    assertThat(c.underVariant().credited()).isEqualTo(Days.of(51));
    assertThat(c.underVariant().period())
        .isEqualTo(LocalDateRange.ofClosed(date(3, 1), date(12, 31)));
    assertThat(c.reasonParameters()).containsExactly(PolicyParameter.COUNTING_PERIOD);
  }

  @Test
  void compare_hostLevelSplit_dropsVisitsWithoutTravelOrder() {
    StatusChange c = onlyChange(Presets.HOST_LEVEL_SPLIT);

    assertThat(c.officerId()).isEqualTo("O-06");
    assertThat(c.underVariant().status()).isEqualTo(Status.NON_COMPLIANT);
    assertThat(c.underVariant().credited()).isEqualTo(Days.of(57));
    assertThat(c.reasonParameters()).containsExactly(PolicyParameter.COUNT_WITHOUT_TRAVEL_ORDER);
    // the per-level minimums do not change a status; O-01 meets them and stays compliant
    assertThat(ALL_PRESETS.officers().get(0).under(Presets.HOST_LEVEL_SPLIT).status())
        .isEqualTo(Status.COMPLIANT);
  }

  @Test
  void compare_approvalAndWindows_dropsUnapprovedVisits() {
    StatusChange c = onlyChange(Presets.APPROVAL_AND_WINDOWS);

    assertThat(c.officerId()).isEqualTo("O-07");
    assertThat(c.underVariant().credited()).isEqualTo(Days.of(55));
    assertThat(c.reasonParameters()).containsExactly(PolicyParameter.COUNT_UNAPPROVED);
  }

  @Test
  void compare_exemptAndPartTimeOfficers_keepTheirStatusEverywhere() {
    assertThat(ALL_PRESETS.officers())
        .filteredOn(
            o ->
                o.officerId().equals("O-08")
                    || o.officerId().equals("O-09")
                    || o.officerId().equals("O-01"))
        .allSatisfy(o -> assertThat(o.sameStatusEverywhere()).as(o.officerId()).isTrue());
  }

  @Test
  void compare_unitReports_moveByTheStatusChanges() {
    var national = ALL_PRESETS.report(NATIONAL.name());
    assertThat(national.compliant()).isEqualTo(4);
    assertThat(national.nonCompliant()).isEqualTo(1);
    assertThat(national.exempt()).isEqualTo(1);

    assertThat(ALL_PRESETS.report(Presets.THIRTY_DAY_YEAR).compliant())
        .isEqualTo(national.compliant() + 1);
    assertThat(ALL_PRESETS.report(Presets.DISTRICT_INCLUDED).subject())
        .isEqualTo(national.subject() + 2);
    assertThat(ALL_PRESETS.report(Presets.HOST_LEVEL_SPLIT).nonCompliant())
        .isEqualTo(national.nonCompliant() + 1);
    assertThat(ALL_PRESETS.report(Presets.MARCH_TO_DECEMBER).totalCredited())
        .isEqualTo(national.totalCredited().minus(Days.of(10)));
  }

  @Test
  void compare_parameterChanges_listWhatEachVariantChanges() {
    assertThat(ALL_PRESETS.parameterChanges().get(Presets.MARCH_TO_DECEMBER))
        .extracting(ParameterChange::parameter)
        .containsExactly(PolicyParameter.COUNTING_PERIOD, PolicyParameter.REPORT_DEADLINE_DAYS);
    assertThat(ALL_PRESETS.policyNames()).startsWith(NATIONAL.name()).hasSize(6);
  }

  @Test
  void render_showsOutcomesChangesAndReports() {
    String text = ALL_PRESETS.render();

    assertThat(text)
        .contains("Comparison of national-2018 with thirty-day-year")
        .contains("required-days: 60 -> 30 (Tỉnh đoàn Ninh Thuận, 2020)")
        .contains("O-02 Trần Văn Minh")
        .contains("COMPLIANT 45/30 *")
        .contains("Status changes (6):")
        .contains(
            "O-06 under host-level-split-travel-order: COMPLIANT 62/60 -> NON_COMPLIANT 57/60, because count-without-travel-order: true -> false")
        .contains("rate %");
  }

  @Test
  void compare_twoChangesEachNeeded_namesBoth() {
    OfficerRecord r = invitedRecord(5); // 45 + 5 invited: 50 days only with both changes
    Policy v =
        Variant.of(NATIONAL)
            .named("v")
            .issuedBy(NATIONAL.document())
            .withRequiredDays(Days.of(50))
            .withCountInvitedOnly(true)
            .build()
            .policy();

    StatusChange c =
        VariantComparison.of(NATIONAL, v).compare(List.of(r), Year.of(2019)).statusChanges().get(0);

    assertThat(c.reasonParameters())
        .containsExactly(PolicyParameter.REQUIRED_DAYS, PolicyParameter.COUNT_INVITED_ONLY);
    assertThat(c.attribution()).isEqualTo(StatusChange.Attribution.EACH_NECESSARY);
  }

  @Test
  void compare_twoChangesEachEnough_namesBothAsSufficient() {
    OfficerRecord r = invitedRecord(15); // 45 + 15 invited: either change alone suffices
    Policy v =
        Variant.of(NATIONAL)
            .named("v")
            .issuedBy(NATIONAL.document())
            .withRequiredDays(Days.of(45))
            .withCountInvitedOnly(true)
            .build()
            .policy();

    StatusChange c =
        VariantComparison.of(NATIONAL, v).compare(List.of(r), Year.of(2019)).statusChanges().get(0);

    assertThat(c.baseline().status()).isEqualTo(Status.NON_COMPLIANT);
    assertThat(c.underVariant().status()).isEqualTo(Status.COMPLIANT);
    assertThat(c.reasonParameters())
        .containsExactly(PolicyParameter.REQUIRED_DAYS, PolicyParameter.COUNT_INVITED_ONLY);
    assertThat(c.attribution()).isEqualTo(StatusChange.Attribution.EACH_SUFFICIENT);
  }

  @Test
  void compare_flatLists_keepVisitsOfUnknownOfficers() {
    Visit stray =
        SamplePopulation.block("O-99", "x", date(4, 1), 3, HostLevel.BRANCH, v -> v).get(0);
    List<io.github.dicoso.officer.Officer> officers =
        AGENCY.stream().map(OfficerRecord::officer).toList();
    List<Visit> visits =
        new java.util.ArrayList<>(AGENCY.stream().flatMap(o -> o.visits().stream()).toList());
    visits.add(stray);
    List<io.github.dicoso.leave.Leave> leaves =
        AGENCY.stream().flatMap(o -> o.leaves().stream()).toList();

    ComparisonResult result =
        VariantComparison.of(NATIONAL, Presets.thirtyDayYear())
            .compare(officers, visits, leaves, Year.of(2019));

    assertThat(result.evaluations().get(Presets.THIRTY_DAY_YEAR).unmatchedVisits())
        .containsExactly(stray);
    assertThat(result.statusChanges()).extracting(StatusChange::officerId).containsExactly("O-02");
  }

  @Test
  void of_withoutVariantsOrWithDuplicateNames_isRejected() {
    assertThatThrownBy(() -> VariantComparison.of(NATIONAL)).hasMessageContaining("no variant");
    assertThatThrownBy(() -> VariantComparison.of(NATIONAL, NATIONAL))
        .hasMessageContaining("two policies are named 'national-2018'");
  }

  /** 45 credited days and {@code invited} more made only as an invited guest. */
  private static OfficerRecord invitedRecord(int invited) {
    return SamplePopulation.record(
        SamplePopulation.officer("O-10", "Lý Văn Khoa", Level.PROVINCIAL, Employment.FULL_TIME),
        SamplePopulation.concat(
            SamplePopulation.block("O-10", "a", date(3, 4), 45, HostLevel.BRANCH, v -> v),
            SamplePopulation.block(
                "O-10", "b", date(9, 2), invited, HostLevel.COMMUNE, v -> v.invitedOnly(true))));
  }
}
