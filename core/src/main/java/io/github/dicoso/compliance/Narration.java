package io.github.dicoso.compliance;

import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.accrual.Exclusion;
import io.github.dicoso.accrual.VisitEntry;
import io.github.dicoso.eligibility.Eligibility;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.finding.Severity;
import io.github.dicoso.internal.Friends;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.requirement.Exemption;
import io.github.dicoso.requirement.MinimumCheck;
import io.github.dicoso.requirement.Requirement;
import io.github.dicoso.tagging.PhraseMatch;
import io.github.dicoso.tagging.Tagging;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.threeten.extra.LocalDateRange;

/**
 * Turns the typed outcomes of the rules into the steps of an explanation and into findings, each
 * citing its rule. One narration serves one evaluation; it is confined to one call.
 */
final class Narration {
  private final Policy policy;
  private final String officerId;
  private final LocalDateRange period;
  private final List<Step> steps = new ArrayList<>();
  private final List<Finding> visitFindings = new ArrayList<>();
  private final List<Finding> officerFindings = new ArrayList<>();

  Narration(Policy policy, String officerId, LocalDateRange period) {
    this.policy = policy;
    this.officerId = officerId;
    this.period = period;
  }

  List<Step> steps() {
    return List.copyOf(steps);
  }

  List<Finding> findings() {
    List<Finding> all = new ArrayList<>(visitFindings);
    all.addAll(officerFindings);
    return List.copyOf(all);
  }

  void eligibility(Eligibility e) {
    step(
        Step.Rule.ELIGIBILITY,
        e.reason(),
        facts(
            "level", e.level(),
            "employment", e.employment(),
            "committeeMember", e.committeeMember(),
            "period", period),
        List.of(e.citation()));
  }

  void exemption(Exemption x) {
    step(
        Step.Rule.EXEMPTION,
        Status.EXEMPT,
        facts(
            "leaveKind", x.kind(),
            "leaveDates", x.leaveDates(),
            "leaveDays", x.days(),
            "measured", x.measured(),
            "threshold", x.threshold().toString()),
        List.of(x.citation()));
  }

  void requirement(Requirement r) {
    step(
        Step.Rule.REQUIREMENT,
        r.reduced() ? Step.Outcome.REDUCED : Step.Outcome.FULL,
        facts(
            "required", r.required(),
            "quota", r.quota(),
            "serviceDays", r.serviceDays(),
            "periodDays", r.periodDays(),
            "daysAway", r.daysAway(),
            "proRating", r.proRating()),
        r.citations());
  }

  void accrual(DayLedger ledger, List<VisitEntry> entries) {
    long creditedVisits = entries.stream().filter(VisitEntry::credited).count();
    long datesCredited = entries.stream().mapToLong(VisitEntry::creditedDays).sum();
    step(
        Step.Rule.ACCRUAL,
        Step.Outcome.CREDITED,
        facts(
            "credited",
            ledger.credited(),
            "visits",
            entries.size(),
            "creditedVisits",
            creditedVisits,
            "overlaps",
            datesCredited - ledger.creditedDateCount()),
        List.of(policy.citation(Parameter.COUNTING_PERIOD)));
  }

