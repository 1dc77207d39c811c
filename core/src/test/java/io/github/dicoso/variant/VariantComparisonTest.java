package io.github.dicoso.variant;

import static io.github.dicoso.variant.SamplePopulation.date;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.compliance.Status;
import io.github.dicoso.compliance.UnitReport;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.Visit;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class VariantComparisonTest {
  private static final Policy NATIONAL = Policies.national2018();
  private static final List<OfficerRecord> AGENCY = SamplePopulation.agency2019();
  private static final ComparisonResult ALL_POLICIES =
      VariantComparison.of(
              NATIONAL,
              Policies.thirtyDayYear(),
              Policies.districtIncluded(),
              Policies.marchToDecember(),
              Policies.hostLevelSplit(),
              Policies.approvalAndWindows())
          .compare(Population.of(AGENCY), Year.of(2019));

  private static StatusChange onlyChange(String variant) {
    List<StatusChange> changes = ALL_POLICIES.statusChanges(variant);
    assertThat(changes).as(variant).hasSize(1);
    return changes.get(0);
  }

  @Test
  void compare_national_givesTheExpectedBaseline() {
    assertThat(ALL_POLICIES.officers())
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
    StatusChange c = onlyChange(Policies.THIRTY_DAY_YEAR);

    assertThat(c.officerId()).isEqualTo("O-02");
    assertThat(c.officerName()).isEqualTo("Trần Văn Minh");
    assertThat(c.baseline().status()).isEqualTo(Status.NON_COMPLIANT);
    assertThat(c.underVariant().status()).isEqualTo(Status.COMPLIANT);
    assertThat(c.underVariant().credited()).isEqualTo(Days.of(45));
    assertThat(c.underVariant().required()).isEqualTo(Days.of(30));
    assertThat(c.reasonParameters()).containsExactly(Parameter.REQUIRED_DAYS);
    assertThat(c.attribution()).isEqualTo(StatusChange.Attribution.EACH_NECESSARY);
    assertThat(c.reasons().get(0).citation().authority()).isEqualTo(Citation.Authority.PROVINCIAL);
    assertThat(c.toString())
        .contains("O-02 under thirty-day-year: NON_COMPLIANT 45/60 -> COMPLIANT 45/30");
  }

  @Test
  void compare_districtIncluded_bringsDistrictOfficersIntoScope() {
    List<StatusChange> changes = ALL_POLICIES.statusChanges(Policies.DISTRICT_INCLUDED);

    assertThat(changes)
        .extracting(
            c -> c.officerId() + " " + c.baseline().status() + " -> " + c.underVariant().status())
        .containsExactly("O-03 NOT_SUBJECT -> COMPLIANT", "O-04 NOT_SUBJECT -> NON_COMPLIANT");
    assertThat(changes)
        .allSatisfy(
            c -> assertThat(c.reasonParameters()).containsExactly(Parameter.SUBJECT_LEVELS));
  }

  @Test
  void compare_marchToDecember_dropsFebruaryDaysAndBlamesThePeriodNotTheDeadline() {
    StatusChange c = onlyChange(Policies.MARCH_TO_DECEMBER);

    assertThat(c.officerId()).isEqualTo("O-05");
    assertThat(c.baseline().credited()).isEqualTo(Days.of(61));
    assertThat(c.underVariant().credited()).isEqualTo(Days.of(51));
    assertThat(c.underVariant().period())
        .isEqualTo(LocalDateRange.ofClosed(date(3, 1), date(12, 31)));
    assertThat(c.reasonParameters()).containsExactly(Parameter.COUNTING_PERIOD);
  }

  @Test
  void compare_hostLevelSplit_dropsVisitsWithoutTravelOrder() {
    StatusChange c = onlyChange(Policies.HOST_LEVEL_SPLIT);

    assertThat(c.officerId()).isEqualTo("O-06");
    assertThat(c.underVariant().status()).isEqualTo(Status.NON_COMPLIANT);
    assertThat(c.underVariant().credited()).isEqualTo(Days.of(57));
    assertThat(c.reasonParameters()).containsExactly(Parameter.COUNT_WITHOUT_TRAVEL_ORDER);
    // O-01 meets the per-level minimums and stays compliant
    assertThat(ALL_POLICIES.officers().get(0).under(Policies.HOST_LEVEL_SPLIT).status())
        .isEqualTo(Status.COMPLIANT);
  }

  /**
   * Issue 14: minimums bind. An officer with 65 days, none at district level, is compliant
   * nationally and not under Bà Rịa–Vũng Tàu, because of the district minimum alone; with the
   * minimums advisory, nothing changes.
   */
  @Test
  void compare_hostLevelSplit_districtMinimumAloneTurnsAnOfficerNonCompliant() {
    OfficerRecord noDistrict =
        SamplePopulation.record(
            SamplePopulation.officer("O-11", "Lâm Văn Sơn", Level.PROVINCIAL, Employment.FULL_TIME),
            SamplePopulation.concat(
                SamplePopulation.block("O-11", "a", date(3, 4), 35, HostLevel.BRANCH, v -> v),
                SamplePopulation.block("O-11", "b", date(6, 3), 30, HostLevel.COMMUNE, v -> v)));
    Policy advisory =
        Policy.variantOf(Policies.hostLevelSplit())
            .name("advisory")
            .set(Parameter.MINIMUMS_BINDING, false)
            .build();

    ComparisonResult result =
        VariantComparison.of(NATIONAL, Policies.hostLevelSplit(), advisory)
            .compare(Population.of(List.of(noDistrict)), Year.of(2019));

    assertThat(result.statusChanges(Policies.HOST_LEVEL_SPLIT))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.baseline()).hasToString("COMPLIANT 65/60");
              assertThat(c.underVariant()).hasToString("NON_COMPLIANT 65/60");
              assertThat(c.reasonParameters())
                  .containsExactly(Parameter.HOST_LEVEL_MINIMUM_DISTRICT);
              assertThat(c.attribution()).isEqualTo(StatusChange.Attribution.EACH_NECESSARY);
            });
    assertThat(result.statusChanges("advisory")).isEmpty();
  }

  /**
   * A lower quota never makes it harder to comply. In post from 8/8/2019 (146 of 365 days), an
   * officer owes 24 days under a quota of 60 or of 59, and 12 of them at branch level under a
   * branch minimum of 30 either way: 12 branch days meet it under both.
   */
  @Test
  void compare_lowerQuotaWithAScaledMinimum_changesNoStatus() {
    Officer fromAugust =
        Officer.builder()
            .id("O-12")
            .level(Level.PROVINCIAL)
            .employment(Employment.FULL_TIME)
            .addServicePeriods(io.github.dicoso.officer.ServicePeriod.from(date(8, 8)))
            .build();
    OfficerRecord record =
        SamplePopulation.record(
            fromAugust,
            SamplePopulation.concat(
                SamplePopulation.block("O-12", "a", date(8, 12), 12, HostLevel.BRANCH, v -> v),
                SamplePopulation.block("O-12", "b", date(10, 7), 12, HostLevel.COMMUNE, v -> v)));
    Policy branch =
        Policy.variantOf(NATIONAL)
            .name("branch-30")
            .set(Parameter.hostLevelMinimum(HostLevel.BRANCH), java.util.Optional.of(Days.of(30)))
            .build();
    Policy lower =
        Policy.variantOf(branch)
            .name("branch-30-quota-59")
            .set(Parameter.REQUIRED_DAYS, Days.of(59))
            .build();

    ComparisonResult result =
        VariantComparison.of(branch, lower).compare(Population.of(List.of(record)), Year.of(2019));

    assertThat(result.officers().get(0).under("branch-30")).hasToString("COMPLIANT 24/24");
    assertThat(result.officers().get(0).under("branch-30-quota-59")).hasToString("COMPLIANT 24/24");
    assertThat(result.statusChanges()).isEmpty();
  }

  @Test
  void compare_approvalAndWindows_dropsUnapprovedVisits() {
    StatusChange c = onlyChange(Policies.APPROVAL_AND_WINDOWS);

    assertThat(c.officerId()).isEqualTo("O-07");
    assertThat(c.underVariant().credited()).isEqualTo(Days.of(55));
    assertThat(c.reasonParameters()).containsExactly(Parameter.COUNT_UNAPPROVED);
  }

  @Test
  void compare_exemptAndPartTimeOfficers_keepTheirStatusEverywhere() {
    assertThat(ALL_POLICIES.officers())
        .filteredOn(
            o ->
                o.officerId().equals("O-08")
                    || o.officerId().equals("O-09")
                    || o.officerId().equals("O-01"))
        .allSatisfy(o -> assertThat(o.sameStatusEverywhere()).as(o.officerId()).isTrue());
    assertThat(ALL_POLICIES.officers().get(1).sameStatusEverywhere()).isFalse();
  }

  @Test
  void compare_unitReports_moveByTheStatusChanges() {
    UnitReport national = ALL_POLICIES.report(NATIONAL.name());
    assertThat(national.compliant()).isEqualTo(4);
    assertThat(national.nonCompliant()).isEqualTo(1);
    assertThat(national.exempt()).isEqualTo(1);

    assertThat(ALL_POLICIES.report(Policies.THIRTY_DAY_YEAR).compliant())
        .isEqualTo(national.compliant() + 1);
    assertThat(ALL_POLICIES.report(Policies.DISTRICT_INCLUDED).subject())
        .isEqualTo(national.subject() + 2);
    assertThat(ALL_POLICIES.report(Policies.HOST_LEVEL_SPLIT).nonCompliant())
        .isEqualTo(national.nonCompliant() + 1);
    assertThat(ALL_POLICIES.report(Policies.MARCH_TO_DECEMBER).totalCredited())
        .isEqualTo(national.totalCredited().minusFloorZero(Days.of(10)));
    assertThatThrownBy(() -> ALL_POLICIES.report("nowhere"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'nowhere'");
  }

  @Test
  void compare_parameterChanges_listWhatEachVariantChanges() {
    assertThat(ALL_POLICIES.parameterChanges().get(Policies.MARCH_TO_DECEMBER))
        .extracting(ParameterChange::parameter)
        .containsExactly(Parameter.COUNTING_PERIOD, Parameter.REPORT_DEADLINE_DAYS);
    assertThat(ALL_POLICIES.policyNames()).startsWith(NATIONAL.name()).hasSize(6);
    assertThat(ALL_POLICIES.evaluations()).containsOnlyKeys(ALL_POLICIES.policyNames());
  }

  @Test
  void render_showsOutcomesChangesAndReports() {
    String text = ALL_POLICIES.render(Locale.ENGLISH);

    assertThat(text)
        .contains("Comparison of national-2018 with thirty-day-year")
        .contains("required-days: 60 -> 30 (Tỉnh đoàn Ninh Thuận, 2020)")
        .contains("O-02 Trần Văn Minh")
        .contains("COMPLIANT 45/30 *")
        .contains("Status changes (6):")
        .contains(
            "O-06 under host-level-split-travel-order: COMPLIANT 62/60 -> NON_COMPLIANT 57/60,"
                + " because count-without-travel-order: true -> false")
        .contains("rate %");
    assertThat(text).contains(", approval-and-windows-required for year 2019\n");
    String vi = ALL_POLICIES.render(Locale.forLanguageTag("vi"));
    // provincial-staff issue: policies, the year and the changed parameters in words
    assertThat(vi)
        .startsWith(
            "So sánh toàn quốc (Hướng dẫn 03, 2018) với 30 ngày/năm (Ninh Thuận 2020), gồm cả")
        .contains("(Bình Thuận 2019) cho năm 2019\n")
        .contains("  national-2018 = toàn quốc (Hướng dẫn 03, 2018): 2019-01-01..2019-12-31\n")
        .contains("Thay đổi so với toàn quốc (Hướng dẫn 03, 2018):")
        .contains("    số ngày phải thực hiện: 60 -> 30 (Tỉnh đoàn Ninh Thuận, 2020)")
        .contains(
            "O-06 theo định mức theo cấp, phải có công lệnh (Bà Rịa – Vũng Tàu): ĐẠT 62/60 ->"
                + " CHƯA ĐẠT 57/60, do tính chuyến không có công lệnh: có -> không")
        .contains("CHƯA ĐẠT 45/60")
        .contains("tỷ lệ %")
        .doesNotContain("year 2019")
        .doesNotContain("required-days")
        .doesNotContain("CENTRAL");
  }

  @Test
  void compare_twoChangesEachNeeded_namesBoth() {
    OfficerRecord r = invitedRecord(5); // 45 + 5 invited: 50 days only with both changes
    Policy v =
        Policy.variantOf(NATIONAL)
            .name("v")
            .document(NATIONAL.document().orElseThrow())
            .set(Parameter.REQUIRED_DAYS, Days.of(50))
            .set(Parameter.COUNT_INVITED_ONLY, true)
            .build();

    StatusChange c =
        VariantComparison.of(NATIONAL, v)
            .compare(Population.of(List.of(r)), Year.of(2019))
            .statusChanges()
            .get(0);

    assertThat(c.reasonParameters())
        .containsExactly(Parameter.REQUIRED_DAYS, Parameter.COUNT_INVITED_ONLY);
    assertThat(c.attribution()).isEqualTo(StatusChange.Attribution.EACH_NECESSARY);
  }

  @Test
  void compare_twoChangesEachEnough_namesBothAsSufficient() {
    OfficerRecord r = invitedRecord(15); // 45 + 15 invited: either change alone suffices
    Policy v =
        Policy.variantOf(NATIONAL)
            .name("v")
            .document(NATIONAL.document().orElseThrow())
            .set(Parameter.REQUIRED_DAYS, Days.of(45))
            .set(Parameter.COUNT_INVITED_ONLY, true)
            .build();

    StatusChange c =
        VariantComparison.of(NATIONAL, v)
            .compare(Population.of(List.of(r)), Year.of(2019))
            .statusChanges()
            .get(0);

    assertThat(c.baseline().status()).isEqualTo(Status.NON_COMPLIANT);
    assertThat(c.underVariant().status()).isEqualTo(Status.COMPLIANT);
    assertThat(c.reasonParameters())
        .containsExactly(Parameter.REQUIRED_DAYS, Parameter.COUNT_INVITED_ONLY);
    assertThat(c.attribution()).isEqualTo(StatusChange.Attribution.EACH_SUFFICIENT);
  }

  @Test
  void compare_samePeriodForEveryPolicy_overARange() {
    LocalDateRange year = LocalDateRange.ofClosed(date(1, 1), date(12, 31));

    ComparisonResult result =
        VariantComparison.of(NATIONAL, Policies.marchToDecember())
            .compare(Population.of(AGENCY), year);

    assertThat(result.evaluations().values())
        .allSatisfy(e -> assertThat(e.period()).isEqualTo(year));
    assertThat(result.unitName()).isEqualTo("2019-01-01..2019-12-31");
    assertThat(result.statusChanges()).isEmpty();
  }

  @Test
  void compare_flatLists_keepVisitsOfUnknownOfficers() {
    Visit stray =
        SamplePopulation.block("O-99", "x", date(4, 1), 3, HostLevel.BRANCH, v -> v).get(0);
    List<Officer> officers = AGENCY.stream().map(OfficerRecord::officer).toList();
    List<Visit> visits =
        new ArrayList<>(AGENCY.stream().flatMap(o -> o.visits().stream()).toList());
    visits.add(stray);
    List<Leave> leaves = AGENCY.stream().flatMap(o -> o.leaves().stream()).toList();

    ComparisonResult result =
        VariantComparison.of(NATIONAL, Policies.thirtyDayYear())
            .compare(Population.of(officers, visits, leaves), Year.of(2019));

    assertThat(result.evaluations().get(Policies.THIRTY_DAY_YEAR).unmatchedVisits())
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
