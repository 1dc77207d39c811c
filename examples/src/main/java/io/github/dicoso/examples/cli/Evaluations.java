package io.github.dicoso.examples.cli;

import io.github.dicoso.Citation;
import io.github.dicoso.Policy;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.accrual.Exclusion;
import io.github.dicoso.accrual.VisitEntry;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.compliance.Status;
import io.github.dicoso.compliance.UnitReport;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.requirement.Exemption;
import io.github.dicoso.requirement.LeaveEntry;
import io.github.dicoso.requirement.LeaveOutcome;
import io.github.dicoso.tagging.PhraseTagger;
import io.github.dicoso.visit.Visit;
import java.time.Year;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.threeten.extra.LocalDateRange;

/**
 * Runs the library's annual evaluation over a data set and shapes the result for the outputs: one
 * {@link RunReport.OfficerResult} per officer in input order, the unit summary from the library's
 * {@link UnitReport}, and every visit and leave that earned nothing with its reason.
 *
 * <p>Visits that name no kind of work are tagged from their description with the library's built-in
 * phrase list ({@link PhraseTagger#builtIn()}).
 *
 * <p>This class is stateless and thread-safe.
 */
final class Evaluations {

  private Evaluations() {}

  /** The evaluator the tool uses for {@code policy}. */
  static Evaluator evaluator(Policy policy) {
    return Evaluator.of(policy);
  }

  /** Evaluates every officer of {@code data} in {@code year} under {@code policy}. */
  static RunReport evaluate(
      Policy policy, Year year, Dataset data, String unitName, Labels labels, Progress progress) {
    progress.step(String.format("evaluating %,d officers", data.officers().size()));
    PopulationEvaluation population =
        evaluator(policy)
            .evaluateAll(Population.of(data.officers(), data.visits(), data.leaves()), year);
    UnitReport unit = population.report(unitName);
    Locale locale = labels.locale();

    List<RunReport.OfficerResult> results = new ArrayList<>(data.officers().size());
    List<Evaluation> evaluations = new ArrayList<>(data.officers().size());
    Map<String, RunReport.ExcludedVisit> excludedById = new HashMap<>();
    for (Officer officer : data.officers()) {
      Evaluation e = population.evaluation(officer.id()).orElseThrow();
      results.add(result(e, locale));
      evaluations.add(e);
      for (VisitEntry entry : e.ledger().entries()) {
        if (entry.outcome() == VisitEntry.Outcome.EXCLUDED) {
          Exclusion reason = entry.exclusions().iterator().next();
          String detail =
              e.findings().stream()
                  .filter(f -> f.visitIds().contains(entry.visit().id()))
                  .findFirst()
                  .map(f -> message(f, locale))
                  .orElse(reason.name());
          excludedById.put(
              entry.visit().id(),
              new RunReport.ExcludedVisit(entry.visit().id(), officer.id(), reason.name(), detail));
        }
      }
    }
    Map<String, String> unknownOfficers = new HashMap<>();
    for (Finding f : population.findings()) {
      if (f.code() == FindingCode.UNKNOWN_OFFICER) {
        f.officerId().ifPresent(id -> unknownOfficers.put(id, message(f, locale)));
      }
    }
    for (Visit v : population.unmatchedVisits()) {
      excludedById.put(
          v.id(),
          new RunReport.ExcludedVisit(
              v.id(),
              v.officerId(),
              FindingCode.UNKNOWN_OFFICER.name(),
              unknownOfficers.getOrDefault(v.officerId(), FindingCode.UNKNOWN_OFFICER.name())));
    }
    List<RunReport.ExcludedVisit> excludedVisits = new ArrayList<>();
    List<Visit> unknownOfficerVisits = new ArrayList<>();
    List<Visit> outsidePeriodVisits = new ArrayList<>();
    LocalDateRange period = population.period();
    for (Visit v : data.visits()) {
      if (population.evaluation(v.officerId()).isEmpty()) {
        unknownOfficerVisits.add(v);
      } else if (!v.dates().overlaps(period)) {
        // no evaluation holds a visit wholly outside the period (it only counts it): say so here
        outsidePeriodVisits.add(v);
        excludedById.put(
            v.id(),
            new RunReport.ExcludedVisit(
                v.id(),
                v.officerId(),
                Exclusion.OUTSIDE_PERIOD.name(),
                Vocabulary.label(Exclusion.OUTSIDE_PERIOD, locale)
                    + " "
                    + period.getStart()
                    + ".."
                    + period.getEndInclusive()));
      }
      RunReport.ExcludedVisit excluded = excludedById.get(v.id());
      if (excluded != null) {
        excludedVisits.add(excluded);
      }
    }
    List<RunReport.ExcludedLeave> excludedLeaves = new ArrayList<>();
    for (Leave l : population.unmatchedLeaves()) {
      excludedLeaves.add(
          new RunReport.ExcludedLeave(
              l.officerId(),
              l.kind().name(),
              l.start(),
              l.end(),
              FindingCode.UNKNOWN_OFFICER.name()));
    }
    return new RunReport(
        policy.name(),
        policy.document().orElse(Citation.draft(policy.name())).shortForm(),
        year.getValue(),
        population.period(),
        results,
        summary(unit),
        unit.render(locale),
        excludedVisits,
        excludedLeaves,
        accountLeaves(data, population),
        evaluations,
        unit,
        unknownOfficerVisits,
        outsidePeriodVisits);
  }