  /** The exclusions of one visit, its evidence findings, and its tagging. */
  void visit(VisitEntry entry, Optional<Tagging> tagging) {
    Visit v = entry.visit();
    entry
        .excludedDates()
        .forEach(
            (reason, dates) ->
                step(
                    Step.Rule.EXCLUSION,
                    reason,
                    facts(
                        "visit", v.id(),
                        "dates", dates,
                        "days", dates.stream().mapToLong(LocalDateRange::lengthInDays).sum()),
                    List.of(reason.citation(policy))));
    List<LocalDateRange> all = List.of(v.dates());
    if (entry.exclusions().contains(Exclusion.INVITED_ONLY)) {
      visitFinding(FindingCode.INVITED_ONLY_NOT_COUNTED, Exclusion.INVITED_ONLY, v, all);
    }
    if (!v.approved()) {
      visitFinding(
          FindingCode.UNAPPROVED_VISIT,
          policy.citation(Parameter.COUNT_UNAPPROVED),
          v,
          all,
          "counted",
          policy.get(Parameter.COUNT_UNAPPROVED));
    }
    if (!v.travelOrder()) {
      visitFinding(
          FindingCode.NO_TRAVEL_ORDER,
          policy.citation(Parameter.COUNT_WITHOUT_TRAVEL_ORDER),
          v,
          all,
          "counted",
          policy.get(Parameter.COUNT_WITHOUT_TRAVEL_ORDER));
    }
    List<LocalDateRange> halfDay = entry.excludedDates().get(Exclusion.HALF_DAY_NOT_CREDITED);
    if (halfDay != null) {
      visitFinding(FindingCode.HALF_DAY_NOT_CREDITED, Exclusion.HALF_DAY_NOT_CREDITED, v, halfDay);
    }
    List<LocalDateRange> outside = entry.excludedDates().get(Exclusion.OUTSIDE_PERIOD);
    if (outside != null) {
      visitFinding(
          FindingCode.OUTSIDE_PERIOD,
          Exclusion.OUTSIDE_PERIOD.citation(policy),
          v,
          outside,
          "period",
          period);
    }
    List<LocalDateRange> service = entry.excludedDates().get(Exclusion.OUTSIDE_SERVICE);
    if (service != null) {
      visitFinding(FindingCode.OUTSIDE_SERVICE, Exclusion.OUTSIDE_SERVICE, v, service);
    }
    if (entry.credited() && tagging.isPresent()) {
      tagged(v, entry.creditedDates(), tagging.get());
    }
  }

  private void tagged(Visit v, List<LocalDateRange> dates, Tagging tagging) {
    Citation citation = policy.document().orElse(policy.citation(Parameter.REQUIRED_DAYS));
    if (tagging.unclassified()) {
      step(
          Step.Rule.TAGGING,
          Step.Outcome.UNTAGGED,
          facts("visit", v.id(), "description", v.description()),
          List.of(citation));
      visitFinding(FindingCode.UNTAGGED_VISIT, citation, v, dates, "description", v.description());
      return;
    }
    String phrases =
        tagging.matches().stream().map(PhraseMatch::phrase).collect(Collectors.joining("; "));
    step(
        Step.Rule.TAGGING,
        Step.Outcome.SUGGESTED,
        facts("visit", v.id(), "kinds", tagging.kinds(), "phrase", phrases),
        List.of(citation));
    visitFinding(
        FindingCode.KINDS_SUGGESTED,
        citation,
        v,
        dates,
        "kinds",
        tagging.kinds(),
        "phrase",
        phrases);
  }

  void duringLeave(Visit v, List<LocalDateRange> dates, Leave leave) {
    visitFinding(
        FindingCode.VISIT_DURING_LEAVE,
        policy.citation(Parameter.VISIT_DURING_LEAVE),
        v,
        dates,
        "leaveKind",
        leave.kind(),
        "leave",
        leave.label(),
        "resolution",
        policy.get(Parameter.VISIT_DURING_LEAVE));
  }

  void report(Visit v, ReportCheck check) {
    if (check.outcome() == ReportCheck.Outcome.LATE) {
      LocalDate filed = check.filed().orElseThrow();
      visitFinding(
          FindingCode.REPORT_LATE,
          check.citation(),
          v,
          List.of(LocalDateRange.ofClosed(filed, filed)),
          "due",
          check.due(),
          "filed",
          filed,
          "daysLate",
          ChronoUnit.DAYS.between(check.due(), filed),
          "deadlineDays",
          check.deadlineDays());
    } else if (check.outcome() == ReportCheck.Outcome.MISSING) {
      visitFinding(
          FindingCode.REPORT_MISSING,
          check.citation(),
          v,
          List.of(LocalDateRange.ofClosed(check.due(), check.due())),
          "due",
          check.due(),
          "asOf",
          check.asOf(),
          "deadlineDays",
          check.deadlineDays());
    }
  }

