package io.github.dicoso.compliance;

import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.VisitDuringLeave;
import io.github.dicoso.accrual.AccrualRule;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.accrual.Exclusion;
import io.github.dicoso.accrual.VisitEntry;
import io.github.dicoso.eligibility.Eligibility;
import io.github.dicoso.eligibility.EligibilityRule;
import io.github.dicoso.internal.DayBits;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.requirement.Exemption;
import io.github.dicoso.requirement.ExemptionRule;
import io.github.dicoso.requirement.LeaveEntry;
import io.github.dicoso.requirement.LeaveRule;
import io.github.dicoso.requirement.MinimumCheck;
import io.github.dicoso.requirement.MinimumRule;
import io.github.dicoso.requirement.ProRatingRule;
import io.github.dicoso.requirement.Requirement;
import io.github.dicoso.tagging.Tagger;
import io.github.dicoso.tagging.Tagging;
import io.github.dicoso.tagging.TaggingRule;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * One evaluation while {@link Evaluator} makes it: applies the rules in the evaluator's order to
 * one record and one period, and turns their outcomes into the evaluation. Confined to one call.
 */
final class EvaluationRun {
  private static final Comparator<Visit> VISIT_ORDER =
      (a, b) -> {
        int c = a.start().compareTo(b.start());
        if (c == 0) {
          c = a.end().compareTo(b.end());
        }
        return c != 0 ? c : a.id().compareTo(b.id());
      };

  private final Policy policy;
  private final Tagger tagger;
  private final @Nullable LocalDate reportsAsOf;
  private final Officer officer;
  private final LocalDateRange period;
  private final List<Visit> visits = new ArrayList<>();
  private final List<Leave> leaves = new ArrayList<>();
  private final List<Leave> allLeaves;

  /** What became of each leave, in the leave rule's order; set once the rule has run. */
  private List<LeaveEntry> leaveEntries = List.of();

  private final int visitsOutside;
  private final int leavesOutside;
  private final Narration narration;

  EvaluationRun(
      Policy policy,
      Tagger tagger,
      @Nullable LocalDate reportsAsOf,
      OfficerRecord record,
      LocalDateRange period) {
    this.policy = policy;
    this.tagger = tagger;
    this.reportsAsOf = reportsAsOf;
    this.officer = record.officer();
    this.period = period;
    for (Visit v : record.visits()) {
      if (overlaps(v.start(), v.end())) {
        visits.add(v);
      }
    }
    visits.sort(VISIT_ORDER);
    for (Leave l : record.leaves()) {
      if (overlaps(l.start(), l.end())) {
        leaves.add(l);
      }
    }
    this.allLeaves = record.leaves();
    this.visitsOutside = record.visits().size() - visits.size();
    this.leavesOutside = record.leaves().size() - leaves.size();
    this.narration = new Narration(policy, officer.id(), period);
  }

  /** Whether closed dates {@code start..end} share a day with the period. */
  private boolean overlaps(LocalDate start, LocalDate end) {
    return !start.isAfter(period.getEndInclusive()) && !end.isBefore(period.getStart());
  }

