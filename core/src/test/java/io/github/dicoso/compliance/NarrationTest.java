package io.github.dicoso.compliance;

import static io.github.dicoso.compliance.Fixtures.NATIONAL;
import static io.github.dicoso.compliance.Fixtures.Y2019;
import static io.github.dicoso.compliance.Fixtures.date;
import static io.github.dicoso.compliance.Fixtures.evaluate;
import static io.github.dicoso.compliance.Fixtures.officer;
import static io.github.dicoso.compliance.Fixtures.visit;
import static io.github.dicoso.compliance.Fixtures.visitsTotalling;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Days;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The texts an evaluation gives: the summary and the steps of its explanation, its findings and
 * hint, in English and Vietnamese, each citing its source.
 */
class NarrationTest {
  private static final Locale VI = Locale.forLanguageTag("vi-VN");
  private static final String HD03 = "Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018";

  private final Officer lan = officer("O-1").name("Nguyễn Thị Lan").build();
  private final Evaluator evaluator = Evaluator.of(NATIONAL);

  /** 52 credited days and an invited-only visit V-17 on 2019-05-02. */
  private Evaluation fiftyTwoDays() {
    List<Visit> visits = new ArrayList<>(visitsTotalling("O-1", "V", 52));
    visits.add(visit("V-17", "O-1", date(5, 2), 1).invitedOnly(true).build());
    return evaluate(evaluator, lan, visits, List.of());
  }

  @Test
  void explanation_englishNonCompliant_numbersExclusionAndCitations() {
    String text = fiftyTwoDays().explanation().render(Locale.ENGLISH);

    assertThat(text)
        .startsWith("NON_COMPLIANT: 52 of 60 required days credited (8 short).")
        .contains(
            "1. Eligibility: subject, a full-time officer at provincial level (" + HD03 + ").")
        .contains(
            "2. Required days: 60 (quota 60; 365 of 365 days in post; 0 days on qualifying leave) ("
                + HD03
                + ").")
        .contains("Accrual: 52 days credited from 11 of 12 visits, each date counted once")
        .contains("Excluded: visit V-17 (2019-05-02, invited only) (" + HD03 + ").")
        .contains("Status: NON_COMPLIANT, 52 days credited < 60 required (" + HD03 + ").");
  }

  @Test
  void explanation_vietnameseNonCompliant_numbersExclusionAndCitationsWithDiacritics() {
    String text = fiftyTwoDays().explanation().render(VI);

    assertThat(text)
        .startsWith("CHƯA ĐẠT: ghi nhận 52/60 ngày phải thực hiện (thiếu 8 ngày).")
        .contains("Số ngày phải thực hiện: 60")
        .contains("Không tính: chuyến V-17 (2019-05-02, chỉ được mời dự hoạt động)")
        .contains("(" + HD03 + ")")
        .contains("Kết quả: CHƯA ĐẠT");
  }

  @Test
  void explanation_compliantInBothLanguages_daysBeyond() {
    Evaluation e = evaluate(evaluator, lan, visitsTotalling("O-1", "V", 63), List.of());

    assertThat(e.explanation().render(Locale.ENGLISH))
        .startsWith("COMPLIANT: 63 of 60 required days credited (3 beyond the requirement).");
    assertThat(e.explanation().render(VI))
        .startsWith("ĐẠT: ghi nhận 63/60 ngày phải thực hiện (vượt 3 ngày).");
  }

  @Test
  void explanation_exemptAndNotSubject_citeTheirRules() {
    Evaluation exempt =
        evaluate(
            evaluator,
            lan,
            List.of(),
            List.of(Leave.of("O-1", LeaveKind.STUDY, date(1, 1), date(6, 30))));
    Evaluation partTime =
        evaluate(
            evaluator,
            officer("O-2").employment(Employment.PART_TIME).committeeMember(true).build(),
            List.of(),
            List.of());

    assertThat(exempt.explanation().render(Locale.ENGLISH))
        .startsWith("EXEMPT:")
        .contains(
            "study leave 2019-01-01..2019-06-30 (181 days measured, the whole leave) reaches the"
                + " threshold P6M")
        .contains(NATIONAL.citation(Parameter.EXEMPTION_STUDY).shortForm());
    assertThat(exempt.explanation().render(VI)).startsWith("ĐƯỢC MIỄN:").contains("nghỉ đi học");
    assertThat(partTime.explanation().render(Locale.ENGLISH))
        .startsWith("NOT_SUBJECT:")
        .contains("part-time officers are not subject (committee member: yes)");
    assertThat(partTime.explanation().render(VI))
        .contains("cán bộ kiêm nhiệm không thuộc diện áp dụng (Ủy viên Ban Chấp hành: có)");
  }

