package io.github.dicoso.compliance;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Iterables;
import com.google.common.collect.Maps;
import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.Policy;
import io.github.dicoso.PolicyParameter;
import io.github.dicoso.accrual.AccrualRule;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.accrual.Exclusion;
import io.github.dicoso.accrual.VisitEntry;
import io.github.dicoso.eligibility.Eligibility;
import io.github.dicoso.eligibility.EligibilityRule;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.finding.ImmutableFinding;
import io.github.dicoso.internal.DateSets;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.requirement.Exemption;
import io.github.dicoso.requirement.Requirement;
import io.github.dicoso.requirement.RequirementRule;
import io.github.dicoso.tagging.PhraseMatch;
import io.github.dicoso.tagging.PhraseTagger;
import io.github.dicoso.tagging.Tagger;
import io.github.dicoso.tagging.Tagging;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/**
 * The annual compliance evaluation: applies the eligibility, requirement and accrual rules of a
 * {@link Policy} to one officer (or a population) for one period and returns an {@link Evaluation}
 * with its status, findings and explanation.
 *
 * <p>The rules, in the order applied and explained:
 *
 * <ol>
 *   <li>eligibility ({@link EligibilityRule}); an officer not subject is {@link
 *       Status#NOT_SUBJECT};
 *   <li>exemption and requirement ({@link RequirementRule}); an exempt officer is {@link
 *       Status#EXEMPT};
 *   <li>accrual ({@link AccrualRule}), with every exclusion; a visit that names no kind of work
 *       takes the kinds the {@link Tagger} suggests from its description (a {@link
 *       FindingCode#KINDS_SUGGESTED} finding), or stays untagged but credited (a {@link
 *       FindingCode#UNTAGGED_VISIT} finding);
 *   <li>the result-report deadline, when the policy sets one: a report filed after {@code end +
 *       deadline} is {@link FindingCode#REPORT_LATE}; a report not filed whose deadline is before
 *       the "as of" date is {@link FindingCode#REPORT_MISSING}. The "as of" date is the last day of
 *       the period unless set with {@link #withReportsAsOf(LocalDate)}. Reports are checked for
 *       visits with at least one credited date;
 *   <li>per-host-level and per-kind minimums, and the expected branch-meeting day, for a subject,
 *       non-exempt officer. When the officer's requirement is reduced (partial service, leave),
 *       each minimum is reduced in the same proportion, rounded up to a whole day, when {@link
 *       Policy#minimumsScaleWithRequirement()} (library default): the minimums split the quota (Bà
 *       Rịa–Vũng Tàu: 30 + 20 + 10 = 60);
 *   <li>the status: a subject, non-exempt officer is {@link Status#COMPLIANT} exactly when the days
 *       credited reach the days required. An unmet minimum does not change the status; it is a
 *       VIOLATION finding and shapes the {@link Hint}.
 * </ol>
 *
 * <p>Visits are evaluated in the order of their start date, end date and id, and leaves in the
 * order of their dates, so the result does not depend on the order they are given in.
 *
 * <p>This class is immutable and thread-safe; one evaluator can serve any number of threads.
 */
public final class Evaluator {
  /** Start, end, id, then the whole value; written out, as it runs for every pair of visits. */
  private static final Comparator<Visit> VISIT_ORDER = Evaluator::compareVisits;

  private static final Comparator<Leave> LEAVE_ORDER =
      Comparator.comparing(Leave::start).thenComparing(Leave::end).thenComparing(Leave::kind);
  private static final Citation UNKNOWN_OFFICER_CITATION =
      Citation.libraryDefault(
          "a visit or leave naming no officer of the population is reported, never dropped");

  private final Policy policy;
  private final Tagger tagger;
  private final @Nullable LocalDate reportsAsOf;