  /**
   * What became of every leave of the input, in input order: the library's account of it in its
   * officer's evaluation; {@code OUTSIDE_PERIOD} for a leave wholly outside the period (which the
   * evaluation leaves out); {@code UNKNOWN_OFFICER} for an officer not in the officers file.
   *
   * @throws IllegalStateException if a leave is in none of these, rather than leave it out
   */
  static List<RunReport.AccountedLeave> accountLeaves(
      Dataset data, PopulationEvaluation population) {
    Map<Leave, Deque<LeaveEntry>> entries = new HashMap<>();
    for (Evaluation e : population.evaluations().values()) {
      for (LeaveEntry entry : e.leaves()) {
        entries.computeIfAbsent(entry.leave(), l -> new ArrayDeque<>()).add(entry);
      }
    }
    List<RunReport.AccountedLeave> accounted = new ArrayList<>(data.leaves().size());
    for (int i = 0; i < data.leaves().size(); i++) {
      Leave leave = data.leaves().get(i);
      long line = data.leaveLines().get(i);
      Deque<LeaveEntry> queue = entries.get(leave);
      LeaveEntry entry = queue == null ? null : queue.poll();
      boolean applied = entry != null && entry.applied();
      String outcome;
      if (entry != null) {
        outcome = entry.outcome().name();
      } else if (population.evaluation(leave.officerId()).isEmpty()) {
        outcome = FindingCode.UNKNOWN_OFFICER.name();
      } else if (!leave.dates().overlaps(population.period())) {
        outcome = LeaveOutcome.OUTSIDE_PERIOD.name();
      } else {
        throw new IllegalStateException(
            "the evaluation does not account for the leave on line " + line + ": " + leave);
      }
      accounted.add(
          new RunReport.AccountedLeave(
              line,
              leave.officerId(),
              leave.kind().name(),
              leave.start(),
              leave.end(),
              applied,
              outcome,
              entry == null ? 0 : entry.daysAway(),
              leave));
    }
    return accounted;
  }

  private static RunReport.OfficerResult result(Evaluation e, Locale locale) {
    List<RunReport.FindingLine> findings = new ArrayList<>();
    for (Finding f : e.findings()) {
      findings.add(
          new RunReport.FindingLine(
              f.code().name(),
              f.severity().name(),
              message(f, locale),
              f.visitIds(),
              Vocabulary.citation(f.citation(), locale)));
    }
    List<RunReport.VisitOutcome> visits = new ArrayList<>();
    for (VisitEntry entry : e.ledger().entries()) {
      visits.add(
          new RunReport.VisitOutcome(
              entry.visit().id(),
              entry.outcome().name(),
              Math.toIntExact(entry.creditedDays()),
              entry.exclusions().stream().map(Exclusion::name).toList()));
    }
    ResultRow row =
        new ResultRow(
            e.officerId(),
            e.officerName(),
            e.department(),
            e.status().name(),
            statusReason(e),
            e.required(),
            e.credited(),
            e.shortfall(),
            e.byKind(),
            e.byHostLevel(),
            e.findings().stream().map(f -> f.code().name()).toList());
    return new RunReport.OfficerResult(
        row, e.officerName(), e.department(), reason(e), findings, visits);
  }

  /**
   * Why an officer is not held to the requirement, as a code: the eligibility reason of an officer
   * not subject, the kind of the exempting leave; empty for an officer held to it.
   */
  private static String statusReason(Evaluation e) {
    return switch (e.status()) {
      case NOT_SUBJECT -> e.eligibility().reason().name();
      case EXEMPT -> e.exemptionReason().map(Enum::name).orElse("");
      case COMPLIANT, NON_COMPLIANT -> "";
    };
  }

  /** Why an officer is not held to the requirement: the eligibility reason or the exemption. */
  private static String reason(Evaluation e) {
    if (e.status() == Status.NOT_SUBJECT) {
      return e.eligibility().reason().name();
    }
    if (e.status() == Status.EXEMPT) {
      Exemption x = e.exemption().orElseThrow();
      return x.kind().name()
          + " "
          + x.leaveDates().getStart()
          + ".."
          + x.leaveDates().getEndInclusive();
    }
    return "";
  }

  /**
   * A finding's message with its citation in the run's language, without the severity that {@link
   * Finding#render} puts first (the outputs show it separately).
   */
  private static String message(Finding f, Locale locale) {
    String text = f.message(locale);
    String body = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    return body + " (" + Vocabulary.citation(f.citation(), locale) + ").";
  }

  private static RunReport.Summary summary(UnitReport unit) {
    Map<String, Integer> exemptByReason = new TreeMap<>();
    unit.exemptByReason().forEach((kind, n) -> exemptByReason.put(kind.name(), n));
    return new RunReport.Summary(
        unit.inScope(),
        unit.subject(),
        unit.exempt(),
        exemptByReason,
        unit.evaluated(),
        unit.compliant(),
        unit.nonCompliant(),
        unit.rate(),
        unit.totalCredited(),
        unit.averageCredited(),
        unit.hostUnitsCovered());
  }
}