  @Test
  void render_halfDays_vietnameseDecimalComma() {
    List<Visit> visits = new ArrayList<>(visitsTotalling("O-1", "V", 59));
    visits.add(visit("V-H", "O-1", date(11, 25), 1).halfDay(true).build());
    Evaluation e = evaluate(evaluator, lan, visits, List.of());

    assertThat(e.credited()).isEqualTo(Days.ofHalves(119));
    assertThat(e.explanation().render(Locale.ENGLISH))
        .contains("59.5 of 60")
        .contains("(0.5 short)");
    assertThat(e.explanation().render(VI)).contains("59,5/60").contains("thiếu 0,5 ngày");
    assertThat(e.hint().orElseThrow().render(VI))
        .isEqualTo("Gợi ý: cần thêm 0,5 ngày đi cơ sở để đạt yêu cầu.");
  }

  @Test
  void finding_libraryDefaultCitation_namedAsDefaultInBothLanguages() {
    Visit unapproved = visit("V-1", "O-1", date(4, 1), 3).approved(false).build();
    Finding f =
        evaluate(evaluator, lan, List.of(unapproved), List.of())
            .findings(FindingCode.UNAPPROVED_VISIT)
            .get(0);

    assertThat(f.render(Locale.ENGLISH))
        .isEqualTo(
            "Warning: Visit V-1 (2019-04-01..2019-04-03) was not registered and approved before it"
                + " took place; it counts: yes (dicoso default: unapproved visits count but are"
                + " reported).");
    assertThat(f.message(Locale.ENGLISH))
        .isEqualTo(
            "Visit V-1 (2019-04-01..2019-04-03) was not registered and approved before it took"
                + " place; it counts: yes.");
    assertThat(f.render(VI))
        .startsWith(
            "Cảnh báo: Chuyến V-1 (2019-04-01..2019-04-03) chưa được đăng ký, phê duyệt trước khi"
                + " đi")
        .contains("vẫn được tính: có")
        .contains("(mặc định của dicoso: ");
    assertThat(f).hasToString("WARNING UNAPPROVED_VISIT [V-1]");
  }

  @Test
  void render_vietnamese_namesTheNationalPolicyOnce() {
    Evaluation e =
        evaluate(Evaluator.of(NATIONAL), lan, visitsTotalling("O-1", "V", 60), List.of());

    assertThat(e.render(VI))
        .startsWith(
            "Cán bộ O-1 (Nguyễn Thị Lan), kỳ 2019-01-01..2019-12-31, quy định toàn quốc"
                + " (Hướng dẫn 03, 2018).")
        .doesNotContain("quy định quy định");
  }

  @Test
  void render_hostLevelMinimum_findingAndHintNameLevelAndNumbers() {
    Policy briaVungTau =
        Policy.variantOf(NATIONAL)
            .name("brvt")
            .set(Parameter.hostLevelMinimum(HostLevel.BRANCH), Optional.of(Days.of(30)))
            .set(Parameter.hostLevelMinimum(HostLevel.COMMUNE), Optional.of(Days.of(20)))
            .build();
    Evaluation e =
        evaluate(Evaluator.of(briaVungTau), lan, visitsTotalling("O-1", "V", 60), List.of());

    String english = e.render(Locale.ENGLISH);
    String vietnamese = e.render(VI);

    assertThat(english)
        .startsWith("Officer O-1 (Nguyễn Thị Lan), period 2019-01-01..2019-12-31, policy brvt.")
        .contains(
            "NON_COMPLIANT: 60 of 60 required days credited, but a binding minimum is not met.")
        .contains(
            "Status: NON_COMPLIANT, 60 days credited of 60 required, but below the minimum commune")
        .contains(
            "Violation: 0 of the 30 days required at branch level (30 short) (draft variant brvt"
                + " (no document)).")
        .contains(
            "Hint: 50 more days are needed, the host-level minimums binding: 20 at commune level;"
                + " 30 at branch level.");
    assertThat(vietnamese)
        .contains("Vi phạm: Ở cấp chi đoàn: 0/30 ngày theo định mức (thiếu 30 ngày) (")
        .contains("Gợi ý: cần thêm 50 ngày");
  }