  private Evaluator(Policy policy, Tagger tagger, @Nullable LocalDate reportsAsOf) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.tagger = Objects.requireNonNull(tagger, "tagger");
    this.reportsAsOf = reportsAsOf;
  }

  /**
   * An evaluator of {@code policy} that suggests kinds of work for visits that name none with the
   * built-in Vietnamese phrase list ({@link PhraseTagger#builtIn()}).
   *
   * @param policy the policy to apply
   * @return the evaluator
   */
  public static Evaluator of(Policy policy) {
    return new Evaluator(policy, PhraseTagger.builtIn(), null);
  }

  /**
   * A copy of this evaluator that suggests kinds of work for untagged visits with {@code tagger} (a
   * province's extended phrase list, or {@link Tagger#none()} to suggest nothing).
   *
   * @param tagger the tagger for visits that name no kind of work
   * @return the copy
   */
  public Evaluator withTagger(Tagger tagger) {
    return new Evaluator(policy, tagger, reportsAsOf);
  }

  /**
   * A copy of this evaluator that checks for missing result reports as of {@code asOf} instead of
   * the last day of the period (for instance the day the evaluation is made).
   *
   * @param asOf the day on which reports are judged missing or late
   * @return the copy
   */
  public Evaluator withReportsAsOf(LocalDate asOf) {
    return new Evaluator(policy, tagger, Objects.requireNonNull(asOf, "asOf"));
  }

  /** {@return the policy applied} */
  public Policy policy() {
    return policy;
  }

  /** {@return the tagger used for visits that name no kind of work} */
  public Tagger tagger() {
    return tagger;
  }

  /**
   * {@return the date missing reports are checked against, if set; otherwise the period's last day}
   */
  public Optional<LocalDate> reportsAsOf() {
    return Optional.ofNullable(reportsAsOf);
  }

  /**
   * The policy's counting period in {@code year}: {@code policy.countingPeriod().in(year)}.
   *
   * @param year the year
   * @return the dates counted in that year
   */
  public LocalDateRange periodOf(Year year) {
    return policy.countingPeriod().in(year);
  }

  /**
   * Evaluates {@code officer} over the policy's counting period in {@code year}.
   *
   * @param officer the officer
   * @param year the year whose counting period is evaluated
   * @param visits the officer's visits, in any order
   * @param leaves the officer's leaves, in any order
   * @return the evaluation
   * @throws IllegalArgumentException if a visit or leave names another officer
   */
  public Evaluation evaluate(
      Officer officer, Year year, Iterable<Visit> visits, Iterable<Leave> leaves) {
    return evaluate(officer, periodOf(year), visits, leaves);
  }

  /**
   * Evaluates one record over the policy's counting period in {@code year}.
   *
   * @param record the officer with visits and leaves
   * @param year the year whose counting period is evaluated
   * @return the evaluation
   */
  public Evaluation evaluate(OfficerRecord record, Year year) {
    return evaluate(record, periodOf(year));
  }

  /**
   * Evaluates one record over {@code period}.
   *
   * @param record the officer with visits and leaves
   * @param period the period evaluated, bounded
   * @return the evaluation
   */
  public Evaluation evaluate(OfficerRecord record, LocalDateRange period) {
    return evaluate(record.officer(), period, record.visits(), record.leaves());
  }

  /**
   * Evaluates {@code officer} over {@code period}, a bounded range (closed or half-open as {@link
   * LocalDateRange} states it).
   *
   * @param officer the officer
   * @param period the period evaluated, bounded
   * @param visits the officer's visits, in any order
   * @param leaves the officer's leaves, in any order
   * @return the evaluation
   * @throws IllegalArgumentException if the period is unbounded, or a visit or leave names another
   *     officer
   */
  public Evaluation evaluate(
      Officer officer, LocalDateRange period, Iterable<Visit> visits, Iterable<Leave> leaves) {
    DateSets.toRange(period);
    List<Visit> sortedVisits = sortedVisits(visits);
    List<Leave> sortedLeaves = sorted(leaves, LEAVE_ORDER);
    return new Run(officer, period, sortedVisits, sortedLeaves).evaluate();
  }

  /**
   * Evaluates a population over the policy's counting period in {@code year}, in one pass.
   *
   * @param records one record per officer, in any order
   * @param year the year whose counting period is evaluated
   * @return every officer's evaluation
   * @throws IllegalArgumentException naming the id if two records share an officer id
   */
  public PopulationEvaluation evaluateAll(Iterable<OfficerRecord> records, Year year) {
    return evaluateAll(records, periodOf(year));
  }

  /**
   * Evaluates a stream of records in one pass; see {@link #evaluateAll(Iterable, Year)}.
   *
   * @param records one record per officer, in any order
   * @param year the year whose counting period is evaluated
   * @return every officer's evaluation
   */
  public PopulationEvaluation evaluateAll(Stream<OfficerRecord> records, Year year) {
    return evaluateAll(records, periodOf(year));
  }

  /**
   * Evaluates a stream of records over {@code period}, in one pass.
   *
   * @param records one record per officer, in any order
   * @param period the period evaluated, bounded
   * @return every officer's evaluation
   */
  @SuppressWarnings("StreamToIterable") // the iterable is consumed once, here
  public PopulationEvaluation evaluateAll(Stream<OfficerRecord> records, LocalDateRange period) {
    return evaluateAll(records::iterator, period);
  }

  /**
   * Evaluates a population over {@code period}, in one pass.
   *
   * @param records one record per officer, in any order
   * @param period the period evaluated, bounded
   * @return every officer's evaluation
   * @throws IllegalArgumentException naming the id if two records share an officer id
   */
  public PopulationEvaluation evaluateAll(Iterable<OfficerRecord> records, LocalDateRange period) {
    DateSets.toRange(period);
    TreeMap<String, Evaluation> evaluations = new TreeMap<>();
    for (Iterator<OfficerRecord> it = records.iterator(); it.hasNext(); ) {
      OfficerRecord record = it.next();
      if (evaluations.containsKey(record.officerId())) {
        throw new IllegalArgumentException(
            "population: officer id " + record.officerId() + " appears more than once");
      }
      evaluations.put(record.officerId(), evaluate(record, period));
    }
    return PopulationEvaluation.builder().period(period).evaluations(evaluations).build();
  }

  /**
   * Evaluates a population given as flat lists, over the policy's counting period in {@code year}:
   * visits and leaves are grouped by officer id. Visits and leaves naming an officer not in {@code
   * officers} are kept in the result with an {@link FindingCode#UNKNOWN_OFFICER} finding.
   *
   * @param officers the population, in any order
   * @param visits the visits of all officers, in any order
   * @param leaves the leaves of all officers, in any order
   * @param year the year whose counting period is evaluated
   * @return every officer's evaluation, with the visits and leaves that match no officer
   * @throws IllegalArgumentException naming the id if two officers share an id
   */
  public PopulationEvaluation evaluateAll(
      Iterable<Officer> officers, Iterable<Visit> visits, Iterable<Leave> leaves, Year year) {
    return evaluateAll(officers, visits, leaves, periodOf(year));
  }

  /**
   * Evaluates a population given as flat lists over {@code period}; see the {@code Year} overload.
   *
   * @param officers the population, in any order
   * @param visits the visits of all officers, in any order
   * @param leaves the leaves of all officers, in any order
   * @param period the period evaluated, bounded
   * @return every officer's evaluation, with the visits and leaves that match no officer
   */
  public PopulationEvaluation evaluateAll(
      Iterable<Officer> officers,
      Iterable<Visit> visits,
      Iterable<Leave> leaves,
      LocalDateRange period) {
    DateSets.toRange(period);
    Map<String, Officer> byId = new LinkedHashMap<>();
    for (Officer o : officers) {
      if (byId.putIfAbsent(o.id(), o) != null) {
        throw new IllegalArgumentException(
            "population: officer id " + o.id() + " appears more than once");
      }
    }
    Map<String, List<Visit>> visitsOf = new HashMap<>();
    for (Visit v : visits) {
      visitsOf.computeIfAbsent(v.officerId(), k -> new ArrayList<>()).add(v);
    }
    Map<String, List<Leave>> leavesOf = new HashMap<>();
    for (Leave l : leaves) {
      leavesOf.computeIfAbsent(l.officerId(), k -> new ArrayList<>()).add(l);
    }
    List<OfficerRecord> records = new ArrayList<>(byId.size());
    for (Officer o : byId.values()) {
      records.add(
          OfficerRecord.of(
              o,
              visitsOf.getOrDefault(o.id(), List.of()),
              leavesOf.getOrDefault(o.id(), List.of())));
    }
    PopulationEvaluation known = evaluateAll(records, period);

    TreeSet<String> unknown = new TreeSet<>(visitsOf.keySet());
    unknown.addAll(leavesOf.keySet());
    unknown.removeAll(byId.keySet());
    if (unknown.isEmpty()) {
      return known;
    }
    ImmutablePopulationEvaluation.Builder result = PopulationEvaluation.builder().from(known);
    for (String id : unknown) {
      List<Visit> vs = sorted(visitsOf.getOrDefault(id, List.of()), VISIT_ORDER);
      List<Leave> ls = sorted(leavesOf.getOrDefault(id, List.of()), LEAVE_ORDER);
      result.addAllUnmatchedVisits(vs).addAllUnmatchedLeaves(ls);
      ImmutableFinding.Builder f =
          Finding.of(FindingCode.UNKNOWN_OFFICER, UNKNOWN_OFFICER_CITATION)
              .officerId(id)
              .putArgument("officer", id)
              .putArgument("visits", String.valueOf(vs.size()))
              .putArgument("leaves", String.valueOf(ls.size()))
              .putArgument(
                  "visitIds", vs.stream().map(Visit::id).collect(Collectors.joining(", ")));
      vs.forEach(v -> f.addVisitIds(v.id()));
      vs.forEach(v -> v.dates().stream().forEach(f::addDates));
      ls.forEach(l -> l.dates().stream().forEach(f::addDates));
      result.addFindings(f.build());
    }
    return result.build();
  }

  private static int compareVisits(Visit a, Visit b) {
    int c = a.start().compareTo(b.start());
    if (c == 0) {
      c = a.end().compareTo(b.end());
    }
    if (c == 0) {
      c = a.id().compareTo(b.id());
    }
    if (c == 0) {
      c = a.toString().compareTo(b.toString());
    }
    return c;
  }

  /**
   * The visits in {@link #VISIT_ORDER}, as a stable sort would give them. Sorts primitive keys
   * (start, end, position) instead of calling the comparator for every pair, then orders visits
   * with the same start and end by the whole comparator, keeping their given order when equal.
   */
  private static List<Visit> sortedVisits(Iterable<Visit> visits) {
    Visit[] a = Iterables.toArray(visits, Visit.class);
    int n = a.length;
    if (n < 2) {
      return ImmutableList.copyOf(a);
    }
    long base = Long.MAX_VALUE;
    for (Visit v : a) {
      base = Math.min(base, v.start().toEpochDay());
    }
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      long start = a[i].start().toEpochDay() - base;
      long end = a[i].end().toEpochDay() - base;
      if (end >= KEY_LIMIT || end < start || n >= KEY_LIMIT) {
        return ImmutableList.sortedCopyOf(VISIT_ORDER, Arrays.asList(a)); // dates too far apart
      }
      keys[i] = start << (2 * KEY_BITS) | end << KEY_BITS | i;
    }
    Arrays.sort(keys);
    Visit[] sorted = new Visit[n];
    boolean inOrder = true;
    for (int i = 0; i < n; i++) {
      int position = (int) (keys[i] & (KEY_LIMIT - 1));
      sorted[i] = a[position];
      inOrder &= position == i;
    }
    for (int from = 0; from < n; ) {
      int to = from + 1;
      while (to < n && keys[to] >>> KEY_BITS == keys[from] >>> KEY_BITS) {
        to++;
      }
      if (to - from > 1) {
        Arrays.sort(sorted, from, to, VISIT_ORDER); // stable: ties keep their given order
        inOrder = false;
      }
      from = to;
    }
    if (inOrder && visits instanceof ImmutableList<Visit> list) {
      return list;
    }
    return ImmutableList.copyOf(sorted);
  }

  /** Bits of each part of a visit's sort key; 2^21 days are over 5,000 years. */
  private static final int KEY_BITS = 21;

  private static final long KEY_LIMIT = 1L << KEY_BITS;

  /** The items in {@code order} (a stable sort); an immutable list already in order is kept. */
  private static <T> List<T> sorted(Iterable<T> items, Comparator<? super T> order) {
    if (items instanceof ImmutableList<T> list && inOrder(list, order)) {
      return list;
    }
    return ImmutableList.sortedCopyOf(order, items);
  }

  private static <T> boolean inOrder(List<T> list, Comparator<? super T> order) {
    for (int i = 1; i < list.size(); i++) {
      if (order.compare(list.get(i - 1), list.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  /** The state of one evaluation while it is built; confined to one call. */
  private final class Run {
    private final Officer officer;
    private final LocalDateRange period;
    private final List<Visit> visits;
    private final List<Leave> leaves;

    /** Equal visits are tagged once. */
    private final Map<Visit, Tagging> taggings = new HashMap<>();

    /**
     * The same taggings by visit instance: found without hashing every field of the visit again.
     */
    private final IdentityHashMap<Visit, Tagging> taggingOf = new IdentityHashMap<>();

    private final List<Step> steps = new ArrayList<>();
    private final List<Finding> visitFindings = new ArrayList<>();
    private final List<Finding> officerFindings = new ArrayList<>();

    Run(Officer officer, LocalDateRange period, List<Visit> visits, List<Leave> leaves) {
      this.officer = officer;
      this.period = period;
      this.visits = visits;
      this.leaves = leaves;
    }

    Evaluation evaluate() {
      Eligibility eligibility = EligibilityRule.assess(policy, officer, period);
      steps.add(eligibilityStep(eligibility));

      Optional<Requirement> requirement = Optional.empty();
      if (eligibility.subject()) {
        Requirement r = RequirementRule.assess(policy, officer, period, leaves);
        requirement = Optional.of(r);
        steps.add(requirementStep(r));
      } else {
        // Leaves of an officer not subject change nothing, but must still belong to the officer.
        leaves.forEach(this::checkOwnLeave);
      }

      for (Visit v : visits) {
        if (v.kinds().isEmpty()) {
          taggingOf.put(v, taggings.computeIfAbsent(v, visit -> tagger.tag(visit.description())));
        }
      }
      DayLedger ledger =
          AccrualRule.ledger(
              policy,
              officer,
              period,
              visits,
              v ->
                  v.kinds().isEmpty()
                      ? Objects.requireNonNull(taggingOf.get(v)).kinds()
                      : v.kinds());
      steps.add(accrualStep(ledger));
      for (VisitEntry entry : ledger.entries()) {
        checkVisit(entry);
      }
      policy.reportDeadlineDays().ifPresent(days -> steps.add(reportsStep(days)));

      Status status;
      Days required = Days.ZERO;
      if (!eligibility.subject()) {
        status = Status.NOT_SUBJECT;
      } else if (requirement.get().exempt()) {
        status = Status.EXEMPT;
      } else {
        required = requirement.get().required();
        status = ledger.credited().isAtLeast(required) ? Status.COMPLIANT : Status.NON_COMPLIANT;
      }

      Optional<Hint> hint = Optional.empty();
      if (status.evaluated()) {
        Map<HostLevel, Days> levelDeficits = hostLevelMinimums(ledger, requirement.get());
        Map<KindOfWork, Days> kindDeficits = kindMinimums(ledger, requirement.get());
        meetingDay(ledger);
        hint = hint(ledger.credited(), required, levelDeficits, kindDeficits);
      }

      Days credited = ledger.credited();
      Days shortfall = required.minusFloorZero(credited);
      Days beyond = credited.minusFloorZero(required);
      steps.add(statusStep(status, eligibility, requirement, credited, required, shortfall));

      Explanation explanation =
          Explanation.builder()
              .status(status)
              .putSummary("officer", officer.id())
              .putSummary("credited", credited.toString())
              .putSummary("required", required.toString())
              .putSummary("shortfall", shortfall.toString())
              .putSummary("beyond", beyond.toString())
              .putSummary("period", rangeText(period))
              .steps(steps)
              .build();

      return Evaluation.builder()
          .officerId(officer.id())
          .officerName(officer.name())
          .department(officer.department())
          .policyName(policy.name())
          .period(period)
          .status(status)
          .required(required)
          .ledger(ledger)
          .eligibility(eligibility)
          .requirement(requirement)
          .addAllFindings(visitFindings)
          .addAllFindings(officerFindings)
          .explanation(explanation)
          .hint(hint)
          .build();
    }

    private void checkOwnLeave(Leave leave) {
      if (!leave.officerId().equals(officer.id())) {
        throw new IllegalArgumentException(
            "leave of officer "
                + leave.officerId()
                + " ("
                + leave.kind()
                + " "
                + leave.start()
                + ".."
                + leave.end()
                + ") passed with officer "
                + officer.id());
      }
    }

    // --- steps of the explanation ---

    private Step eligibilityStep(Eligibility e) {
      return Step.builder()
          .rule(Step.Rule.ELIGIBILITY)
          .outcome(e.reason().name())
          .putArgument("level", officer.level().name())
          .putArgument("employment", officer.employment().name())
          .putArgument("committeeMember", String.valueOf(officer.committeeMember()))
          .putArgument("period", rangeText(period))
          .addCitations(e.citation())
          .build();
    }

    private Step requirementStep(Requirement r) {
      if (r.exempt()) {
        Exemption x = r.exemption().get();
        return Step.builder()
            .rule(Step.Rule.EXEMPTION)
            .outcome("EXEMPT")
            .putArgument("leaveKind", x.kind().name())
            .putArgument("leaveDates", rangeText(x.leaveDates()))
            .putArgument("leaveDays", String.valueOf(x.days()))
            .putArgument("threshold", x.rule().toString())
            .addCitations(x.citation())
            .build();
      }
      return Step.builder()
          .rule(Step.Rule.REQUIREMENT)
          .outcome(r.reduced() ? "REDUCED" : "FULL")
          .putArgument("required", r.required().toString())
          .putArgument("quota", r.quota().toString())
          .putArgument("serviceDays", String.valueOf(r.serviceDays()))
          .putArgument("periodDays", String.valueOf(r.periodDays()))
          .putArgument("daysAway", String.valueOf(r.daysAway()))
          .putArgument("proRating", r.proRating().name())
          .citations(r.citations())
          .build();
    }

    private Step accrualStep(DayLedger ledger) {
      long creditedVisits = ledger.entries().stream().filter(VisitEntry::credited).count();
      long datesCredited = ledger.entries().stream().mapToLong(e -> e.creditedDates().size()).sum();
      return Step.builder()
          .rule(Step.Rule.ACCRUAL)
          .outcome("CREDITED")
          .putArgument("credited", ledger.credited().toString())
          .putArgument("visits", String.valueOf(ledger.entries().size()))
          .putArgument("creditedVisits", String.valueOf(creditedVisits))
          .putArgument("overlaps", String.valueOf(datesCredited - ledger.days().size()))
          .addCitations(policy.citation(PolicyParameter.COUNTING_PERIOD))
          .build();
    }

    private Step reportsStep(int deadlineDays) {
      return Step.builder()
          .rule(Step.Rule.REPORTS)
          .outcome("CHECKED")
          .putArgument("deadlineDays", String.valueOf(deadlineDays))
          .putArgument("late", String.valueOf(count(FindingCode.REPORT_LATE)))
          .putArgument("missing", String.valueOf(count(FindingCode.REPORT_MISSING)))
          .putArgument("asOf", asOf().toString())
          .addCitations(policy.citation(PolicyParameter.REPORT_DEADLINE_DAYS))
          .build();
    }

    private long count(FindingCode code) {
      return visitFindings.stream().filter(f -> f.code() == code).count();
    }

    private LocalDate asOf() {
      return reportsAsOf != null ? reportsAsOf : period.getEndInclusive();
    }

    private Step statusStep(
        Status status,
        Eligibility eligibility,
        Optional<Requirement> requirement,
        Days credited,
        Days required,
        Days shortfall) {
      Citation citation =
          switch (status) {
            case NOT_SUBJECT -> eligibility.citation();
            case EXEMPT -> requirement.flatMap(Requirement::exemption).get().citation();
            case COMPLIANT, NON_COMPLIANT -> policy.citation(PolicyParameter.REQUIRED_DAYS);
          };
      return Step.builder()
          .rule(Step.Rule.STATUS)
          .outcome(status.name())
          .putArgument("credited", credited.toString())
          .putArgument("required", required.toString())
          .putArgument("shortfall", shortfall.toString())
          .addCitations(citation)
          .build();
    }

    // --- visit checks ---

    private void checkVisit(VisitEntry entry) {
      Visit v = entry.visit();
      Map<Exclusion, List<LocalDate>> excluded = byReason(entry.excludedDates());
      excluded.forEach(
          (reason, dates) ->
              steps.add(
                  Step.builder()
                      .rule(Step.Rule.EXCLUSION)
                      .outcome(reason.name())
                      .putArgument("visit", v.id())
                      .putArgument("dates", datesText(dates))
                      .putArgument("days", String.valueOf(dates.size()))
                      .putArgument("reason", reason.name())
                      .addCitations(policy.citation(reason.parameter()))
                      .build()));

      if (excluded.containsKey(Exclusion.INVITED_ONLY)) {
        visitFinding(
                FindingCode.INVITED_ONLY_NOT_COUNTED,
                PolicyParameter.COUNT_INVITED_ONLY,
                v,
                visitDates(v))
            .build();
      }
      if (!v.approved()) {
        visitFinding(
                FindingCode.UNAPPROVED_VISIT, PolicyParameter.COUNT_UNAPPROVED, v, visitDates(v))
            .putArgument("counted", String.valueOf(policy.countUnapproved()))
            .build();
      }
      if (!v.travelOrder()) {
        visitFinding(
                FindingCode.NO_TRAVEL_ORDER,
                PolicyParameter.COUNT_WITHOUT_TRAVEL_ORDER,
                v,
                visitDates(v))
            .putArgument("counted", String.valueOf(policy.countWithoutTravelOrder()))
            .build();
      }
      if (excluded.containsKey(Exclusion.HALF_DAY_NOT_CREDITED)) {
        visitFinding(
                FindingCode.HALF_DAY_NOT_CREDITED,
                PolicyParameter.HALF_DAY_CREDIT,
                v,
                excluded.get(Exclusion.HALF_DAY_NOT_CREDITED))
            .build();
      }
      if (excluded.containsKey(Exclusion.OUTSIDE_PERIOD)) {
        visitFinding(
                FindingCode.OUTSIDE_PERIOD,
                PolicyParameter.COUNTING_PERIOD,
                v,
                excluded.get(Exclusion.OUTSIDE_PERIOD))
            .putArgument("period", rangeText(period))
            .build();
      }
      if (excluded.containsKey(Exclusion.OUTSIDE_SERVICE)) {
        visitFinding(
                FindingCode.OUTSIDE_SERVICE,
                PolicyParameter.PRO_RATING,
                v,
                excluded.get(Exclusion.OUTSIDE_SERVICE))
            .build();
      }
      if (entry.credited() && v.kinds().isEmpty()) {
        tagged(v, entry.creditedDates());
      }
      if (entry.credited()) {
        policy.reportDeadlineDays().ifPresent(days -> checkReport(v, days));
      }
    }

    /**
     * The dates of one visit's entry not credited, grouped by reason in the order of the reasons,
     * each group in date order (the entry's order).
     */
    private static Map<Exclusion, List<LocalDate>> byReason(
        SortedMap<LocalDate, Exclusion> excludedDates) {
      if (excludedDates.isEmpty()) {
        return Map.of();
      }
      Map<Exclusion, List<LocalDate>> excluded = new EnumMap<>(Exclusion.class);
      excludedDates.forEach((d, x) -> excluded.computeIfAbsent(x, k -> new ArrayList<>()).add(d));
      return excluded;
    }

    /** Every date of the visit, in order. */
    private static List<LocalDate> visitDates(Visit v) {
      long first = v.start().toEpochDay();
      int length = Math.toIntExact(v.lengthInDays());
      LocalDate[] dates = new LocalDate[length];
      for (int i = 0; i < length; i++) {
        dates[i] = LocalDate.ofEpochDay(first + i);
      }
      return Arrays.asList(dates);
    }

    private void tagged(Visit v, SortedSet<LocalDate> dates) {
      Tagging tagging = Objects.requireNonNull(taggingOf.get(v));
      Citation citation = policy.document();
      if (tagging.unclassified()) {
        steps.add(
            Step.builder()
                .rule(Step.Rule.TAGGING)
                .outcome("UNTAGGED")
                .putArgument("visit", v.id())
                .putArgument("description", v.description())
                .addCitations(citation)
                .build());
        visitFinding(FindingCode.UNTAGGED_VISIT, citation, v, dates)
            .putArgument("description", v.description())
            .build();
        return;
      }
      String kinds = tagging.kinds().stream().map(Enum::name).collect(Collectors.joining(", "));
      String phrases =
          tagging.matches().stream().map(PhraseMatch::phrase).collect(Collectors.joining("; "));
      String rules =
          tagging.matches().stream().map(PhraseMatch::rule).collect(Collectors.joining("; "));
      steps.add(
          Step.builder()
              .rule(Step.Rule.TAGGING)
              .outcome("SUGGESTED")
              .putArgument("visit", v.id())
              .putArgument("kinds", kinds)
              .putArgument("phrase", phrases)
              .putArgument("rule", rules)
              .addCitations(citation)
              .build());
      visitFinding(FindingCode.KINDS_SUGGESTED, citation, v, dates)
          .putArgument("kinds", kinds)
          .putArgument("phrase", phrases)
          .putArgument("rule", rules)
          .build();
    }

    private void checkReport(Visit v, int deadlineDays) {
      LocalDate due = v.end().plusDays(deadlineDays);
      if (v.reportDate().isPresent()) {
        LocalDate filed = v.reportDate().get();
        if (filed.isAfter(due)) {
          visitFinding(
                  FindingCode.REPORT_LATE, PolicyParameter.REPORT_DEADLINE_DAYS, v, List.of(filed))
              .putArgument("due", due.toString())
              .putArgument("filed", filed.toString())
              .putArgument("daysLate", String.valueOf(ChronoUnit.DAYS.between(due, filed)))
              .putArgument("deadlineDays", String.valueOf(deadlineDays))
              .build();
        }
      } else if (asOf().isAfter(due)) {
        visitFinding(
                FindingCode.REPORT_MISSING, PolicyParameter.REPORT_DEADLINE_DAYS, v, List.of(due))
            .putArgument("due", due.toString())
            .putArgument("asOf", asOf().toString())
            .putArgument("deadlineDays", String.valueOf(deadlineDays))
            .build();
      }
    }

    /**
     * Starts a finding about one visit, with its id and dates as arguments; {@code build()} on the
     * returned builder records it.
     *
     * @param dates distinct dates in ascending order
     */
    private FindingBuilder visitFinding(
        FindingCode code, PolicyParameter parameter, Visit v, Collection<LocalDate> dates) {
      return visitFinding(code, policy.citation(parameter), v, dates);
    }

    private FindingBuilder visitFinding(
        FindingCode code, Citation citation, Visit v, Collection<LocalDate> dates) {
      ImmutableFinding.Builder b =
          Finding.of(code, citation)
              .officerId(officer.id())
              .addVisitIds(v.id())
              .addAllDates(dates)
              .putArgument("visit", v.id())
              .putArgument("dates", datesText(dates));
      return new FindingBuilder(b, visitFindings);
    }

    // --- minimums ---

    private Map<HostLevel, Days> hostLevelMinimums(DayLedger ledger, Requirement r) {
      Map<HostLevel, Days> deficits = new EnumMap<>(HostLevel.class);
      Citation citation = policy.citation(PolicyParameter.HOST_LEVEL_MINIMUMS);
      for (HostLevel level : HostLevel.values()) {
        Days policyMinimum = policy.hostLevelMinimums().get(level);
        if (policyMinimum == null) {
          continue;
        }
        Days minimum = scaled(policyMinimum, r);
        Days credited = ledger.daysAt(level);
        Days missing = minimum.minusFloorZero(credited);
        steps.add(
            minimumStep(
                Step.Rule.HOST_LEVEL_MINIMUM,
                "level",
                level.name(),
                credited,
                minimum,
                policyMinimum,
                missing,
                citation));
        if (!missing.isZero()) {
          deficits.put(level, missing);
          officerFindings.add(
              minimumFinding(
                  FindingCode.HOST_LEVEL_MINIMUM_NOT_MET,
                  "level",
                  level.name(),
                  credited,
                  minimum,
                  policyMinimum,
                  missing,
                  citation));
        }
      }
      return Maps.immutableEnumMap(deficits);
    }

    private Map<KindOfWork, Days> kindMinimums(DayLedger ledger, Requirement r) {
      Map<KindOfWork, Days> deficits = new EnumMap<>(KindOfWork.class);
      Citation citation = policy.citation(PolicyParameter.KIND_MINIMUMS);
      for (KindOfWork kind : KindOfWork.values()) {
        Days policyMinimum = policy.kindMinimums().get(kind);
        if (policyMinimum == null) {
          continue;
        }
        Days minimum = scaled(policyMinimum, r);
        Days credited = ledger.daysOf(kind);
        Days missing = minimum.minusFloorZero(credited);
        steps.add(
            minimumStep(
                Step.Rule.KIND_MINIMUM,
                "kind",
                kind.name(),
                credited,
                minimum,
                policyMinimum,
                missing,
                citation));
        if (!missing.isZero()) {
          deficits.put(kind, missing);
          officerFindings.add(
              minimumFinding(
                  FindingCode.KIND_MINIMUM_NOT_MET,
                  "kind",
                  kind.name(),
                  credited,
                  minimum,
                  policyMinimum,
                  missing,
                  citation));
        }
      }
      return Maps.immutableEnumMap(deficits);
    }

    /**
     * A minimum reduced in the proportion the requirement is reduced, rounded up to a whole day.
     */
    private Days scaled(Days minimum, Requirement r) {
      if (!policy.minimumsScaleWithRequirement() || !r.reduced() || r.quota().isZero()) {
        return minimum;
      }
      return minimum.scaledRoundingUp(r.required().halves(), r.quota().halves());
    }

    private Step minimumStep(
        Step.Rule rule,
        String key,
        String value,
        Days credited,
        Days minimum,
        Days policyMinimum,
        Days missing,
        Citation citation) {
      return Step.builder()
          .rule(rule)
          .outcome(missing.isZero() ? "MET" : "NOT_MET")
          .putArgument(key, value)
          .putArgument("credited", credited.toString())
          .putArgument("minimum", minimum.toString())
          .putArgument("policyMinimum", policyMinimum.toString())
          .putArgument("missing", missing.toString())
          .addCitations(citation)
          .build();
    }

    private Finding minimumFinding(
        FindingCode code,
        String key,
        String value,
        Days credited,
        Days minimum,
        Days policyMinimum,
        Days missing,
        Citation citation) {
      return Finding.of(code, citation)
          .officerId(officer.id())
          .putArgument(key, value)
          .putArgument("credited", credited.toString())
          .putArgument("minimum", minimum.toString())
          .putArgument("policyMinimum", policyMinimum.toString())
          .putArgument("missing", missing.toString())
          .putArgument("period", rangeText(period))
          .build();
    }

    private void meetingDay(DayLedger ledger) {
      if (!policy.meetingDayExpected()) {
        return;
      }
      Citation citation = policy.citation(PolicyParameter.MEETING_DAY_EXPECTED);
      Days meetingDays = ledger.daysOf(KindOfWork.MEETING);
      steps.add(
          Step.builder()
              .rule(Step.Rule.MEETING_DAY)
              .outcome(meetingDays.isZero() ? "NOT_MET" : "MET")
              .putArgument("meetingDays", meetingDays.toString())
              .addCitations(citation)
              .build());
      if (meetingDays.isZero()) {
        officerFindings.add(
            Finding.of(FindingCode.NO_MEETING_DAY, citation)
                .officerId(officer.id())
                .putArgument("period", rangeText(period))
                .build());
      }
    }

    private Optional<Hint> hint(
        Days credited,
        Days required,
        Map<HostLevel, Days> levelDeficits,
        Map<KindOfWork, Days> kindDeficits) {
      Days shortfall = required.minusFloorZero(credited);
      Days levelSum = levelDeficits.values().stream().reduce(Days.ZERO, Days::plus);
      Days kindMax = kindDeficits.values().stream().reduce(Days.ZERO, Days::max);
      Days more = shortfall.max(levelSum).max(kindMax);
      if (more.isZero()) {
        return Optional.empty();
      }
      Hint.Binding binding =
          levelSum.equals(more) && levelSum.compareTo(shortfall) > 0
              ? Hint.Binding.HOST_LEVEL
              : kindMax.equals(more) && kindMax.compareTo(shortfall) > 0
                  ? Hint.Binding.KIND
                  : Hint.Binding.TOTAL;
      return Optional.of(
          Hint.builder()
              .moreDays(more)
              .binding(binding)
              .hostLevelDeficits(levelDeficits)
              .kindDeficits(kindDeficits)
              .build());
    }
  }

  /** A finding builder that records the finding when built. */
  private static final class FindingBuilder {
    private final ImmutableFinding.Builder builder;
    private final List<Finding> sink;

    FindingBuilder(ImmutableFinding.Builder builder, List<Finding> sink) {
      this.builder = builder;
      this.sink = sink;
    }

    FindingBuilder putArgument(String key, String value) {
      builder.putArgument(key, value);
      return this;
    }

    void build() {
      sink.add(builder.build());
    }
  }

  /** A bounded range as {@code 2019-01-01..2019-12-31}, both ends inclusive. */
  static String rangeText(LocalDateRange range) {
    return range.getStart() + ".." + range.getEndInclusive();
  }

  /** Distinct dates in ascending order as runs: {@code 2019-05-02, 2019-06-01..2019-06-03}. */
  static String datesText(Iterable<LocalDate> dates) {
    StringBuilder s = new StringBuilder();
    LocalDate runStart = null;
    LocalDate previous = null;
    for (LocalDate d : dates) {
      if (previous != null && d.equals(previous.plusDays(1))) {
        previous = d;
        continue;
      }
      appendRun(s, runStart, previous);
      runStart = d;
      previous = d;
    }
    appendRun(s, runStart, previous);
    return s.toString();
  }

  private static void appendRun(
      StringBuilder s, @Nullable LocalDate start, @Nullable LocalDate end) {
    if (start == null || end == null) {
      return;
    }
    if (s.length() > 0) {
      s.append(", ");
    }
    s.append(start);
    if (!end.equals(start)) {
      s.append("..").append(end);
    }
  }

  @Override
  public String toString() {
    return "Evaluator[policy="
        + policy.name()
        + ", reportsAsOf="
        + (reportsAsOf == null ? "period end" : reportsAsOf)
        + "]";
  }
}