  void reports(List<ReportCheck> checks, int deadlineDays, LocalDate asOf) {
    step(
        Step.Rule.REPORTS,
        Step.Outcome.CHECKED,
        facts(
            "deadlineDays",
            deadlineDays,
            "late",
            checks.stream().filter(c -> c.outcome() == ReportCheck.Outcome.LATE).count(),
            "missing",
            checks.stream().filter(c -> c.outcome() == ReportCheck.Outcome.MISSING).count(),
            "asOf",
            asOf),
        List.of(policy.citation(Parameter.REPORT_DEADLINE_DAYS)));
  }

  void minimum(MinimumCheck m) {
    boolean level = m.target() instanceof HostLevel;
    Map<String, Object> facts =
        facts(
            "target", m.target(),
            "credited", m.credited(),
            "minimum", m.minimum(),
            "policyMinimum", m.policyMinimum(),
            "missing", m.missing());
    step(
        level ? Step.Rule.HOST_LEVEL_MINIMUM : Step.Rule.KIND_MINIMUM,
        m.met() ? Step.Outcome.MET : Step.Outcome.NOT_MET,
        facts,
        List.of(m.citation()));
    if (!m.met()) {
      Map<String, Object> findingFacts = new LinkedHashMap<>(facts);
      findingFacts.put("period", period);
      FindingCode code =
          level ? FindingCode.HOST_LEVEL_MINIMUM_NOT_MET : FindingCode.KIND_MINIMUM_NOT_MET;
      officerFindings.add(
          finding(
              code,
              m.binding() ? code.defaultSeverity() : Severity.WARNING,
              m.citation(),
              List.of(),
              List.of(),
              findingFacts));
    }
  }

  void meetingDay(Days meetingDays) {
    Citation citation = policy.citation(Parameter.MEETING_DAY_EXPECTED);
    step(
        Step.Rule.MEETING_DAY,
        meetingDays.isZero() ? Step.Outcome.NOT_MET : Step.Outcome.MET,
        facts("meetingDays", meetingDays),
        List.of(citation));
    if (meetingDays.isZero()) {
      officerFindings.add(
          finding(
              FindingCode.NO_MEETING_DAY,
              FindingCode.NO_MEETING_DAY.defaultSeverity(),
              citation,
              List.of(),
              List.of(),
              facts("period", period)));
    }
  }

  void status(StatusDecision d) {
    Map<String, Object> facts = facts("credited", d.credited(), "required", d.required());
    if (!d.unmetMinimums().isEmpty()) {
      MinimumCheck first = d.unmetMinimums().get(0);
      facts.put("binding", first.target());
    }
    step(Step.Rule.STATUS, d.reason(), facts, List.of(d.citation()));
  }

  private void visitFinding(
      FindingCode code, Exclusion exclusion, Visit v, List<LocalDateRange> d) {
    visitFinding(code, exclusion.citation(policy), v, d);
  }

  private void visitFinding(
      FindingCode code, Citation citation, Visit v, List<LocalDateRange> dates, Object... more) {
    Map<String, Object> facts = facts("visit", v.id(), "dates", dates);
    for (int i = 0; i < more.length; i += 2) {
      facts.put((String) more[i], more[i + 1]);
    }
    visitFindings.add(
        finding(code, code.defaultSeverity(), citation, List.of(v.id()), dates, facts));
  }

  private Finding finding(
      FindingCode code,
      Severity severity,
      Citation citation,
      List<String> visitIds,
      List<LocalDateRange> dates,
      Map<String, Object> facts) {
    return Friends.create(
        Finding.class, code, severity, citation, Optional.of(officerId), visitIds, dates, facts);
  }

  private void step(Step.Rule rule, Enum<?> outcome, Map<String, Object> facts, List<Citation> c) {
    steps.add(Step.create(rule, outcome, facts, c));
  }

  /** Named facts in the order given: name, value, name, value... */
  static Map<String, Object> facts(Object... namesAndValues) {
    Map<String, Object> facts = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      facts.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return facts;
  }
}