  @Test
  void render_visitDuringLeave_namesDatesLeaveAndResolution() {
    Leave sick =
        Leave.builder()
            .id("L-7")
            .officerId("O-1")
            .kind(LeaveKind.SICK)
            .start(date(3, 1))
            .end(date(4, 29))
            .build();
    Evaluation e =
        evaluate(
            evaluator, lan, List.of(visit("V-1", "O-1", date(3, 1), 58).build()), List.of(sick));

    assertThat(e.render(Locale.ENGLISH))
        .contains(
            "Warning: Visit V-1 falls on 2019-03-01..2019-04-27, which a sick leave also"
                + " covers: the date is credited and does not reduce the requirement (dicoso"
                + " default: ")
        .contains("- L-7: reduces the requirement, 2 days away.");
    assertThat(e.render(VI)).contains("trùng thời gian nghỉ ốm đau");
  }

  @Test
  void render_everyEvaluationFinding_noPlaceholderLeftInEitherLanguage() {
    Policy strict =
        Policy.variantOf(NATIONAL)
            .name("strict")
            .set(Parameter.REPORT_DEADLINE_DAYS, Optional.of(10))
            .set(Parameter.HALF_DAY_CREDIT, false)
            .set(Parameter.hostLevelMinimum(HostLevel.BRANCH), Optional.of(Days.of(30)))
            .set(Parameter.kindMinimum(KindOfWork.INSPECTION), Optional.of(Days.of(5)))
            .build();
    Officer fromJuly = officer("O-1").addServicePeriods(ServicePeriod.from(date(7, 1))).build();
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
            visit("V-5", "O-1", date(10, 14), 2).build(),
            visit("V-6", "O-1", date(12, 30), 4).build());
    Leave sick = Leave.of("O-1", LeaveKind.SICK, date(10, 14), date(10, 20));
    Evaluation e =
        evaluate(
            Evaluator.of(strict).withTagger(Fixtures.STUB_TAGGER), fromJuly, visits, List.of(sick));
    Evaluation noMeeting =
        evaluate(
            evaluator,
            lan,
            List.of(visit("V-7", "O-1", date(4, 1), 1).kinds(List.of(KindOfWork.THEMATIC)).build()),
            List.of());
    PopulationEvaluation unknown =
        Evaluator.of(strict)
            .evaluateAll(
                Population.of(
                    List.of(fromJuly),
                    List.of(visit("V-9", "O-404", date(4, 1), 1).build()),
                    List.of()),
                Y2019);
    PopulationEvaluation empty =
        evaluator.evaluateAll(Population.of(List.of(fromJuly), List.of(), List.of()), Y2019);
    List<Finding> findings = new ArrayList<>(e.findings());
    findings.addAll(noMeeting.findings());
    findings.addAll(unknown.findings());
    findings.addAll(empty.findings());

    Set<FindingCode> evaluationCodes =
        EnumSet.range(FindingCode.INVITED_ONLY_NOT_COUNTED, FindingCode.NO_VISITS_IN_PERIOD);
    assertThat(findings.stream().map(Finding::code).collect(Collectors.toSet()))
        .containsExactlyInAnyOrderElementsOf(evaluationCodes);
    for (Locale locale : List.of(Locale.ENGLISH, VI)) {
      assertThat(e.render(locale))
          .doesNotContain("{")
          .doesNotContain("finding.")
          .doesNotContain("step.")
          .doesNotContain("label.");
      for (Finding f : findings) {
        assertThat(f.render(locale))
            .as(f.code() + " " + locale)
            .doesNotContain("{")
            .doesNotContain("finding.")
            .doesNotContain("label.");
      }
    }
  }

  @Test
  void render_everyStepOfEveryShippedPolicy_noPlaceholderLeft() {
    List<Visit> visits = new ArrayList<>(visitsTotalling("O-1", "V", 40));
    visits.add(visit("V-x", "O-1", date(12, 30), 4).travelOrder(false).approved(false).build());
    for (Policy p : Policies.all()) {
      Evaluation e = evaluate(Evaluator.of(p), lan, visits, List.of());
      for (Locale locale : List.of(Locale.ENGLISH, VI)) {
        for (Step s : e.explanation().steps()) {
          assertThat(s.render(locale))
              .as(p.name() + " " + s)
              .doesNotContain("{")
              .doesNotContain("step.");
        }
      }
    }
  }
}
