package io.github.dicoso.examples.cli;

import io.github.dicoso.Days;
import io.github.dicoso.Policy;
import io.github.dicoso.PolicyParameter;
import io.github.dicoso.accrual.AccrualRule;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.accrual.Exclusion;
import io.github.dicoso.accrual.VisitEntry;
import io.github.dicoso.eligibility.Eligibility;
import io.github.dicoso.eligibility.EligibilityRule;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.requirement.Requirement;
import io.github.dicoso.requirement.RequirementRule;
import io.github.dicoso.tagging.PhraseTagger;
import io.github.dicoso.tagging.Tagger;
import io.github.dicoso.tagging.Tagging;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.threeten.extra.LocalDateRange;

/**
 * Runs the rule over a data set and shapes the result for the outputs.
 *
 * <p>Interim: until the library's annual evaluation is available, this applies the foundation
 * rules (eligibility, requirement, accrual) directly and derives the status and the findings the
 * ledger shows. It is replaced by the library's evaluator and unit report.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Evaluations {
  private static final Tagger TAGGER = PhraseTagger.builtIn();

  private Evaluations() {}

  /** Evaluates every officer of {@code data} in {@code year} under {@code policy}. */
  static RunReport evaluate(Policy policy, Year year, Dataset data, Labels labels, Progress progress) {
    LocalDateRange period = policy.countingPeriod().in(year);
    Map<String, Officer> officers = data.officersById();
    Map<String, List<Visit>> visitsByOfficer = new HashMap<>();
    List<RunReport.ExcludedVisit> excludedVisits = new ArrayList<>();
    for (Visit v : data.visits()) {
      if (officers.containsKey(v.officerId())) {
        visitsByOfficer.computeIfAbsent(v.officerId(), k -> new ArrayList<>()).add(v);
      }
    }
    Map<String, List<Leave>> leavesByOfficer = new HashMap<>();
    List<RunReport.ExcludedLeave> excludedLeaves = new ArrayList<>();
    for (Leave l : data.leaves()) {
      if (officers.containsKey(l.officerId())) {
        leavesByOfficer.computeIfAbsent(l.officerId(), k -> new ArrayList<>()).add(l);
      } else {
        excludedLeaves.add(new RunReport.ExcludedLeave(
            l.officerId(), l.kind().name(), l.start(), l.end(), FindingCode.UNKNOWN_OFFICER.name()));
      }
    }
    progress.step(String.format("evaluating %,d officers", officers.size()));

    List<RunReport.OfficerResult> results = new ArrayList<>();
    Map<String, RunReport.ExcludedVisit> excludedById = new HashMap<>();
    Set<String> hostUnits = new HashSet<>();
    Map<String, Integer> exemptByReason = new TreeMap<>();
    int subject = 0;
    int exempt = 0;
    int compliant = 0;
    int nonCompliant = 0;
    Days total = Days.ZERO;
    for (Officer officer : officers.values()) {
      List<Visit> visits = visitsByOfficer.getOrDefault(officer.id(), List.of());
      Eligibility eligibility = EligibilityRule.assess(policy, officer, period);
      Requirement requirement =
          RequirementRule.assess(policy, officer, period, leavesByOfficer.getOrDefault(officer.id(), List.of()));
      Map<String, Tagging> taggings = new HashMap<>();
      for (Visit v : visits) {
        if (v.kinds().isEmpty()) {
          taggings.put(v.id(), TAGGER.tag(v.description()));
        }
      }
      DayLedger ledger = AccrualRule.ledger(policy, officer, period, visits,
          v -> v.kinds().isEmpty() ? taggings.get(v.id()).kinds() : v.kinds());
      hostUnits.addAll(ledger.hostUnits());
      for (VisitEntry entry : ledger.entries()) {
        if (entry.outcome() == VisitEntry.Outcome.EXCLUDED) {
          Exclusion reason = entry.exclusions().iterator().next();
          excludedById.put(entry.visit().id(), new RunReport.ExcludedVisit(
              entry.visit().id(), officer.id(), reason.name(),
              reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                  + " (" + policy.citation(reason.parameter()).shortForm() + ")"));
        }
      }
      String status;
      String reason;
      Days required = requirement.required();
      Days credited = ledger.credited();
      List<RunReport.FindingLine> findings = new ArrayList<>();
      if (!eligibility.subject()) {
        status = "NOT_SUBJECT";
        reason = eligibility.reason().name();
        required = Days.ZERO;
      } else if (requirement.exempt()) {
        subject++;
        exempt++;
        status = "EXEMPT";
        String kind = requirement.exemption().orElseThrow().kind().name();
        exemptByReason.merge(kind, 1, Integer::sum);
        LocalDateRange away = requirement.exemption().orElseThrow().leaveDates();
        reason = kind + " " + away.getStart() + ".." + away.getEndInclusive();
      } else {
        subject++;
        findings = findings(policy, ledger, taggings);
        if (credited.isAtLeast(required)) {
          compliant++;
          status = "COMPLIANT";
        } else {
          nonCompliant++;
          status = "NON_COMPLIANT";
        }
        total = total.plus(credited);
        reason = "";
      }
      ResultRow row = new ResultRow(
          officer.id(), status, required, credited, required.minusFloorZero(credited),
          ledger.byKind(), ledger.byHostLevel(),
          findings.stream().map(RunReport.FindingLine::code).toList());
      String explanation = status + ": " + credited + " of " + required + " required days credited"
          + (reason.isEmpty() ? "" : " (" + reason + ")") + ". " + policy.citation(PolicyParameter.REQUIRED_DAYS);
      List<RunReport.VisitOutcome> outcomes = ledger.entries().stream()
          .map(e -> new RunReport.VisitOutcome(
              e.visit().id(), e.outcome().name(), e.creditedDates().size(),
              e.exclusions().stream().map(Exclusion::name).toList()))
          .toList();
      results.add(new RunReport.OfficerResult(
          row, officer.name(), officer.department(), reason, findings, outcomes, explanation));
    }
    for (Visit v : data.visits()) {
      if (!officers.containsKey(v.officerId())) {
        excludedById.put(v.id(), new RunReport.ExcludedVisit(
            v.id(), v.officerId(), FindingCode.UNKNOWN_OFFICER.name(),
            "officer " + v.officerId() + " is not in the officers file"));
      }
    }
    for (Visit v : data.visits()) {
      RunReport.ExcludedVisit e = excludedById.get(v.id());
      if (e != null) {
        excludedVisits.add(e);
      }
    }
    int evaluated = compliant + nonCompliant;
    RunReport.Summary summary = new RunReport.Summary(
        officers.size(), subject, exempt, exemptByReason, evaluated, compliant, nonCompliant,
        evaluated == 0 ? Optional.empty()
            : Optional.of(BigDecimal.valueOf(compliant).divide(BigDecimal.valueOf(evaluated), 4, RoundingMode.HALF_UP)),
        total,
        evaluated == 0 ? Optional.empty()
            : Optional.of(total.toBigDecimal().divide(BigDecimal.valueOf(evaluated), 2, RoundingMode.HALF_UP)),
        hostUnits.size());
    return new RunReport(
        policy.name(), policy.document().shortForm(), year.getValue(), period, results, summary,
        excludedVisits, excludedLeaves);
  }

  private static List<RunReport.FindingLine> findings(
      Policy policy, DayLedger ledger, Map<String, Tagging> taggings) {
    List<RunReport.FindingLine> findings = new ArrayList<>();
    for (VisitEntry entry : ledger.entries()) {
      Visit v = entry.visit();
      if (entry.exclusions().contains(Exclusion.INVITED_ONLY)) {
        findings.add(line(policy, FindingCode.INVITED_ONLY_NOT_COUNTED, PolicyParameter.COUNT_INVITED_ONLY,
            "visit " + v.id() + " was made only as an invited guest and does not count", v));
      }
      if (entry.credited() && !v.approved()) {
        findings.add(line(policy, FindingCode.UNAPPROVED_VISIT, PolicyParameter.COUNT_UNAPPROVED,
            "visit " + v.id() + " was not registered and approved", v));
      }
      if (entry.credited() && !v.travelOrder()) {
        findings.add(line(policy, FindingCode.NO_TRAVEL_ORDER, PolicyParameter.COUNT_WITHOUT_TRAVEL_ORDER,
            "visit " + v.id() + " has no travel order", v));
      }
      Tagging tagging = taggings.get(v.id());
      if (entry.credited() && tagging != null) {
        findings.add(tagging.unclassified()
            ? line(policy, FindingCode.UNTAGGED_VISIT, PolicyParameter.KIND_MINIMUMS,
                "visit " + v.id() + " names no kind of work and its description matched no phrase", v)
            : line(policy, FindingCode.KINDS_SUGGESTED, PolicyParameter.KIND_MINIMUMS,
                "visit " + v.id() + " names no kind of work; " + tagging.kinds() + " suggested from '"
                    + tagging.matches().get(0).phrase() + "'", v));
      }
      if (entry.exclusions().contains(Exclusion.OUTSIDE_SERVICE)) {
        findings.add(line(policy, FindingCode.OUTSIDE_SERVICE, PolicyParameter.PRO_RATING,
            "visit " + v.id() + " has dates outside the officer's service", v));
      }
    }
    if (policy.meetingDayExpected() && ledger.daysOf(KindOfWork.MEETING).isZero()) {
      findings.add(new RunReport.FindingLine(FindingCode.NO_MEETING_DAY.name(),
          FindingCode.NO_MEETING_DAY.defaultSeverity().name(), "no branch-meeting day in the period", List.of(),
          policy.citation(PolicyParameter.MEETING_DAY_EXPECTED).shortForm()));
    }
    return findings;
  }

  private static RunReport.FindingLine line(
      Policy policy, FindingCode code, PolicyParameter parameter, String message, Visit visit) {
    return new RunReport.FindingLine(code.name(), code.defaultSeverity().name(), message, List.of(visit.id()),
        policy.citation(parameter).shortForm());
  }
}
