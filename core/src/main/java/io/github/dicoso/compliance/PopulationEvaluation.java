package io.github.dicoso.compliance;

import io.github.dicoso.Policy;
import io.github.dicoso.Sources;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.internal.Friends;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.visit.Visit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * The evaluations of a population for one period, by officer id, with the visits and leaves of the
 * period that named no officer of the population (never dropped: each unknown officer id has an
 * {@link FindingCode#UNKNOWN_OFFICER UNKNOWN_OFFICER} finding). A period in which no visit falls
 * has a {@link FindingCode#NO_VISITS_IN_PERIOD} finding. Visits and leaves wholly outside the
 * period are counted once, so that nothing given is lost. Each evaluation equals the one {@link
 * Evaluator#evaluate(OfficerRecord, LocalDateRange)} gives for the officer alone, and the order of
 * the input changes nothing. Made by {@link Evaluator} only.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PopulationEvaluation {
  PopulationEvaluation() {}

  /** The factory that rebuilds a stored result, reached through {@code internal.Friends}. */
  static PopulationEvaluation create(
      String policyName,
      LocalDateRange period,
      Map<String, Evaluation> evaluations,
      List<Finding> findings,
      List<Visit> unmatchedVisits,
      List<Leave> unmatchedLeaves,
      int visitsOutsidePeriod,
      int leavesOutsidePeriod) {
    return ImmutablePopulationEvaluation.instance(
        policyName,
        period,
        evaluations,
        findings,
        unmatchedVisits,
        unmatchedLeaves,
        visitsOutsidePeriod,
        leavesOutsidePeriod);
  }

  /** The evaluation of {@code population}, given each officer's evaluation; by the evaluator. */
  static PopulationEvaluation of(
      Policy policy, LocalDateRange period, List<Evaluation> evaluations, Population population) {
    TreeMap<String, Evaluation> byId = new TreeMap<>();
    int visitsOutside = 0;
    int leavesOutside = 0;
    boolean anyVisit = false;
    for (Evaluation e : evaluations) {
      byId.put(e.officerId(), e);
      visitsOutside += e.visitsOutsidePeriod();
      leavesOutside += e.leavesOutsidePeriod();
      anyVisit |= e.ledger().visitCount() > 0;
    }
    Map<String, List<Visit>> unknownVisits = new LinkedHashMap<>();
    for (Visit v : population.unmatchedVisits()) {
      if (v.dates().overlaps(period)) {
        unknownVisits.computeIfAbsent(v.officerId(), k -> new ArrayList<>()).add(v);
        anyVisit = true;
      } else {
        visitsOutside++;
      }
    }
    Map<String, List<Leave>> unknownLeaves = new LinkedHashMap<>();
    for (Leave l : population.unmatchedLeaves()) {
      if (l.dates().overlaps(period)) {
        unknownLeaves.computeIfAbsent(l.officerId(), k -> new ArrayList<>()).add(l);
      } else {
        leavesOutside++;
      }
    }
    List<Finding> findings = new ArrayList<>();
    TreeSet<String> unknown = new TreeSet<>(unknownVisits.keySet());
    unknown.addAll(unknownLeaves.keySet());
    List<Visit> matchedNone = new ArrayList<>();
    List<Leave> leavesOfNone = new ArrayList<>();
    for (String id : unknown) {
      List<Visit> vs = unknownVisits.getOrDefault(id, List.of());
      List<Leave> ls = unknownLeaves.getOrDefault(id, List.of());
      matchedNone.addAll(vs);
      leavesOfNone.addAll(ls);
      List<LocalDateRange> dates = new ArrayList<>();
      vs.forEach(v -> dates.add(v.dates()));
      ls.forEach(l -> dates.add(l.dates()));
      dates.sort(java.util.Comparator.comparing(LocalDateRange::getStart));
      findings.add(
          Friends.create(
              Finding.class,
              FindingCode.UNKNOWN_OFFICER,
              FindingCode.UNKNOWN_OFFICER.defaultSeverity(),
              UNKNOWN_OFFICER_CITATION,
              Optional.of(id),
              vs.stream().map(Visit::id).toList(),
              dates,
              Narration.facts("officer", id, "visits", vs.size(), "leaves", ls.size())));
    }
    if (!anyVisit) {
      findings.add(
          Friends.create(
              Finding.class,
              FindingCode.NO_VISITS_IN_PERIOD,
              FindingCode.NO_VISITS_IN_PERIOD.defaultSeverity(),
              NO_VISITS_CITATION,
              Optional.empty(),
              List.of(),
              List.of(period),
              Narration.facts("period", period)));
    }
    return ImmutablePopulationEvaluation.instance(
        policy.name(),
        period,
        byId,
        findings,
        matchedNone,
        leavesOfNone,
        visitsOutside,
        leavesOutside);
  }

  private static final io.github.dicoso.Citation UNKNOWN_OFFICER_CITATION =
      Sources.libraryDefault(
          "a visit or leave naming no officer of the population is reported, never dropped");

  private static final io.github.dicoso.Citation NO_VISITS_CITATION =
      Sources.libraryDefault(
          "a period in which no visit falls is reported: the visits of that period may be"
              + " missing from the data");

  /** {@return the name of the policy applied} */
  @Value.Parameter
  public abstract String policyName();

  /** {@return the period evaluated, closed} */
  @Value.Parameter
  public abstract LocalDateRange period();

  /** {@return each officer's evaluation, by officer id in id order} */
  @Value.Parameter
  @Value.NaturalOrder
  public abstract SortedMap<String, Evaluation> evaluations();

  /**
   * {@return population-level findings: {@code UNKNOWN_OFFICER} in officer id order, then {@code
   * NO_VISITS_IN_PERIOD}}
   */
  @Value.Parameter
  public abstract List<Finding> findings();

  /** {@return visits of the period naming an officer not in the population} */
  @Value.Parameter
  public abstract List<Visit> unmatchedVisits();

  /** {@return leaves of the period naming an officer not in the population} */
  @Value.Parameter
  public abstract List<Leave> unmatchedLeaves();

  /** {@return visits given that lie wholly outside the period, left out of it} */
  @Value.Parameter
  public abstract int visitsOutsidePeriod();

  /** {@return leaves given that lie wholly outside the period, left out of it} */
  @Value.Parameter
  public abstract int leavesOutsidePeriod();

  /**
   * The evaluation of one officer, if the officer is in the population.
   *
   * @param officerId the officer's id
   * @return the evaluation, or empty if no officer has that id
   */
  public Optional<Evaluation> evaluation(String officerId) {
    return Optional.ofNullable(evaluations().get(officerId));
  }

  /**
   * The unit report over every evaluation, named {@code unitName}.
   *
   * @param unitName the name printed at the head of the report
   * @return the report
   */
  public UnitReport report(String unitName) {
    return UnitReport.of(unitName, evaluations().values());
  }

  /** {@code PopulationEvaluation[national-2018 2019-01-01..2019-12-31, 25 officers]}. */
  @Override
  public String toString() {
    return "PopulationEvaluation["
        + policyName()
        + " "
        + period().getStart()
        + ".."
        + period().getEndInclusive()
        + ", "
        + evaluations().size()
        + " officers]";
  }
}