  Evaluation evaluate() {
    Eligibility eligibility = EligibilityRule.assess(policy, officer, period);
    narration.eligibility(eligibility);
    Optional<Exemption> exemption =
        eligibility.subject()
            ? ExemptionRule.assess(policy, officer, period, allLeaves)
            : Optional.empty();
    exemption.ifPresent(narration::exemption);
    boolean held = eligibility.subject() && exemption.isEmpty();
    List<LocalDateRange> reducing =
        held ? LeaveRule.reducingDates(policy, officer, period, leaves) : List.of();
    boolean leaveWins = policy.get(Parameter.VISIT_DURING_LEAVE) == VisitDuringLeave.LEAVE_COUNTS;

    Map<String, Tagging> byDescription = new HashMap<>();
    Tagger once = description -> byDescription.computeIfAbsent(description, tagger::tag);
    Map<String, Optional<Tagging>> taggingOf = new HashMap<>();
    for (Visit v : visits) {
      taggingOf.put(v.id(), TaggingRule.suggest(v, once));
    }
    DayLedger ledger =
        AccrualRule.ledger(
            policy,
            officer,
            period,
            visits,
            v ->
                taggingOf
                    .getOrDefault(v.id(), Optional.empty())
                    .map(Tagging::kinds)
                    .orElse(v.kinds()),
            leaveWins ? reducing : List.of());
    List<VisitEntry> entries = ledger.entries();
    List<LocalDateRange> credited = ledger.creditedDates();
    leaveEntries =
        LeaveRule.account(
            policy, officer, period, leaves, eligibility.subject(), exemption, credited);
    Optional<Requirement> requirement = Optional.empty();
    if (held) {
      long away = leaveEntries.stream().mapToLong(LeaveEntry::daysAway).sum();
      requirement = Optional.of(ProRatingRule.assess(policy, officer, period, away));
      narration.requirement(requirement.get());
    }
    narration.accrual(ledger, entries);
    LocalDate asOf = reportsAsOf != null ? reportsAsOf : period.getEndInclusive();
    List<ReportCheck> reports = new ArrayList<>();
    for (VisitEntry entry : entries) {
      narration.visit(entry, taggingOf.getOrDefault(entry.visit().id(), Optional.empty()));
      if (entry.credited()) {
        ReportDeadlineRule.check(policy, entry.visit(), asOf)
            .ifPresent(
                c -> {
                  reports.add(c);
                  narration.report(entry.visit(), c);
                });
        if (!leaveWins && !reducing.isEmpty()) {
          duringLeave(entry, reducing);
        }
      }
      List<LocalDateRange> lostToLeave = entry.excludedDates().get(Exclusion.DURING_LEAVE);
      if (lostToLeave != null) {
        narration.duringLeave(entry.visit(), lostToLeave, leaveCovering(lostToLeave.get(0)));
      }
    }
    policy
        .get(Parameter.REPORT_DEADLINE_DAYS)
        .ifPresent(days -> narration.reports(reports, days, asOf));
    List<MinimumCheck> minimums =
        requirement.map(r -> MinimumRule.check(policy, r, ledger)).orElse(List.of());
    minimums.forEach(narration::minimum);
    if (held) {
      MeetingDayRule.check(policy, ledger).ifPresent(narration::meetingDay);
    }
    StatusDecision decision =
        StatusRule.decide(policy, eligibility, exemption, requirement, ledger, minimums);
    narration.status(decision);
    return new ImmutableEvaluation.Builder()
        .officerId(officer.id())
        .officerName(officer.name())
        .department(officer.department())
        .policyName(policy.name())
        .period(period)
        .status(decision.status())
        .required(decision.required())
        .ledger(ledger)
        .eligibility(eligibility)
        .exemption(exemption)
        .requirement(requirement)
        .leaves(leaveEntries)
        .minimums(minimums)
        .decision(decision)
        .findings(narration.findings())
        .explanation(
            Explanation.create(
                decision.status(),
                Narration.facts(
                    "officer", officer.id(),
                    "period", period,
                    "credited", decision.credited(),
                    "required", decision.required(),
                    "shortfall", decision.required().minusFloorZero(decision.credited()),
                    "beyond", decision.credited().minusFloorZero(decision.required())),
                narration.steps()))
        .hint(
            decision.status() == Status.NON_COMPLIANT
                ? Optional.of(Hint.of(decision))
                : Optional.empty())
        .visitsOutsidePeriod(visitsOutside)
        .leavesOutsidePeriod(leavesOutside)
        .build();
  }

  /**
   * A credited visit on dates a reducing leave covers: the visit counts, and is reported. (When the
   * leave wins, the visit's dates on the leave are excluded, and reported too.)
   */
  private void duringLeave(VisitEntry entry, List<LocalDateRange> reducing) {
    long[] bits = DayBits.create(period.lengthInDays());
    DayBits.setRanges(bits, period.getStart(), entry.creditedDates());
    long[] away = DayBits.create(period.lengthInDays());
    DayBits.setRanges(away, period.getStart(), reducing);
    for (int w = 0; w < bits.length; w++) {
      bits[w] &= away[w];
    }
    List<LocalDateRange> both = DayBits.ranges(bits, period.getStart());
    if (both.isEmpty()) {
      return;
    }
    narration.duringLeave(entry.visit(), both, leaveCovering(both.get(0)));
  }

  /** The first leave, in date order, of a kind that reduces the requirement on {@code dates}. */
  private Leave leaveCovering(LocalDateRange dates) {
    return leaveEntries.stream()
        .map(LeaveEntry::leave)
        .filter(l -> l.dates().overlaps(dates))
        .filter(l -> policy.get(Parameter.exemption(l.kind())).isPresent())
        .findFirst()
        .orElseThrow();
  }
}
