package io.github.dicoso.compliance;

import static io.github.dicoso.compliance.Fixtures.NATIONAL;
import static io.github.dicoso.compliance.Fixtures.Y2019;
import static io.github.dicoso.compliance.Fixtures.date;
import static io.github.dicoso.compliance.Fixtures.officer;
import static io.github.dicoso.compliance.Fixtures.visit;
import static io.github.dicoso.compliance.Fixtures.visitsTotalling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dicoso.Days;
import io.github.dicoso.Policy;
import io.github.dicoso.PolicyParameter;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.Visit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class ComplianceTextTest {
  private static final Locale VI = Locale.forLanguageTag("vi-VN");
  private static final String HD03 = "Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018";

  private final Officer lan = officer("O-1").name("Nguyễn Thị Lan").build();

  /** 52 credited days and an invited-only visit V-17 on 2019-05-02. */
  private Evaluation fiftyTwoDays() {
    List<Visit> visits = new ArrayList<>(visitsTotalling("O-1", "V", 52));
    visits.add(visit("V-17", "O-1", date(5, 2), 1).invitedOnly(true).build());
    return Evaluator.of(NATIONAL).evaluate(lan, Y2019, visits, List.of());
  }

  @Test
  void explanation_englishNonCompliant_numbersExclusionAndCitations() {
    String text = fiftyTwoDays().explanation().render(Locale.ENGLISH);

    assertThat(text)
        .startsWith("NON_COMPLIANT: 52 of 60 required days credited (8 short).")
        .contains(
            "Required days: 60 (quota 60; 365 of 365 days in post; 0 days on qualifying leave) ("
                + HD03
                + ").")
        .contains("Excluded: visit V-17 (2019-05-02, invited only) (" + HD03 + ").")
        .contains("(" + HD03 + ")")
        .contains("Status: NON_COMPLIANT, 52 days credited < 60 required");
  }

  @Test
  void explanation_vietnameseNonCompliant_numbersExclusionAndCitationsWithDiacritics() {
    String text = fiftyTwoDays().explanation().render(VI);

    assertThat(text)
        .startsWith("KHÔNG ĐẠT: ghi nhận 52/60 ngày phải thực hiện (thiếu 8 ngày).")
        .contains("Số ngày phải thực hiện: 60")
        .contains("Không tính: chuyến V-17 (2019-05-02, chỉ được mời dự hoạt động)")
        .contains("(" + HD03 + ")")
        .contains("Kết quả: KHÔNG ĐẠT");
  }

  @Test
  void explanation_compliantInBothLanguages_daysBeyond() {
    Evaluation e =
        Evaluator.of(NATIONAL).evaluate(lan, Y2019, visitsTotalling("O-1", "V", 63), List.of());

    assertThat(e.explanation().render(Locale.ENGLISH))
        .startsWith("COMPLIANT: 63 of 60 required days credited (3 beyond the requirement).");
    assertThat(e.explanation().render(VI))
        .startsWith("ĐẠT: ghi nhận 63/60 ngày phải thực hiện (vượt 3 ngày).");
  }

  @Test
  void explanation_exemptAndNotSubject_citeTheirRules() {
    Evaluation exempt =
        Evaluator.of(NATIONAL)
            .evaluate(
                lan,
                Y2019,
                List.of(),
                List.of(Fixtures.leave("O-1", LeaveKind.STUDY, date(1, 1), date(6, 30))));
    Evaluation partTime =
        Evaluator.of(NATIONAL)
            .evaluate(
                officer("O-2").employment(Employment.PART_TIME).build(),
                Y2019,
                List.of(),
                List.of());

    assertThat(exempt.explanation().render(Locale.ENGLISH))
        .startsWith("EXEMPT:")
        .contains("study leave 2019-01-01..2019-06-30 (181 days) reaches the threshold P6M")
        .contains(NATIONAL.citation(PolicyParameter.EXEMPTIONS).shortForm());
    assertThat(exempt.explanation().render(VI)).startsWith("ĐƯỢC MIỄN:").contains("nghỉ đi học");
    assertThat(partTime.explanation().render(Locale.ENGLISH))
        .startsWith("NOT_SUBJECT:")
        .contains("part-time officers are not subject");
    assertThat(partTime.explanation().render(VI))
        .contains("cán bộ kiêm nhiệm không thuộc diện áp dụng");
  }

  @Test
  void render_halfDays_vietnameseDecimalComma() {
    List<Visit> visits = new ArrayList<>(visitsTotalling("O-1", "V", 59));
    visits.add(visit("V-H", "O-1", date(11, 25), 1).halfDay(true).build());
    Evaluation e = Evaluator.of(NATIONAL).evaluate(lan, Y2019, visits, List.of());

    assertThat(e.credited()).isEqualTo(Days.ofHalves(119));
    assertThat(e.explanation().render(Locale.ENGLISH))
        .contains("59.5 of 60")
        .contains("(0.5 short)");
    assertThat(e.explanation().render(VI)).contains("59,5/60").contains("thiếu 0,5 ngày");
  }

  @Test
  void render_libraryDefaultCitation_namedAsDefaultInBothLanguages() {
    Visit unapproved = visit("V-1", "O-1", date(4, 1), 3).approved(false).build();
    Finding f =
        Evaluator.of(NATIONAL)
            .evaluate(lan, Y2019, List.of(unapproved), List.of())
            .findings(FindingCode.UNAPPROVED_VISIT)
            .get(0);

    assertThat(ComplianceText.finding(f, Locale.ENGLISH))
        .isEqualTo(
            "WARNING UNAPPROVED_VISIT: Visit V-1 (2019-04-01..2019-04-03) was not registered and approved"
                + " before it took place; it still counts (dicoso default: unapproved visits count but are reported).");
    assertThat(ComplianceText.finding(f, VI))
        .startsWith(
            "CẢNH BÁO UNAPPROVED_VISIT: Chuyến V-1 (2019-04-01..2019-04-03) chưa được đăng ký, phê duyệt")
        .contains("vẫn được tính")
        .contains("(mặc định của dicoso: ");
  }

  @Test
  void render_hostLevelMinimum_findingAndHintNameLevelAndNumbers() {
    Policy briaVungTau =
        Policy.builder()
            .from(NATIONAL)
            .name("brvt")
            .putHostLevelMinimum(HostLevel.BRANCH, Days.of(30))
            .putHostLevelMinimum(HostLevel.COMMUNE, Days.of(20))
            .build();
    Evaluation e =
        Evaluator.of(briaVungTau).evaluate(lan, Y2019, visitsTotalling("O-1", "V", 60), List.of());

    String english = e.render(Locale.ENGLISH);
    String vietnamese = e.render(VI);

    assertThat(english)
        .contains(
            "VIOLATION HOST_LEVEL_MINIMUM_NOT_MET: 0 of the 30 days required at branch level (30 short) (")
        .contains(
            "Hint: 50 more days are needed, the host-level minimums binding: 20 at commune level; 30 at branch level.");
    assertThat(vietnamese)
        .contains(
            "VI PHẠM HOST_LEVEL_MINIMUM_NOT_MET: Ở cấp chi đoàn: 0/30 ngày theo định mức (thiếu 30 ngày) (")
        .contains("Gợi ý: cần thêm 50 ngày");
  }

  @Test
  void render_everyEvaluationFinding_noPlaceholderLeftInEitherLanguage() {
    Policy strict =
        Policy.builder()
            .from(NATIONAL)
            .name("strict")
            .reportDeadlineDays(10)
            .halfDayCredit(false)
            .putHostLevelMinimum(HostLevel.BRANCH, Days.of(30))
            .putKindMinimum(io.github.dicoso.visit.KindOfWork.INSPECTION, Days.of(5))
            .build();
    Officer fromJuly =
        officer("O-1")
            .addServicePeriods(io.github.dicoso.officer.ServicePeriod.from(date(7, 1)))
            .build();
    List<Visit> visits =
        List.of(
            visit("V-1", "O-1", date(6, 29), 4)
                .approved(false)
                .travelOrder(false)
                .kinds(List.of())
                .description("sinh hoạt")
                .build(),
            visit("V-2", "O-1", date(8, 1), 1).halfDay(true).build(),
            visit("V-3", "O-1", date(8, 5), 1).invitedOnly(true).build(),
            visit("V-4", "O-1", date(9, 5), 2)
                .kinds(List.of())
                .description("không rõ")
                .reportDate(date(10, 1))
                .build(),
            visit("V-5", "O-1", date(12, 30), 4).build());
    Evaluation e =
        Evaluator.of(strict)
            .withTagger(Fixtures.STUB_TAGGER)
            .evaluate(fromJuly, Y2019, visits, List.of());
    PopulationEvaluation p =
        Evaluator.of(strict)
            .evaluateAll(
                List.of(fromJuly),
                List.of(visit("V-9", "O-404", date(4, 1), 1).build()),
                List.of(),
                Y2019);
    List<Finding> findings = new ArrayList<>(e.findings());
    findings.addAll(p.findings());

    assertThat(findings)
        .extracting(Finding::code)
        .contains(
            FindingCode.INVITED_ONLY_NOT_COUNTED,
            FindingCode.UNAPPROVED_VISIT,
            FindingCode.NO_TRAVEL_ORDER,
            FindingCode.HALF_DAY_NOT_CREDITED,
            FindingCode.OUTSIDE_PERIOD,
            FindingCode.OUTSIDE_SERVICE,
            FindingCode.REPORT_LATE,
            FindingCode.REPORT_MISSING,
            FindingCode.HOST_LEVEL_MINIMUM_NOT_MET,
            FindingCode.KIND_MINIMUM_NOT_MET,
            FindingCode.KINDS_SUGGESTED,
            FindingCode.UNTAGGED_VISIT,
            FindingCode.UNKNOWN_OFFICER);
    for (Locale locale : List.of(Locale.ENGLISH, VI)) {
      assertThat(e.render(locale))
          .doesNotContain("{")
          .doesNotContain("finding.")
          .doesNotContain("step.");
      for (Finding f : findings) {
        assertThat(ComplianceText.finding(f, locale))
            .doesNotContain("{")
            .doesNotContain("finding.");
      }
    }
  }

  @Test
  void bundles_sameKeysInEnglishAndVietnamese() {
    ResourceBundle en = ComplianceText.bundle(Locale.ENGLISH);
    ResourceBundle vi = ComplianceText.bundle(VI);

    assertThat(vi.getLocale().getLanguage()).isEqualTo("vi");
    assertThat(Collections.list(en.getKeys()))
        .containsExactlyInAnyOrderElementsOf(Collections.list(vi.getKeys()));
  }

  @Test
  void bundle_loadedFromTheNamedModule() {
    // surefire runs these tests on the module path, patched into io.github.dicoso.core; the
    // mutation test runs them on the class path, where this test does not apply
    assumeTrue(ComplianceText.class.getModule().isNamed(), "run on the module path only");
    assertThat(ComplianceText.class.getModule().getName()).isEqualTo("io.github.dicoso.core");
    assertThat(ComplianceText.bundle(VI).getString("status.COMPLIANT")).isEqualTo("Đạt");
  }

  @Test
  void bundle_otherLanguage_english() {
    assertThat(ComplianceText.bundle(Locale.FRENCH).getString("status.COMPLIANT"))
        .isEqualTo("COMPLIANT");
    assertThat(ComplianceText.bundle(Locale.forLanguageTag("vi")).getString("status.COMPLIANT"))
        .isEqualTo("Đạt");
  }
}
