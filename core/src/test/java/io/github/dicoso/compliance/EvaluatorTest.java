package io.github.dicoso.compliance;

import static io.github.dicoso.compliance.Fixtures.NATIONAL;
import static io.github.dicoso.compliance.Fixtures.Y2019;
import static io.github.dicoso.compliance.Fixtures.date;
import static io.github.dicoso.compliance.Fixtures.evaluate;
import static io.github.dicoso.compliance.Fixtures.officer;
import static io.github.dicoso.compliance.Fixtures.visit;
import static io.github.dicoso.compliance.Fixtures.visitsTotalling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.dicoso.Days;
import io.github.dicoso.LeaveLength;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.accrual.Exclusion;
import io.github.dicoso.eligibility.EligibilityReason;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.finding.Severity;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import io.github.dicoso.requirement.LeaveOutcome;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class EvaluatorTest {
  private static final Policy BRVT = Policies.hostLevelSplit();

  private final Evaluator evaluator = Evaluator.of(NATIONAL);
  private final Officer lan =
      officer("O-1").name("Nguyễn Thị Lan").department("Ban Tổ chức").build();

  private static Policy withReportDeadline(int days) {
    return Policy.variantOf(NATIONAL)
        .name("report-deadline")
        .set(Parameter.REPORT_DEADLINE_DAYS, Optional.of(days))
        .build();
  }

  private static Policy advisory(Policy policy) {
    return Policy.variantOf(policy)
        .name(policy.name() + "-advisory")
        .set(Parameter.MINIMUMS_BINDING, false)
        .build();
  }

  private static LocalDateRange dates(LocalDate first, LocalDate last) {
    return LocalDateRange.ofClosed(first, last);
  }

  private Evaluation evaluateUnder(
      Policy policy, Officer officer, List<Visit> visits, Leave... leaves) {
    return Fixtures.evaluate(Evaluator.of(policy), officer, visits, List.of(leaves));
  }

  /** {@code days} days of visits at {@code level} from {@code start}, five a week on weekdays. */
  private static List<Visit> at(HostLevel level, LocalDate start, int days) {
    List<Visit> visits = new ArrayList<>();
    for (int week = 0, left = days; left > 0; week++, left -= 5) {
      LocalDate from = start.plusWeeks(week);
      visits.add(
          visit(level + "-" + from, "O-1", from, Math.min(5, left))
              .hostUnit("Unit " + level)
              .hostLevel(level)
              .build());
    }
    return visits;
  }

  // --- statuses ---

  @Test
  void evaluate_sixtyDays_compliant() {
    Evaluation e = evaluate(evaluator, lan, visitsTotalling("O-1", "V", 60), List.of());

    assertThat(e.status()).isEqualTo(Status.COMPLIANT);
    assertThat(e.required()).isEqualTo(Days.of(60));
    assertThat(e.credited()).isEqualTo(Days.of(60));
    assertThat(e.shortfall()).isEqualTo(Days.ZERO);
    assertThat(e.beyondRequirement()).isEqualTo(Days.ZERO);
    assertThat(e.byKind()).containsEntry(KindOfWork.MEETING, Days.of(60));
    assertThat(e.byHostLevel()).containsEntry(HostLevel.DISTRICT, Days.of(60));
    assertThat(e.decision().reason()).isEqualTo(StatusDecision.Reason.REQUIREMENT_MET);
    assertThat(e.hint()).isEmpty();
    assertThat(e.findings()).isEmpty();
    assertThat(e.officerName()).isEqualTo("Nguyễn Thị Lan");
    assertThat(e.department()).isEqualTo("Ban Tổ chức");
    assertThat(e.policyName()).isEqualTo("national-2018");
    assertThat(e).hasToString("Evaluation[O-1 2019-01-01..2019-12-31 COMPLIANT 60/60]");
  }

  @Test
  void evaluate_sixtyThreeDays_compliantWithDaysBeyond() {
    Evaluation e = evaluate(evaluator, lan, visitsTotalling("O-1", "V", 63), List.of());

    assertThat(e.status()).isEqualTo(Status.COMPLIANT);
    assertThat(e.beyondRequirement()).isEqualTo(Days.of(3));
  }

  @Test
  void evaluate_fiftyTwoDays_nonCompliantWithShortfallAndHint() {
    Evaluation e = evaluate(evaluator, lan, visitsTotalling("O-1", "V", 52), List.of());

    assertThat(e.status()).isEqualTo(Status.NON_COMPLIANT);
    assertThat(e.shortfall()).isEqualTo(Days.of(8));
    assertThat(e.decision().reason()).isEqualTo(StatusDecision.Reason.SHORT_OF_REQUIREMENT);
    assertThat(e.decision().citation()).isEqualTo(NATIONAL.citation(Parameter.REQUIRED_DAYS));
    assertThat(e.hint())
        .get()
        .satisfies(
            h -> {
              assertThat(h.moreDays()).isEqualTo(Days.of(8));
              assertThat(h.binding()).isEqualTo(Hint.Binding.TOTAL);
            });
  }

  @Test
  void evaluate_partTimeOfficer_notSubjectWithVisitsStillInLedger() {
    Officer partTime = officer("O-2").employment(Employment.PART_TIME).build();
    List<Visit> visits = visitsTotalling("O-2", "V", 10);

    Evaluation e = evaluate(evaluator, partTime, visits, List.of());

    assertThat(e.status()).isEqualTo(Status.NOT_SUBJECT);
    assertThat(e.evaluated()).isFalse();
    assertThat(e.required()).isEqualTo(Days.ZERO);
    assertThat(e.requirement()).isEmpty();
    assertThat(e.minimums()).isEmpty();
    assertThat(e.credited()).isEqualTo(Days.of(10));
    assertThat(e.ledger().entries()).hasSize(visits.size());
    assertThat(e.findings(FindingCode.NO_MEETING_DAY)).isEmpty();
    assertThat(e.hint()).isEmpty();
  }

  /** Issue 14: a part-time officer on the executive committee is not subject either. */
  @Test
  void evaluate_partTimeCommitteeMember_notSubject() {
    Officer member = officer("O-2").employment(Employment.PART_TIME).committeeMember(true).build();

    Evaluation e = evaluate(evaluator, member, visitsTotalling("O-2", "V", 10), List.of());

    assertThat(e.status()).isEqualTo(Status.NOT_SUBJECT);
    assertThat(e.eligibility().reason()).isEqualTo(EligibilityReason.EMPLOYMENT_NOT_SUBJECT);
    assertThat(e.decision().citation()).isEqualTo(NATIONAL.citation(Parameter.SUBJECT_EMPLOYMENT));
  }

  @Test
  void evaluate_maternityLeave_exempt() {
    Leave maternity = Fixtures.leave("O-1", LeaveKind.MATERNITY, date(3, 1), date(8, 31));

    Evaluation e = evaluate(evaluator, lan, List.of(), List.of(maternity));

    assertThat(e.status()).isEqualTo(Status.EXEMPT);
    assertThat(e.exemptionReason()).contains(LeaveKind.MATERNITY);
    assertThat(e.required()).isEqualTo(Days.ZERO);
    assertThat(e.requirement()).isEmpty();
    assertThat(e.leaves()).extracting(l -> l.outcome()).containsExactly(LeaveOutcome.EXEMPTS);
    assertThat(e.decision().citation()).isEqualTo(NATIONAL.citation(Parameter.EXEMPTION_MATERNITY));
    assertThat(e.findings()).isEmpty();
  }

  /**
   * Issue 14: a 7-month study leave from 1/9/2019 to 31/3/2020 is long-term study and exempts both
   * years; measuring only the part inside each year, it exempts neither.
   */
  @Test
  void evaluate_sevenMonthStudyAcrossTwoYears_exemptInBothYears() {
    Leave study = Fixtures.leave("O-1", LeaveKind.STUDY, date(9, 1), LocalDate.of(2020, 3, 31));
    OfficerRecord record = OfficerRecord.of(lan, visitsTotalling("O-1", "V", 20), List.of(study));
    Policy partInPeriod =
        Policy.variantOf(NATIONAL)
            .name("part-in-period")
            .set(Parameter.EXEMPTION_LEAVE_LENGTH, LeaveLength.PART_IN_PERIOD)
            .build();

    assertThat(evaluator.evaluate(record, Y2019).status()).isEqualTo(Status.EXEMPT);
    assertThat(evaluator.evaluate(record, Year.of(2020)).status()).isEqualTo(Status.EXEMPT);
    Evaluation in2019 = Evaluator.of(partInPeriod).evaluate(record, Y2019);
    assertThat(in2019.status()).isEqualTo(Status.NON_COMPLIANT);
    // 122 days away of 365: 60 * 243 / 365 = 39.9 -> 40
    assertThat(in2019.requirement().orElseThrow().daysAway()).isEqualTo(122);
    assertThat(in2019.required()).isEqualTo(Days.of(40));
    assertThat(Evaluator.of(partInPeriod).evaluate(record, Year.of(2020)).status())
        .isEqualTo(Status.NON_COMPLIANT);
  }

  /** Issue 14: a 12-month study leave from 1/10/2019 exempts 2019. */
  @Test
  void evaluate_twelveMonthStudyFromOctober_exemptIn2019() {
    Leave study = Fixtures.leave("O-1", LeaveKind.STUDY, date(10, 1), LocalDate.of(2020, 9, 30));

    Evaluation e = evaluate(evaluator, lan, visitsTotalling("O-1", "V", 30), List.of(study));

    assertThat(e.status()).isEqualTo(Status.EXEMPT);
    assertThat(e.exemption().orElseThrow().leaveDates()).isEqualTo(study.dates());
  }

  @Test
  void evaluate_year_usesPolicyCountingPeriodInThatYear() {
    Policy quangTri = Policies.marchToDecember();
    Visit february = visit("V-1", "O-1", date(2, 27), 4).build();

    Evaluation e = evaluateUnder(quangTri, lan, List.of(february));

    assertThat(e.period()).isEqualTo(quangTri.periodIn(Y2019));
    assertThat(e.credited()).isEqualTo(Days.of(2));
    assertThat(e.findings(FindingCode.OUTSIDE_PERIOD))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.dates()).containsExactly(dates(date(2, 27), date(2, 28)));
              assertThat(f.citation()).isEqualTo(quangTri.citation(Parameter.COUNTING_PERIOD));
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.facts()).containsEntry("period", quangTri.periodIn(Y2019));
            });
  }

  @Test
  void evaluate_recordWithHistory_seesOnlyWhatOverlapsThePeriod() {
    List<Visit> visits = new ArrayList<>(visitsTotalling("O-1", "V", 10));
    visits.add(visit("V-2018", "O-1", LocalDate.of(2018, 5, 2), 3).build());
    Leave earlier =
        Fixtures.leave("O-1", LeaveKind.SICK, LocalDate.of(2018, 1, 1), LocalDate.of(2018, 1, 9));

    Evaluation e = evaluate(evaluator, lan, visits, List.of(earlier));

    assertThat(e.credited()).isEqualTo(Days.of(10));
    assertThat(e.ledger().visitCount()).isEqualTo(2);
    assertThat(e.visitsOutsidePeriod()).isEqualTo(1);
    assertThat(e.leavesOutsidePeriod()).isEqualTo(1);
    assertThat(e.leaves()).isEmpty();
  }

  // --- findings ---

  @Test
  void evaluate_invitedOnlyVisit_notCountedAndReported() {
    Visit invited = visit("V-17", "O-1", date(5, 2), 1).invitedOnly(true).build();

    Evaluation e = evaluate(evaluator, lan, List.of(invited), List.of());

    assertThat(e.credited()).isEqualTo(Days.ZERO);
    assertThat(e.ledger().entries().get(0).exclusions()).containsExactly(Exclusion.INVITED_ONLY);
    assertThat(e.findings(FindingCode.INVITED_ONLY_NOT_COUNTED))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.visitIds()).containsExactly("V-17");
              assertThat(f.officerId()).contains("O-1");
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.citation()).isEqualTo(NATIONAL.citation(Parameter.COUNT_INVITED_ONLY));
            });
  }

  @Test
  void evaluate_unapprovedVisitUnderNational_countedAndReported() {
    Visit unapproved = visit("V-1", "O-1", date(4, 1), 3).approved(false).build();

    Evaluation e = evaluate(evaluator, lan, List.of(unapproved), List.of());

    assertThat(e.credited()).isEqualTo(Days.of(3));
    assertThat(e.findings(FindingCode.UNAPPROVED_VISIT))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.facts()).containsEntry("counted", true);
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.citation()).isEqualTo(NATIONAL.citation(Parameter.COUNT_UNAPPROVED));
            });
  }

  @Test
  void evaluate_unapprovedVisitWhenPolicyCountsOnlyApproved_excludedAndReported() {
    Policy strict =
        Policy.variantOf(NATIONAL).name("strict").set(Parameter.COUNT_UNAPPROVED, false).build();
    Visit unapproved = visit("V-1", "O-1", date(4, 1), 3).approved(false).build();

    Evaluation e = evaluateUnder(strict, lan, List.of(unapproved));

    assertThat(e.credited()).isEqualTo(Days.ZERO);
    assertThat(e.findings(FindingCode.UNAPPROVED_VISIT))
        .singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("counted", false));
  }

  @Test
  void evaluate_visitWithoutTravelOrderUnderBriaVungTau_excludedAndReported() {
    Visit noOrder = visit("V-1", "O-1", date(4, 1), 2).travelOrder(false).build();

    Evaluation e = evaluateUnder(BRVT, lan, List.of(noOrder));

    assertThat(e.credited()).isEqualTo(Days.ZERO);
    assertThat(e.findings(FindingCode.NO_TRAVEL_ORDER))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.facts()).containsEntry("counted", false);
              assertThat(f.citation())
                  .isEqualTo(BRVT.citation(Parameter.COUNT_WITHOUT_TRAVEL_ORDER));
            });
  }

  @Test
  void evaluate_halfDayWhenPolicyGivesNoHalfDays_reported() {
    Policy noHalves =
        Policy.variantOf(NATIONAL).name("no-halves").set(Parameter.HALF_DAY_CREDIT, false).build();
    Visit evening = visit("V-1", "O-1", date(4, 1), 1).halfDay(true).build();

    Evaluation e = evaluateUnder(noHalves, lan, List.of(evening));

    assertThat(e.credited()).isEqualTo(Days.ZERO);
    assertThat(e.findings(FindingCode.HALF_DAY_NOT_CREDITED))
        .singleElement()
        .satisfies(f -> assertThat(f.dates()).containsExactly(dates(date(4, 1), date(4, 1))));
  }

  @Test
  void evaluate_visitBeforeOfficerJoined_outsideServiceReportedCitingTheServiceRule() {
    Officer joinedInJuly = officer("O-1").addServicePeriods(ServicePeriod.from(date(7, 1))).build();
    Visit spanning = visit("V-1", "O-1", date(6, 29), 4).build();

    Evaluation e = evaluate(evaluator, joinedInJuly, List.of(spanning), List.of());

    assertThat(e.credited()).isEqualTo(Days.of(2));
    assertThat(e.requirement().orElseThrow().reduced()).isTrue();
    assertThat(e.findings(FindingCode.OUTSIDE_SERVICE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.dates()).containsExactly(dates(date(6, 29), date(6, 30)));
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.citation())
                  .isEqualTo(Exclusion.OUTSIDE_SERVICE.citation(NATIONAL))
                  .isNotEqualTo(NATIONAL.citation(Parameter.PRO_RATING));
            });
  }

  @Test
  void evaluate_reportFiledAfterDeadline_reportLate() {
    Visit late = visit("V-1", "O-1", date(4, 1), 3).reportDate(date(4, 20)).build();

    Evaluation e = evaluateUnder(withReportDeadline(10), lan, List.of(late));

    assertThat(e.findings(FindingCode.REPORT_LATE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.facts())
                  .containsEntry("due", date(4, 13))
                  .containsEntry("filed", date(4, 20))
                  .containsEntry("daysLate", 7L);
              assertThat(f.dates()).containsExactly(dates(date(4, 20), date(4, 20)));
              assertThat(f.citation())
                  .isEqualTo(withReportDeadline(10).citation(Parameter.REPORT_DEADLINE_DAYS));
            });
    assertThat(e.credited()).isEqualTo(Days.of(3));
  }

  @Test
  void evaluate_reportFiledOnDeadline_noFinding() {
    Visit onTime = visit("V-1", "O-1", date(4, 1), 3).reportDate(date(4, 13)).build();

    Evaluation e = evaluateUnder(withReportDeadline(10), lan, List.of(onTime));

    assertThat(e.findings(FindingCode.REPORT_LATE)).isEmpty();
    assertThat(e.findings(FindingCode.REPORT_MISSING)).isEmpty();
    assertThat(e.explanation().steps()).extracting(Step::rule).contains(Step.Rule.REPORTS);
  }

  @Test
  void evaluate_reportMissingAfterDeadline_reportMissingAsOfPeriodEnd() {
    Visit missing = visit("V-1", "O-1", date(4, 1), 3).build();
    Visit december = visit("V-2", "O-1", date(12, 27), 2).build();

    Evaluation e = evaluateUnder(withReportDeadline(10), lan, List.of(missing, december));

    // V-2 is due on 2020-01-07, after the period's end: not yet missing
    assertThat(e.findings(FindingCode.REPORT_MISSING))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.visitIds()).containsExactly("V-1");
              assertThat(f.facts())
                  .containsEntry("due", date(4, 13))
                  .containsEntry("asOf", date(12, 31));
            });
  }

  @Test
  void evaluate_reportsAsOfLaterDate_reportsDecemberVisitMissing() {
    Visit december = visit("V-2", "O-1", date(12, 27), 2).build();
    Evaluator later =
        Evaluator.of(withReportDeadline(10)).withReportsAsOf(LocalDate.of(2020, 2, 1));

    Evaluation e = evaluate(later, lan, List.of(december), List.of());

    assertThat(later.reportsAsOf()).contains(LocalDate.of(2020, 2, 1));
    assertThat(e.findings(FindingCode.REPORT_MISSING))
        .singleElement()
        .satisfies(f -> assertThat(f.facts()).containsEntry("due", LocalDate.of(2020, 1, 7)));
  }

  @Test
  void evaluate_noReportDeadline_noReportFindings() {
    Visit noReport = visit("V-1", "O-1", date(4, 1), 3).build();

    Evaluation e = evaluate(evaluator, lan, List.of(noReport), List.of());

    assertThat(e.findings())
        .extracting(Finding::code)
        .doesNotContain(FindingCode.REPORT_LATE, FindingCode.REPORT_MISSING);
    assertThat(e.explanation().steps()).extracting(Step::rule).doesNotContain(Step.Rule.REPORTS);
  }

  // --- minimums (issue 14: they bind by default) ---

  @Test
  void render_shortOfAMinimumOnly_summarySaysTheMinimumNotTheDays() {
    Evaluation e = evaluateUnder(BRVT, lan, visitsTotalling("O-1", "V", 60));

    assertThat(e.explanation().render(Locale.ENGLISH))
        .startsWith(
            "NON_COMPLIANT: 60 of 60 required days credited, but a binding minimum is not met.")
        .doesNotContain("(0 short)");
    assertThat(e.explanation().render(Locale.forLanguageTag("vi")))
        .startsWith(
            "CHƯA ĐẠT: ghi nhận 60/60 ngày phải thực hiện nhưng chưa đạt mức tối thiểu bắt buộc.");
  }

  @Test
  void evaluate_sixtyDistrictDaysUnderBriaVungTau_nonCompliantShortOfTheLevelMinimums() {
    Evaluation e = evaluateUnder(BRVT, lan, visitsTotalling("O-1", "V", 60));

    assertThat(e.credited()).isEqualTo(Days.of(60));
    assertThat(e.status()).isEqualTo(Status.NON_COMPLIANT);
    assertThat(e.shortfall()).isEqualTo(Days.ZERO);
    assertThat(e.decision().reason()).isEqualTo(StatusDecision.Reason.SHORT_OF_MINIMUM);
    assertThat(e.findings(FindingCode.HOST_LEVEL_MINIMUM_NOT_MET))
        .extracting(f -> f.facts().get("target"), f -> f.facts().get("missing"), Finding::severity)
        .containsExactly(
            tuple(HostLevel.COMMUNE, Days.of(20), Severity.VIOLATION),
            tuple(HostLevel.BRANCH, Days.of(30), Severity.VIOLATION));
    assertThat(e.hint())
        .get()
        .satisfies(
            h -> {
              assertThat(h.binding()).isEqualTo(Hint.Binding.HOST_LEVEL);
              assertThat(h.moreDays()).isEqualTo(Days.of(50));
              assertThat(h.hostLevelDeficits())
                  .containsExactly(
                      Map.entry(HostLevel.COMMUNE, Days.of(20)),
                      Map.entry(HostLevel.BRANCH, Days.of(30)));
            });
  }

  /**
   * Issue 14: under Bà Rịa–Vũng Tàu's split, 65 days with none at district level are not enough:
   * NON_COMPLIANT, short of the district minimum. Made advisory, the minimums only warn.
   */
  @Test
  void evaluate_sixtyFiveDaysNoneAtDistrict_nonCompliantUnlessMinimumsAreAdvisory() {
    List<Visit> visits = new ArrayList<>(at(HostLevel.BRANCH, date(1, 7), 35));
    visits.addAll(at(HostLevel.COMMUNE, date(7, 1), 30));

    Evaluation binding = evaluateUnder(BRVT, lan, visits);
    Evaluation advisory = evaluateUnder(advisory(BRVT), lan, visits);

    assertThat(binding.credited()).isEqualTo(Days.of(65));
    assertThat(binding.status()).isEqualTo(Status.NON_COMPLIANT);
    assertThat(binding.decision().reason()).isEqualTo(StatusDecision.Reason.SHORT_OF_MINIMUM);
    assertThat(binding.decision().unmetMinimums())
        .singleElement()
        .satisfies(m -> assertThat(m.target()).isEqualTo(HostLevel.DISTRICT));
    assertThat(binding.decision().citation()).isEqualTo(BRVT.document().orElseThrow());
    assertThat(binding.hint().orElseThrow().moreDays()).isEqualTo(Days.of(10));
    assertThat(binding.findings(FindingCode.HOST_LEVEL_MINIMUM_NOT_MET))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.VIOLATION));

    assertThat(advisory.status()).isEqualTo(Status.COMPLIANT);
    assertThat(advisory.decision().reason()).isEqualTo(StatusDecision.Reason.REQUIREMENT_MET);
    assertThat(advisory.decision().advisoryUnmet()).hasSize(1);
    assertThat(advisory.hint()).isEmpty();
    assertThat(advisory.findings(FindingCode.HOST_LEVEL_MINIMUM_NOT_MET))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  /**
   * Issue 14: an officer in post from 8/8/2019 owes 24 days, so the branch minimum of 30 scales to
   * 12; 11 branch days fall short, however many days there are in all.
   */
  @Test
  void evaluate_elevenBranchDaysAgainstAScaledMinimumOfTwelve_nonCompliant() {
    Officer fromAugust = officer("O-1").addServicePeriods(ServicePeriod.from(date(8, 8))).build();
    List<Visit> visits = new ArrayList<>(at(HostLevel.BRANCH, date(8, 12), 11));
    visits.addAll(at(HostLevel.COMMUNE, date(10, 7), 10));
    visits.addAll(at(HostLevel.DISTRICT, date(11, 25), 5));

    Evaluation e = evaluateUnder(BRVT, fromAugust, visits);

    assertThat(e.required()).isEqualTo(Days.of(24));
    assertThat(e.credited()).isEqualTo(Days.of(26));
    assertThat(e.status()).isEqualTo(Status.NON_COMPLIANT);
    assertThat(e.decision().reason()).isEqualTo(StatusDecision.Reason.SHORT_OF_MINIMUM);
    assertThat(e.findings(FindingCode.HOST_LEVEL_MINIMUM_NOT_MET))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.facts())
                    .containsEntry("target", HostLevel.BRANCH)
                    .containsEntry("credited", Days.of(11))
                    .containsEntry("minimum", Days.of(12))
                    .containsEntry("policyMinimum", Days.of(30)));
    assertThat(evaluateUnder(advisory(BRVT), fromAugust, visits).status())
        .isEqualTo(Status.COMPLIANT);
  }

  @Test
  void evaluate_fiftyFiveDaysShortOfBranchMinimum_hintNamesHostLevel() {
    List<Visit> visits = new ArrayList<>();
    visits.add(visit("D", "O-1", date(1, 7), 10).build());
    visits.add(
        visit("C", "O-1", date(2, 4), 20)
            .hostUnit("Đoàn xã Tân Hải")
            .hostLevel(HostLevel.COMMUNE)
            .build());
    visits.add(
        visit("B", "O-1", date(4, 1), 25)
            .hostUnit("Chi đoàn thôn 2")
            .hostLevel(HostLevel.BRANCH)
            .build());

    Evaluation e = evaluateUnder(BRVT, lan, visits);

    assertThat(e.status()).isEqualTo(Status.NON_COMPLIANT);
    assertThat(e.shortfall()).isEqualTo(Days.of(5));
    assertThat(e.hint())
        .get()
        .satisfies(
            h -> {
              assertThat(h.hostLevelDeficits())
                  .containsExactlyEntriesOf(Map.of(HostLevel.BRANCH, Days.of(5)));
              assertThat(h.moreDays()).isEqualTo(Days.of(5));
              assertThat(h.binding()).isEqualTo(Hint.Binding.TOTAL);
            });
  }

  @Test
  void evaluate_halfYearOfService_minimumsReducedInProportion() {
    Officer fromJuly = officer("O-1").addServicePeriods(ServicePeriod.from(date(7, 1))).build();

    Evaluation e = evaluateUnder(BRVT, fromJuly, List.of());

    // 184 of 365 days: required 31; branch minimum 30 * 31/60 rounded up = 16
    assertThat(e.required()).isEqualTo(Days.of(60).scaledRoundingUp(184, 365));
    assertThat(e.findings(FindingCode.HOST_LEVEL_MINIMUM_NOT_MET))
        .filteredOn(f -> f.facts().get("target") == HostLevel.BRANCH)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.facts())
                    .containsEntry("minimum", Days.of(16))
                    .containsEntry("policyMinimum", Days.of(30)));
  }

  @Test
  void evaluate_halfYearOfServiceWithScalingOff_minimumsKeptWhole() {
    Officer fromJuly = officer("O-1").addServicePeriods(ServicePeriod.from(date(7, 1))).build();
    Policy unscaled =
        Policy.variantOf(BRVT)
            .name("unscaled")
            .set(Parameter.MINIMUMS_SCALE_WITH_REQUIREMENT, false)
            .build();

    Evaluation e = evaluateUnder(unscaled, fromJuly, List.of());

    assertThat(e.findings(FindingCode.HOST_LEVEL_MINIMUM_NOT_MET))
        .filteredOn(f -> f.facts().get("target") == HostLevel.BRANCH)
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.facts())
                    .containsEntry("minimum", Days.of(30))
                    .containsEntry("policyMinimum", Days.of(30)));
  }

  @Test
  void evaluate_inspectionMinimumNotMet_nonCompliantWithKindHint() {
    Policy inspection =
        Policy.variantOf(NATIONAL)
            .name("inspection")
            .set(Parameter.kindMinimum(KindOfWork.INSPECTION), Optional.of(Days.of(10)))
            .build();

    Evaluation e = evaluateUnder(inspection, lan, visitsTotalling("O-1", "V", 60));

    assertThat(e.status()).isEqualTo(Status.NON_COMPLIANT);
    assertThat(e.findings(FindingCode.KIND_MINIMUM_NOT_MET))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.facts())
                  .containsEntry("target", KindOfWork.INSPECTION)
                  .containsEntry("missing", Days.of(10));
              assertThat(f.citation())
                  .isEqualTo(inspection.citation(Parameter.KIND_MINIMUM_INSPECTION));
            });
    assertThat(e.hint())
        .get()
        .satisfies(
            h -> {
              assertThat(h.binding()).isEqualTo(Hint.Binding.KIND);
              assertThat(h.moreDays()).isEqualTo(Days.of(10));
              assertThat(h.kindDeficits()).containsEntry(KindOfWork.INSPECTION, Days.of(10));
            });
  }

  @Test
  void evaluate_noMeetingDay_warningCitingMeetingRule() {
    Visit thematic = visit("V-1", "O-1", date(4, 1), 3).kinds(List.of(KindOfWork.THEMATIC)).build();

    Evaluation e = evaluate(evaluator, lan, List.of(thematic), List.of());

    assertThat(e.findings(FindingCode.NO_MEETING_DAY))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.citation()).isEqualTo(NATIONAL.citation(Parameter.MEETING_DAY_EXPECTED));
            });
    Policy noMeeting =
        Policy.variantOf(NATIONAL)
            .name("no-meeting")
            .set(Parameter.MEETING_DAY_EXPECTED, false)
            .build();
    assertThat(
            evaluateUnder(noMeeting, lan, List.of(thematic)).findings(FindingCode.NO_MEETING_DAY))
        .isEmpty();
  }

  // --- a date never counts twice (issue 14) ---

  /**
   * Issue 14: an officer on 60 days of sick leave made visits on 58 of them. The visit days are
   * credited and the leave does not reduce the requirement on those dates (only on the other 2); a
   * warning names the dates.
   */
  @Test
  void evaluate_visitsDuringASickLeave_creditedAndReportedByDefault() {
    Leave sick = Fixtures.leave("O-1", LeaveKind.SICK, date(3, 1), date(4, 29));
    List<Visit> visits = List.of(visit("V-1", "O-1", date(3, 1), 58).build());

    Evaluation e = evaluate(evaluator, lan, visits, List.of(sick));

    assertThat(e.credited()).isEqualTo(Days.of(58));
    assertThat(e.requirement().orElseThrow().daysAway()).isEqualTo(2);
    assertThat(e.required()).isEqualTo(Days.of(60));
    assertThat(e.leaves())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.outcome()).isEqualTo(LeaveOutcome.REDUCES);
              assertThat(l.daysAway()).isEqualTo(2);
              assertThat(l.daysCredited()).isEqualTo(58);
            });
    assertThat(e.findings(FindingCode.VISIT_DURING_LEAVE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.visitIds()).containsExactly("V-1");
              assertThat(f.dates()).containsExactly(dates(date(3, 1), date(4, 27)));
              assertThat(f.facts())
                  .containsEntry("leaveKind", LeaveKind.SICK)
                  .containsEntry("resolution", io.github.dicoso.VisitDuringLeave.VISIT_COUNTS);
              assertThat(f.citation()).isEqualTo(NATIONAL.citation(Parameter.VISIT_DURING_LEAVE));
            });
  }

  /**
   * The parameter lets the leave win: the visit days on the leave are not credited, every day of
   * the leave reduces the requirement, and the visit is still reported.
   */
  @Test
  void evaluate_visitsDuringASickLeaveWhenTheLeaveWins_leaveReducesAndVisitIsReported() {
    Policy leaveWins =
        Policy.variantOf(NATIONAL)
            .name("leave-wins")
            .set(Parameter.VISIT_DURING_LEAVE, io.github.dicoso.VisitDuringLeave.LEAVE_COUNTS)
            .build();
    Leave sick = Fixtures.leave("O-1", LeaveKind.SICK, date(3, 1), date(4, 29));
    List<Visit> visits = List.of(visit("V-1", "O-1", date(3, 1), 58).build());

    Evaluation e = evaluateUnder(leaveWins, lan, visits, sick);

    assertThat(e.credited()).isEqualTo(Days.ZERO);
    assertThat(e.requirement().orElseThrow().daysAway()).isEqualTo(60);
    // 60 * 305 / 365 = 50.1 -> 51
    assertThat(e.required()).isEqualTo(Days.of(51));
    assertThat(e.ledger().entries().get(0).excludedDates())
        .containsExactly(
            Map.entry(Exclusion.DURING_LEAVE, List.of(dates(date(3, 1), date(4, 27)))));
    assertThat(e.findings(FindingCode.VISIT_DURING_LEAVE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.dates()).containsExactly(dates(date(3, 1), date(4, 27)));
              assertThat(f.facts())
                  .containsEntry("resolution", io.github.dicoso.VisitDuringLeave.LEAVE_COUNTS);
            });
  }

  @Test
  void evaluate_sameLeavesInAnyOrder_sameEvaluation() {
    Leave a =
        Leave.builder()
            .id("L-1")
            .officerId("O-1")
            .kind(LeaveKind.SICK)
            .start(date(3, 1))
            .end(date(4, 29))
            .build();
    Leave b =
        Leave.builder()
            .id("L-2")
            .officerId("O-1")
            .kind(LeaveKind.SICK)
            .start(date(3, 1))
            .end(date(4, 29))
            .build();
    Leave c = Fixtures.leave("O-1", LeaveKind.STUDY, date(2, 15), date(3, 20));
    List<Visit> visits = List.of(visit("V-1", "O-1", date(3, 10), 10).build());
    Policy sickExempts =
        Policy.variantOf(NATIONAL)
            .name("sick-1m")
            .set(
                Parameter.EXEMPTION_SICK,
                Optional.of(
                    io.github.dicoso.ExemptionThreshold.atLeast(java.time.Period.ofMonths(1))))
            .build();

    for (Policy p : List.of(NATIONAL, sickExempts)) {
      Evaluation forward = evaluateUnder(p, lan, visits, a, b, c);
      Evaluation backward = evaluateUnder(p, lan, visits, c, b, a);
      assertThat(backward).as(p.name()).isEqualTo(forward);
      assertThat(backward.findings()).as(p.name()).isEqualTo(forward.findings());
    }
    assertThat(evaluateUnder(sickExempts, lan, visits, b, c, a).exemption().orElseThrow().leaves())
        .containsExactly(a, b);
  }

  // --- tagging ---

  @Test
  void evaluate_untaggedVisitWithTagger_kindsSuggestedAndCredited() {
    Visit described =
        visit("V-1", "O-1", date(4, 1), 2)
            .kinds(List.of())
            .description("dự sinh hoạt chi đoàn thôn 2")
            .build();

    Evaluation e =
        evaluate(evaluator.withTagger(Fixtures.STUB_TAGGER), lan, List.of(described), List.of());

    assertThat(e.byKind()).containsEntry(KindOfWork.MEETING, Days.of(2));
    assertThat(e.ledger().entries().get(0).kinds()).containsExactly(KindOfWork.MEETING);
    assertThat(e.findings(FindingCode.NO_MEETING_DAY)).isEmpty();
    assertThat(e.findings(FindingCode.KINDS_SUGGESTED))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.facts())
                  .containsEntry("kinds", java.util.Set.of(KindOfWork.MEETING))
                  .containsEntry("phrase", "sinh hoạt");
            });
  }

  @Test
  void evaluate_untaggedVisitWithBuiltInTagger_meetingSuggestedWithPhrase() {
    Visit described =
        visit("V-1", "O-1", date(4, 1), 1)
            .kinds(List.of())
            .description("Dự sinh hoạt chi đoàn thôn 2")
            .build();

    Evaluation e =
        evaluate(
            evaluator.withTagger(io.github.dicoso.tagging.PhraseTagger.builtIn()),
            lan,
            List.of(described),
            List.of());

    assertThat(e.byKind()).containsKey(KindOfWork.MEETING);
    assertThat(e.findings(FindingCode.KINDS_SUGGESTED))
        .singleElement()
        .satisfies(f -> assertThat(f.facts()).containsKeys("phrase").containsEntry("visit", "V-1"));
  }

  @Test
  void evaluate_untaggedVisitMatchingNothing_creditedButUntagged() {
    Visit described =
        visit("V-1", "O-1", date(4, 1), 2)
            .kinds(List.of())
            .description("làm việc với huyện")
            .build();

    Evaluation e = evaluate(evaluator, lan, List.of(described), List.of());

    assertThat(e.credited()).isEqualTo(Days.of(2));
    assertThat(e.byKind()).isEmpty();
    assertThat(e.findings(FindingCode.UNTAGGED_VISIT))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  // --- inputs ---

  @Test
  void officerRecord_visitOfAnotherOfficer_throwsNamingTheVisit() {
    Visit other = visit("V-9", "O-2", date(4, 1), 1).build();

    assertThatThrownBy(() -> OfficerRecord.of(lan, List.of(other), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("O-1")
        .hasMessageContaining("V-9")
        .hasMessageContaining("O-2");
  }

  @Test
  void officerRecord_visitIdGivenTwice_isRefused() {
    Visit v = visit("V-1", "O-1", date(4, 1), 1).build();
    Visit sameId = visit("V-1", "O-1", date(5, 1), 1).build();

    assertThatThrownBy(() -> OfficerRecord.of(lan, List.of(v, sameId), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("visit id V-1 is given more than once");
  }

  @Test
  void evaluate_unboundedPeriod_throws() {
    OfficerRecord record = OfficerRecord.of(lan, List.of(), List.of());

    assertThatThrownBy(() -> evaluator.evaluate(record, LocalDateRange.ofUnboundedEnd(date(1, 1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bounded");
  }

  @Test
  void evaluate_sameInputTwice_equalValuesWithEqualToString() {
    List<Visit> visits = visitsTotalling("O-1", "V", 30);
    List<Visit> reversed = new ArrayList<>(visits);
    java.util.Collections.reverse(reversed);

    Evaluation first = evaluate(evaluator, lan, visits, List.of());
    Evaluation second = evaluate(evaluator, lan, reversed, List.of());

    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(second.toString()).isEqualTo(first.toString());
  }

  @Test
  void explanation_nonCompliant_stepsInRuleOrder() {
    Visit invited = visit("V-17", "O-1", date(5, 2), 1).invitedOnly(true).build();

    Evaluation e = evaluate(evaluator, lan, List.of(invited), List.of());

    assertThat(e.explanation().steps())
        .extracting(Step::rule)
        .containsExactly(
            Step.Rule.ELIGIBILITY,
            Step.Rule.REQUIREMENT,
            Step.Rule.ACCRUAL,
            Step.Rule.EXCLUSION,
            Step.Rule.MEETING_DAY,
            Step.Rule.STATUS);
    assertThat(e.explanation().steps().get(3).outcome()).isEqualTo(Exclusion.INVITED_ONLY);
    assertThat(e.explanation().steps().get(3).citations())
        .containsExactly(NATIONAL.citation(Parameter.COUNT_INVITED_ONLY));
    assertThat(e.explanation().status()).isEqualTo(Status.NON_COMPLIANT);
    assertThat(e.explanation().summary())
        .containsEntry("credited", Days.ZERO)
        .containsEntry("shortfall", Days.of(60));
  }

  // --- populations ---

  @Test
  void population_duplicateOfficerId_throwsNamingTheId() {
    List<Officer> twice = List.of(officer("O-7").build(), officer("O-7").build());

    assertThatThrownBy(() -> Population.of(twice, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("O-7");
  }

  @Test
  void population_duplicateRecords_throwsNamingTheId() {
    OfficerRecord r = OfficerRecord.of(officer("O-7").build(), List.of(), List.of());

    assertThatThrownBy(() -> Population.of(List.of(r, r)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("O-7");
  }

  @Test
  void population_visitIdOfTwoOfficers_throwsNamingTheId() {
    Officer hoa = officer("O-2").build();
    List<Visit> visits =
        List.of(
            visit("V-1", "O-1", date(4, 1), 1).build(), visit("V-1", "O-2", date(4, 1), 1).build());

    assertThatThrownBy(() -> Population.of(List.of(lan, hoa), visits, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("visit id V-1");
  }

  @Test
  void evaluateAll_visitsAndLeavesOfUnknownOfficer_reportedNotDropped() {
    Visit stray = visit("V-5", "O-404", date(4, 1), 2).build();
    Leave strayLeave = Fixtures.leave("O-404", LeaveKind.SICK, date(5, 1), date(5, 3));

    PopulationEvaluation p =
        evaluator.evaluateAll(
            Population.of(List.of(lan), List.of(stray), List.of(strayLeave)), Y2019);

    assertThat(p.evaluations()).containsOnlyKeys("O-1");
    assertThat(p.unmatchedVisits()).containsExactly(stray);
    assertThat(p.unmatchedLeaves()).containsExactly(strayLeave);
    assertThat(p.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.UNKNOWN_OFFICER);
              assertThat(f.severity()).isEqualTo(Severity.VIOLATION);
              assertThat(f.visitIds()).containsExactly("V-5");
              assertThat(f.officerId()).contains("O-404");
              assertThat(f.facts()).containsEntry("officer", "O-404").containsEntry("leaves", 1);
            });
  }

  @Test
  void evaluateAll_noVisitInThePeriod_reportedAsMissingData() {
    PopulationEvaluation p =
        evaluator.evaluateAll(
            Population.of(List.of(OfficerRecord.of(lan, List.of(), List.of()))), Y2019);

    assertThat(p.findings())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.code()).isEqualTo(FindingCode.NO_VISITS_IN_PERIOD);
              assertThat(f.officerId()).isEmpty();
              assertThat(f.dates()).containsExactly(p.period());
            });
  }

  @Test
  void evaluateAll_recordsAndFlatLists_agree() {
    Officer hoa = officer("O-2").build();
    List<Visit> lanVisits = visitsTotalling("O-1", "L", 60);
    List<Visit> hoaVisits = visitsTotalling("O-2", "H", 40);
    List<OfficerRecord> records =
        List.of(
            OfficerRecord.of(lan, lanVisits, List.of()),
            OfficerRecord.of(hoa, hoaVisits, List.of()));
    List<Visit> all = new ArrayList<>(hoaVisits);
    all.addAll(lanVisits);

    PopulationEvaluation fromRecords = evaluator.evaluateAll(Population.of(records), Y2019);
    PopulationEvaluation fromLists =
        evaluator.evaluateAll(Population.of(List.of(hoa, lan), all, List.of()), Y2019);

    assertThat(fromLists).isEqualTo(fromRecords);
    assertThat(fromRecords.evaluations().keySet()).containsExactly("O-1", "O-2");
    assertThat(fromRecords.evaluation("O-2").map(Evaluation::status))
        .contains(Status.NON_COMPLIANT);
    assertThat(fromRecords.evaluation("O-1"))
        .contains(evaluate(evaluator, lan, lanVisits, List.of()));
    assertThat(fromRecords.evaluation("O-9")).isEmpty();
  }

  @Test
  void evaluateYears_wholeHistories_oneEvaluationPerYear() {
    List<Visit> visits = new ArrayList<>(visitsTotalling("O-1", "V", 60));
    visits.add(visit("V-2020", "O-1", LocalDate.of(2020, 3, 2), 5).build());
    Population population = Population.of(List.of(OfficerRecord.of(lan, visits, List.of())));

    var years = evaluator.evaluateYears(population, Year.of(2019), Year.of(2020));

    assertThat(years.keySet()).containsExactly(Year.of(2019), Year.of(2020));
    assertThat(years.get(Year.of(2019)).evaluation("O-1").orElseThrow().status())
        .isEqualTo(Status.COMPLIANT);
    assertThat(years.get(Year.of(2020)).evaluation("O-1").orElseThrow().credited())
        .isEqualTo(Days.of(5));
    assertThat(years.get(Year.of(2020)).visitsOutsidePeriod()).isEqualTo(12);
    assertThatThrownBy(() -> evaluator.evaluateYears(population, Year.of(2020), Year.of(2019)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void evaluateAll_emptyPopulation_emptyEvaluations() {
    PopulationEvaluation p = evaluator.evaluateAll(Population.of(List.of()), Y2019);

    assertThat(p.evaluations()).isEmpty();
    assertThat(p.report("empty").inScope()).isZero();
  }

  @Test
  void toString_namesThePolicyAndTheReportDate() {
    assertThat(evaluator).hasToString("Evaluator[policy=national-2018, reportsAsOf=period end]");
    assertThat(evaluator.policy()).isSameAs(NATIONAL);
  }
}
