package io.github.dicoso.compliance;

import static io.github.dicoso.compliance.Fixtures.NATIONAL;
import static io.github.dicoso.compliance.Fixtures.Y2019;
import static io.github.dicoso.compliance.Fixtures.date;
import static io.github.dicoso.compliance.Fixtures.officer;
import static io.github.dicoso.compliance.Fixtures.visit;
import static io.github.dicoso.compliance.Fixtures.visitsTotalling;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.dicoso.CountingPeriod;
import io.github.dicoso.Days;
import io.github.dicoso.Policy;
import io.github.dicoso.PolicyParameter;
import io.github.dicoso.accrual.Exclusion;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.finding.Severity;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class EvaluatorTest {
  private final Evaluator evaluator = Evaluator.of(NATIONAL);
  private final Officer lan =
      officer("O-1").name("Nguyễn Thị Lan").department("Ban Tổ chức").build();

  private static Policy withReportDeadline(int days) {
    return Policy.builder().from(NATIONAL).name("report-deadline").reportDeadlineDays(days).build();
  }

  private static Policy briaVungTau() {
    return Policy.builder()
        .from(NATIONAL)
        .name("ba-ria-vung-tau")
        .putHostLevelMinimum(HostLevel.BRANCH, Days.of(30))
        .putHostLevelMinimum(HostLevel.COMMUNE, Days.of(20))
        .putHostLevelMinimum(HostLevel.DISTRICT, Days.of(10))
        .countWithoutTravelOrder(false)
        .build();
  }

  // --- statuses ---

  @Test
  void evaluate_sixtyDays_compliant() {
    Evaluation e = evaluator.evaluate(lan, Y2019, visitsTotalling("O-1", "V", 60), List.of());

    assertThat(e.status()).isEqualTo(Status.COMPLIANT);
    assertThat(e.required()).isEqualTo(Days.of(60));
    assertThat(e.credited()).isEqualTo(Days.of(60));
    assertThat(e.shortfall()).isEqualTo(Days.ZERO);
    assertThat(e.beyondRequirement()).isEqualTo(Days.ZERO);
    assertThat(e.byKind()).containsEntry(KindOfWork.MEETING, Days.of(60));
    assertThat(e.byHostLevel()).containsEntry(HostLevel.DISTRICT, Days.of(60));
    assertThat(e.hint()).isEmpty();
    assertThat(e.findings()).isEmpty();
  }

  @Test
  void evaluate_sixtyThreeDays_compliantWithDaysBeyond() {
    Evaluation e = evaluator.evaluate(lan, Y2019, visitsTotalling("O-1", "V", 63), List.of());

    assertThat(e.status()).isEqualTo(Status.COMPLIANT);
    assertThat(e.beyondRequirement()).isEqualTo(Days.of(3));
  }

  @Test
  void evaluate_fiftyTwoDays_nonCompliantWithShortfallAndHint() {
    Evaluation e = evaluator.evaluate(lan, Y2019, visitsTotalling("O-1", "V", 52), List.of());

    assertThat(e.status()).isEqualTo(Status.NON_COMPLIANT);
    assertThat(e.shortfall()).isEqualTo(Days.of(8));
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

    Evaluation e = evaluator.evaluate(partTime, Y2019, visits, List.of());

    assertThat(e.status()).isEqualTo(Status.NOT_SUBJECT);
    assertThat(e.required()).isEqualTo(Days.ZERO);
    assertThat(e.requirement()).isEmpty();
    assertThat(e.credited()).isEqualTo(Days.of(10));
    assertThat(e.ledger().entries()).hasSize(visits.size());
    assertThat(e.findings(FindingCode.NO_MEETING_DAY)).isEmpty();
    assertThat(e.hint()).isEmpty();
  }

  @Test
  void evaluate_maternityLeave_exempt() {
    Leave maternity = Fixtures.leave("O-1", LeaveKind.MATERNITY, date(3, 1), date(8, 31));

    Evaluation e = evaluator.evaluate(lan, Y2019, List.of(), List.of(maternity));

    assertThat(e.status()).isEqualTo(Status.EXEMPT);
    assertThat(e.exemptionReason()).contains(LeaveKind.MATERNITY);
    assertThat(e.required()).isEqualTo(Days.ZERO);
    assertThat(e.findings()).isEmpty();
  }

  @Test
  void evaluate_year_usesPolicyCountingPeriodInThatYear() {
    Policy quangTri =
        Policy.builder()
            .from(NATIONAL)
            .name("quang-tri-2020")
            .countingPeriod(CountingPeriod.of(MonthDay.of(3, 1), MonthDay.of(12, 31)))
            .build();
    Visit february = visit("V-1", "O-1", date(2, 27), 4).build();

    Evaluation e = Evaluator.of(quangTri).evaluate(lan, Y2019, List.of(february), List.of());

    assertThat(e.period()).isEqualTo(quangTri.countingPeriod().in(Y2019));
    assertThat(e.credited()).isEqualTo(Days.of(2));
    assertThat(e.findings(FindingCode.OUTSIDE_PERIOD))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.dates()).containsExactly(date(2, 27), date(2, 28));
              assertThat(f.citation())
                  .isEqualTo(quangTri.citation(PolicyParameter.COUNTING_PERIOD));
              assertThat(f.severity()).isEqualTo(Severity.INFO);
            });
  }

  // --- findings ---

  @Test
  void evaluate_invitedOnlyVisit_notCountedAndReported() {
    Visit invited = visit("V-17", "O-1", date(5, 2), 1).invitedOnly(true).build();

    Evaluation e = evaluator.evaluate(lan, Y2019, List.of(invited), List.of());

    assertThat(e.credited()).isEqualTo(Days.ZERO);
    assertThat(e.ledger().entries().get(0).exclusions()).containsExactly(Exclusion.INVITED_ONLY);
    assertThat(e.findings(FindingCode.INVITED_ONLY_NOT_COUNTED))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.visitIds()).containsExactly("V-17");
              assertThat(f.officerId()).contains("O-1");
              assertThat(f.citation())
                  .isEqualTo(NATIONAL.citation(PolicyParameter.COUNT_INVITED_ONLY));
            });
  }

  @Test
  void evaluate_unapprovedVisitUnderNational_countedAndReported() {
    Visit unapproved = visit("V-1", "O-1", date(4, 1), 3).approved(false).build();

    Evaluation e = evaluator.evaluate(lan, Y2019, List.of(unapproved), List.of());

    assertThat(e.credited()).isEqualTo(Days.of(3));
    assertThat(e.findings(FindingCode.UNAPPROVED_VISIT))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.arguments()).containsEntry("counted", "true");
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.citation())
                  .isEqualTo(NATIONAL.citation(PolicyParameter.COUNT_UNAPPROVED));
            });
  }

  @Test
  void evaluate_unapprovedVisitWhenPolicyCountsOnlyApproved_excludedAndReported() {
    Policy strict = Policy.builder().from(NATIONAL).name("strict").countUnapproved(false).build();
    Visit unapproved = visit("V-1", "O-1", date(4, 1), 3).approved(false).build();

    Evaluation e = Evaluator.of(strict).evaluate(lan, Y2019, List.of(unapproved), List.of());

    assertThat(e.credited()).isEqualTo(Days.ZERO);
    assertThat(e.findings(FindingCode.UNAPPROVED_VISIT))
        .singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsEntry("counted", "false"));
  }

  @Test
  void evaluate_visitWithoutTravelOrderUnderBriaVungTau_excludedAndReported() {
    Visit noOrder = visit("V-1", "O-1", date(4, 1), 2).travelOrder(false).build();

    Evaluation e = Evaluator.of(briaVungTau()).evaluate(lan, Y2019, List.of(noOrder), List.of());

    assertThat(e.credited()).isEqualTo(Days.ZERO);
    assertThat(e.findings(FindingCode.NO_TRAVEL_ORDER))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.arguments()).containsEntry("counted", "false");
              assertThat(f.citation())
                  .isEqualTo(briaVungTau().citation(PolicyParameter.COUNT_WITHOUT_TRAVEL_ORDER));
            });
  }

  @Test
  void evaluate_halfDayWhenPolicyGivesNoHalfDays_reported() {
    Policy noHalves =
        Policy.builder().from(NATIONAL).name("no-halves").halfDayCredit(false).build();
    Visit evening = visit("V-1", "O-1", date(4, 1), 1).halfDay(true).build();

    Evaluation e = Evaluator.of(noHalves).evaluate(lan, Y2019, List.of(evening), List.of());

    assertThat(e.credited()).isEqualTo(Days.ZERO);
    assertThat(e.findings(FindingCode.HALF_DAY_NOT_CREDITED))
        .singleElement()
        .satisfies(f -> assertThat(f.dates()).containsExactly(date(4, 1)));
  }

  @Test
  void evaluate_visitBeforeOfficerJoined_outsideServiceReported() {
    Officer joinedInJuly = officer("O-1").addServicePeriods(ServicePeriod.from(date(7, 1))).build();
    Visit spanning = visit("V-1", "O-1", date(6, 29), 4).build();

    Evaluation e = evaluator.evaluate(joinedInJuly, Y2019, List.of(spanning), List.of());

    assertThat(e.credited()).isEqualTo(Days.of(2));
    assertThat(e.requirement().get().reduced()).isTrue();
    assertThat(e.findings(FindingCode.OUTSIDE_SERVICE))
        .singleElement()
        .satisfies(f -> assertThat(f.dates()).containsExactly(date(6, 29), date(6, 30)));
  }

  @Test
  void evaluate_reportFiledAfterDeadline_reportLate() {
    Visit late = visit("V-1", "O-1", date(4, 1), 3).reportDate(date(4, 20)).build();

    Evaluation e =
        Evaluator.of(withReportDeadline(10)).evaluate(lan, Y2019, List.of(late), List.of());

    assertThat(e.findings(FindingCode.REPORT_LATE))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.arguments())
                  .containsEntry("due", "2019-04-13")
                  .containsEntry("daysLate", "7");
              assertThat(f.citation())
                  .isEqualTo(withReportDeadline(10).citation(PolicyParameter.REPORT_DEADLINE_DAYS));
            });
    assertThat(e.credited()).isEqualTo(Days.of(3));
  }

  @Test
  void evaluate_reportFiledOnDeadline_noFinding() {
    Visit onTime = visit("V-1", "O-1", date(4, 1), 3).reportDate(date(4, 13)).build();

    Evaluation e =
        Evaluator.of(withReportDeadline(10)).evaluate(lan, Y2019, List.of(onTime), List.of());

    assertThat(e.findings(FindingCode.REPORT_LATE)).isEmpty();
    assertThat(e.findings(FindingCode.REPORT_MISSING)).isEmpty();
  }

  @Test
  void evaluate_reportMissingAfterDeadline_reportMissingAsOfPeriodEnd() {
    Visit missing = visit("V-1", "O-1", date(4, 1), 3).build();
    Visit december = visit("V-2", "O-1", date(12, 27), 2).build();

    Evaluation e =
        Evaluator.of(withReportDeadline(10))
            .evaluate(lan, Y2019, List.of(missing, december), List.of());

    // V-2 is due on 2020-01-07, after the period's end: not yet missing
    assertThat(e.findings(FindingCode.REPORT_MISSING))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.visitIds()).containsExactly("V-1");
              assertThat(f.arguments())
                  .containsEntry("due", "2019-04-13")
                  .containsEntry("asOf", "2019-12-31");
            });
  }

  @Test
  void evaluate_reportsAsOfLaterDate_reportsDecemberVisitMissing() {
    Visit december = visit("V-2", "O-1", date(12, 27), 2).build();

    Evaluation e =
        Evaluator.of(withReportDeadline(10))
            .withReportsAsOf(java.time.LocalDate.of(2020, 2, 1))
            .evaluate(lan, Y2019, List.of(december), List.of());

    assertThat(e.findings(FindingCode.REPORT_MISSING))
        .singleElement()
        .satisfies(f -> assertThat(f.arguments()).containsEntry("due", "2020-01-07"));
  }

  @Test
  void evaluate_noReportDeadline_noReportFindings() {
    Visit noReport = visit("V-1", "O-1", date(4, 1), 3).build();

    Evaluation e = evaluator.evaluate(lan, Y2019, List.of(noReport), List.of());

    assertThat(e.findings())
        .extracting(Finding::code)
        .doesNotContain(FindingCode.REPORT_LATE, FindingCode.REPORT_MISSING);
  }

  @Test
  void evaluate_sixtyDistrictDaysUnderBriaVungTau_compliantButLevelMinimumsViolated() {
    Evaluation e =
        Evaluator.of(briaVungTau())
            .evaluate(lan, Y2019, visitsTotalling("O-1", "V", 60), List.of());

    assertThat(e.status()).isEqualTo(Status.COMPLIANT);
    assertThat(e.findings(FindingCode.HOST_LEVEL_MINIMUM_NOT_MET))
        .extracting(
            f -> f.arguments().get("level"), f -> f.arguments().get("missing"), Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("COMMUNE", "20", Severity.VIOLATION),
            org.assertj.core.groups.Tuple.tuple("BRANCH", "30", Severity.VIOLATION));
    assertThat(e.hint())
        .get()
        .satisfies(
            h -> {
              assertThat(h.binding()).isEqualTo(Hint.Binding.HOST_LEVEL);
              assertThat(h.moreDays()).isEqualTo(Days.of(50));
            });
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

    Evaluation e = Evaluator.of(briaVungTau()).evaluate(lan, Y2019, visits, List.of());

    assertThat(e.status()).isEqualTo(Status.NON_COMPLIANT);
    assertThat(e.shortfall()).isEqualTo(Days.of(5));
    assertThat(e.hint())
        .get()
        .satisfies(
            h -> {
              assertThat(h.hostLevelDeficits())
                  .containsExactlyEntriesOf(java.util.Map.of(HostLevel.BRANCH, Days.of(5)));
              assertThat(h.moreDays()).isEqualTo(Days.of(5));
              assertThat(h.binding()).isEqualTo(Hint.Binding.TOTAL);
            });
  }

  @Test
  void evaluate_halfYearOfService_minimumsReducedInProportion() {
    Officer fromJuly = officer("O-1").addServicePeriods(ServicePeriod.from(date(7, 1))).build();

    Evaluation e = Evaluator.of(briaVungTau()).evaluate(fromJuly, Y2019, List.of(), List.of());

    // 184 of 365 days: required 31; branch minimum 30 * 31/60 rounded up = 16
    assertThat(e.required()).isEqualTo(Days.of(60).scaledRoundingUp(184, 365));
    assertThat(e.findings(FindingCode.HOST_LEVEL_MINIMUM_NOT_MET))
        .filteredOn(f -> f.arguments().get("level").equals("BRANCH"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.arguments())
                    .containsEntry(
                        "minimum",
                        Days.of(30).scaledRoundingUp(e.required().halves(), 120).toString())
                    .containsEntry("policyMinimum", "30"));
  }

  @Test
  void evaluate_halfYearOfServiceWithScalingOff_minimumsKeptWhole() {
    Officer fromJuly = officer("O-1").addServicePeriods(ServicePeriod.from(date(7, 1))).build();
    Policy unscaled =
        Policy.builder()
            .from(briaVungTau())
            .name("unscaled")
            .minimumsScaleWithRequirement(false)
            .build();

    Evaluation e = Evaluator.of(unscaled).evaluate(fromJuly, Y2019, List.of(), List.of());

    assertThat(e.findings(FindingCode.HOST_LEVEL_MINIMUM_NOT_MET))
        .filteredOn(f -> f.arguments().get("level").equals("BRANCH"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.arguments())
                    .containsEntry("minimum", "30")
                    .containsEntry("policyMinimum", "30"));
  }

  @Test
  void evaluate_inspectionMinimumNotMet_kindMinimumViolationAndKindHint() {
    Policy inspection =
        Policy.builder()
            .from(NATIONAL)
            .name("inspection")
            .putKindMinimum(KindOfWork.INSPECTION, Days.of(10))
            .build();

    Evaluation e =
        Evaluator.of(inspection).evaluate(lan, Y2019, visitsTotalling("O-1", "V", 60), List.of());

    assertThat(e.status()).isEqualTo(Status.COMPLIANT);
    assertThat(e.findings(FindingCode.KIND_MINIMUM_NOT_MET))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.arguments())
                  .containsEntry("kind", "INSPECTION")
                  .containsEntry("missing", "10");
              assertThat(f.citation())
                  .isEqualTo(inspection.citation(PolicyParameter.KIND_MINIMUMS));
            });
    assertThat(e.hint())
        .get()
        .satisfies(
            h -> {
              assertThat(h.binding()).isEqualTo(Hint.Binding.KIND);
              assertThat(h.moreDays()).isEqualTo(Days.of(10));
            });
  }

  @Test
  void evaluate_noMeetingDay_warningCitingMeetingRule() {
    Visit thematic = visit("V-1", "O-1", date(4, 1), 3).kinds(List.of(KindOfWork.THEMATIC)).build();

    Evaluation e = evaluator.evaluate(lan, Y2019, List.of(thematic), List.of());

    assertThat(e.findings(FindingCode.NO_MEETING_DAY))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.WARNING);
              assertThat(f.citation())
                  .isEqualTo(NATIONAL.citation(PolicyParameter.MEETING_DAY_EXPECTED));
            });
  }

  @Test
  void evaluate_untaggedVisitWithTagger_kindsSuggestedAndCredited() {
    Visit described =
        visit("V-1", "O-1", date(4, 1), 2)
            .kinds(List.of())
            .description("dự sinh hoạt chi đoàn thôn 2")
            .build();

    Evaluation e =
        evaluator
            .withTagger(Fixtures.STUB_TAGGER)
            .evaluate(lan, Y2019, List.of(described), List.of());

    assertThat(e.byKind()).containsEntry(KindOfWork.MEETING, Days.of(2));
    assertThat(e.findings(FindingCode.NO_MEETING_DAY)).isEmpty();
    assertThat(e.findings(FindingCode.KINDS_SUGGESTED))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.severity()).isEqualTo(Severity.INFO);
              assertThat(f.arguments())
                  .containsEntry("kinds", "MEETING")
                  .containsEntry("phrase", "sinh hoạt")
                  .containsEntry("rule", "stub line 1");
            });
  }

  @Test
  void evaluate_untaggedVisitWithBuiltInTagger_meetingSuggestedWithPhraseAndRule() {
    Visit described =
        visit("V-1", "O-1", date(4, 1), 1)
            .kinds(List.of())
            .description("Dự sinh hoạt chi đoàn thôn 2")
            .build();

    Evaluation e =
        evaluator
            .withTagger(io.github.dicoso.tagging.PhraseTagger.builtIn())
            .evaluate(lan, Y2019, List.of(described), List.of());

    assertThat(e.byKind()).containsKey(KindOfWork.MEETING);
    assertThat(e.findings(FindingCode.KINDS_SUGGESTED))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.arguments())
                    .containsKeys("phrase", "rule")
                    .containsEntry("visit", "V-1"));
  }

  @Test
  void evaluate_untaggedVisitMatchingNothing_creditedButUntagged() {
    Visit described =
        visit("V-1", "O-1", date(4, 1), 2)
            .kinds(List.of())
            .description("làm việc với huyện")
            .build();

    Evaluation e = evaluator.evaluate(lan, Y2019, List.of(described), List.of());

    assertThat(e.credited()).isEqualTo(Days.of(2));
    assertThat(e.byKind()).isEmpty();
    assertThat(e.findings(FindingCode.UNTAGGED_VISIT))
        .singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void evaluate_visitOfAnotherOfficer_throwsNamingTheVisit() {
    Visit other = visit("V-9", "O-2", date(4, 1), 1).build();

    assertThatThrownBy(() -> evaluator.evaluate(lan, Y2019, List.of(other), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("V-9");
  }

  @Test
  void evaluate_unboundedPeriod_throws() {
    assertThatThrownBy(
            () ->
                evaluator.evaluate(
                    lan, LocalDateRange.ofUnboundedEnd(date(1, 1)), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void evaluate_sameInputTwice_equalValuesWithEqualToString() {
    List<Visit> visits = visitsTotalling("O-1", "V", 30);

    Evaluation first = evaluator.evaluate(lan, Y2019, visits, List.of());
    Evaluation second =
        evaluator.evaluate(lan, Y2019, ImmutableList.copyOf(visits).reverse(), List.of());

    assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
    assertThat(second.toString()).isEqualTo(first.toString());
  }

  @Test
  void explanation_nonCompliant_stepsInRuleOrder() {
    Visit invited = visit("V-17", "O-1", date(5, 2), 1).invitedOnly(true).build();

    Evaluation e = evaluator.evaluate(lan, Y2019, List.of(invited), List.of());

    assertThat(e.explanation().steps())
        .extracting(Step::rule)
        .containsExactly(
            Step.Rule.ELIGIBILITY,
            Step.Rule.REQUIREMENT,
            Step.Rule.ACCRUAL,
            Step.Rule.EXCLUSION,
            Step.Rule.MEETING_DAY,
            Step.Rule.STATUS);
    assertThat(e.explanation().steps().get(3).citations())
        .containsExactly(NATIONAL.citation(PolicyParameter.COUNT_INVITED_ONLY));
  }

  // --- populations ---

  @Test
  void evaluateAll_duplicateOfficerId_throwsNamingTheId() {
    List<Officer> twice = List.of(officer("O-7").build(), officer("O-7").build());

    assertThatThrownBy(() -> evaluator.evaluateAll(twice, List.of(), List.of(), Y2019))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("O-7");
  }

  @Test
  void evaluateAll_duplicateRecords_throwsNamingTheId() {
    OfficerRecord r = OfficerRecord.of(officer("O-7").build(), List.of(), List.of());

    assertThatThrownBy(() -> evaluator.evaluateAll(List.of(r, r), Y2019))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("O-7");
  }

  @Test
  void evaluateAll_visitsAndLeavesOfUnknownOfficer_reportedNotDropped() {
    Visit stray = visit("V-5", "O-404", date(4, 1), 2).build();
    Leave strayLeave = Fixtures.leave("O-404", LeaveKind.SICK, date(5, 1), date(5, 3));

    PopulationEvaluation p =
        evaluator.evaluateAll(List.of(lan), List.of(stray), List.of(strayLeave), Y2019);

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
              assertThat(f.arguments())
                  .containsEntry("officer", "O-404")
                  .containsEntry("leaves", "1");
            });
  }

  @Test
  void evaluateAll_streamIterableAndFlatLists_agree() {
    Officer hoa = officer("O-2").build();
    List<Visit> lanVisits = visitsTotalling("O-1", "L", 60);
    List<Visit> hoaVisits = visitsTotalling("O-2", "H", 40);
    List<OfficerRecord> records =
        List.of(
            OfficerRecord.of(lan, lanVisits, List.of()),
            OfficerRecord.of(hoa, hoaVisits, List.of()));
    List<Visit> all = new ArrayList<>(hoaVisits);
    all.addAll(lanVisits);

    PopulationEvaluation fromIterable = evaluator.evaluateAll(records, Y2019);
    PopulationEvaluation fromStream = evaluator.evaluateAll(records.stream(), Y2019);
    PopulationEvaluation fromLists =
        evaluator.evaluateAll(List.of(hoa, lan), all, List.of(), Y2019);

    assertThat(fromStream).isEqualTo(fromIterable);
    assertThat(fromLists).isEqualTo(fromIterable);
    assertThat(fromIterable.evaluation("O-2").map(Evaluation::status))
        .contains(Status.NON_COMPLIANT);
    assertThat(fromIterable.evaluation("O-1"))
        .contains(evaluator.evaluate(lan, Y2019, lanVisits, List.of()));
  }

  @Test
  void officerRecord_visitOfAnotherOfficer_throwsNamingBoth() {
    Visit other = visit("V-9", "O-2", date(4, 1), 1).build();

    assertThatThrownBy(() -> OfficerRecord.of(lan, List.of(other), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("O-1")
        .hasMessageContaining("V-9")
        .hasMessageContaining("O-2");
  }

  @Test
  void evaluateAll_emptyStream_emptyPopulation() {
    PopulationEvaluation p = evaluator.evaluateAll(Stream.<OfficerRecord>empty(), Y2019);

    assertThat(p.evaluations()).isEmpty();
    assertThat(p.report("empty").inScope()).isZero();
  }
}
