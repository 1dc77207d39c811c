package io.github.dicoso.variant;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.dicoso.Policy;
import io.github.dicoso.PolicyParameter;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.compliance.Status;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.tagging.Tagger;
import io.github.dicoso.visit.Visit;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.threeten.extra.LocalDateRange;

/**
 * Evaluates one population under a baseline policy and one or more variants, in one call, and says
 * what each variant changes: per officer the status and days under each policy, the officers whose
 * status changes with the parameters that made the difference, and the unit report under each. This
 * is how a province tests a local rule on last year's data before adopting it.
 *
 * <pre>{@code
 * ComparisonResult result =
 *     VariantComparison.of(Policies.national2018(), Presets.thirtyDayYear(), Presets.districtIncluded())
 *         .compare(records, Year.of(2019));
 * System.out.println(result.render());
 * }</pre>
 *
 * <p>Compared by {@link Year}, each policy is evaluated over its own counting period in that year
 * (1/1–31/12 nationally, 1/3–31/12 under a Quảng Trị-style variant); compared over a {@link
 * LocalDateRange}, every policy is evaluated over that same period.
 *
 * <p>The reason for a status change is found by re-evaluating the officer with single parameters
 * reverted to the baseline (and, failing that, applied alone to the baseline); see {@link
 * StatusChange}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class VariantComparison {
  private final Policy baseline;
  private final List<Policy> variants;
  private final Tagger tagger;

  private VariantComparison(Policy baseline, List<Policy> variants, Tagger tagger) {
    this.baseline = baseline;
    this.variants = variants;
    this.tagger = tagger;
  }

  /**
   * A comparison of {@code baseline} with {@code variants}.
   *
   * @param baseline the policy in force
   * @param variants the policies compared with it, at least one
   * @return the comparison
   * @throws IllegalArgumentException if there is no variant or two policies share a name
   */
  public static VariantComparison of(Policy baseline, Policy... variants) {
    return of(baseline, List.of(variants));
  }

  /**
   * A comparison of {@code baseline} with {@code variants}.
   *
   * @param baseline the policy in force
   * @param variants the policies compared with it, at least one
   * @return the comparison
   * @throws IllegalArgumentException if there is no variant or two policies share a name
   */
  public static VariantComparison of(Policy baseline, List<Policy> variants) {
    checkArgument(
        !variants.isEmpty(), "comparison of %s: no variant to compare with", baseline.name());
    Set<String> names = new HashSet<>();
    names.add(baseline.name());
    for (Policy v : variants) {
      checkArgument(
          names.add(v.name()),
          "comparison of %s: two policies are named '%s'",
          baseline.name(),
          v.name());
    }
    return new VariantComparison(
        baseline, ImmutableList.copyOf(variants), Evaluator.of(baseline).tagger());
  }

  /**
   * A copy that suggests kinds of work for visits that name none with {@code tagger} under every
   * policy; by default the {@link Evaluator}'s default tagger.
   *
   * @param tagger the tagger for visits that name no kind of work
   * @return the copy
   */
  public VariantComparison withTagger(Tagger tagger) {
    return new VariantComparison(baseline, variants, Objects.requireNonNull(tagger, "tagger"));
  }

  /** {@return the baseline} */
  public Policy baseline() {
    return baseline;
  }

  /** {@return the variants, in the order given} */
  public List<Policy> variants() {
    return variants;
  }

  /**
   * Compares the policies on {@code population} in {@code year}, each over its own counting period.
   *
   * @param population one record per officer
   * @param year the year whose counting period each policy evaluates
   * @return the outcomes, status changes and unit reports under each policy
   * @throws IllegalArgumentException if two records share an officer id
   */
  public ComparisonResult compare(Iterable<OfficerRecord> population, Year year) {
    List<OfficerRecord> records = ImmutableList.copyOf(population);
    return compare(
        records,
        evaluator -> evaluator.periodOf(year),
        e -> e.evaluateAll(records, year),
        "year " + year);
  }

  /**
   * Compares the policies on {@code population} over {@code period} (as {@link LocalDateRange}
   * states it), the same for every policy.
   *
   * @param population one record per officer
   * @param period the period evaluated under every policy
   * @return the outcomes, status changes and unit reports under each policy
   * @throws IllegalArgumentException if two records share an officer id
   */
  public ComparisonResult compare(Iterable<OfficerRecord> population, LocalDateRange period) {
    List<OfficerRecord> records = ImmutableList.copyOf(population);
    return compare(
        records,
        evaluator -> period,
        e -> e.evaluateAll(records, period),
        PolicySpan.rangeText(period));
  }

  /**
   * Compares the policies on a population given as flat lists in {@code year}: visits and leaves
   * are grouped by officer id, and those naming no officer of the population are kept in each
   * evaluation's unmatched lists, as {@link Evaluator} does.
   *
   * @param officers the population, in any order
   * @param visits the visits of all officers, in any order
   * @param leaves the leaves of all officers, in any order
   * @param year the year whose counting period each policy evaluates
   * @return the outcomes, status changes and unit reports under each policy
   * @throws IllegalArgumentException if two officers share an id
   */
  public ComparisonResult compare(
      Iterable<Officer> officers, Iterable<Visit> visits, Iterable<Leave> leaves, Year year) {
    List<Officer> officerList = ImmutableList.copyOf(officers);
    List<Visit> visitList = ImmutableList.copyOf(visits);
    List<Leave> leaveList = ImmutableList.copyOf(leaves);
    Map<String, List<Visit>> visitsOf = new HashMap<>();
    visitList.forEach(v -> visitsOf.computeIfAbsent(v.officerId(), k -> new ArrayList<>()).add(v));
    Map<String, List<Leave>> leavesOf = new HashMap<>();
    leaveList.forEach(l -> leavesOf.computeIfAbsent(l.officerId(), k -> new ArrayList<>()).add(l));
    List<OfficerRecord> records = new ArrayList<>();
    for (Officer o : officerList) {
      records.add(
          OfficerRecord.of(
              o,
              visitsOf.getOrDefault(o.id(), List.of()),
              leavesOf.getOrDefault(o.id(), List.of())));
    }
    return compare(
        records,
        evaluator -> evaluator.periodOf(year),
        e -> e.evaluateAll(officerList, visitList, leaveList, year),
        "year " + year);
  }

  private ComparisonResult compare(
      List<OfficerRecord> records,
      Function<Evaluator, LocalDateRange> periodOf,
      Function<Evaluator, PopulationEvaluation> evaluateAll,
      String scope) {
    Map<String, PopulationEvaluation> evaluations = new LinkedHashMap<>();
    List<Policy> policies = new ArrayList<>();
    policies.add(baseline);
    policies.addAll(variants);
    for (Policy p : policies) {
      evaluations.put(p.name(), evaluateAll.apply(evaluator(p)));
    }

    ImmutableComparisonResult.Builder result =
        ComparisonResult.builder()
            .unitName(scope)
            .baseline(baseline)
            .variants(variants)
            .evaluations(evaluations);
    for (Policy v : variants) {
      result.putParameterChange(v.name(), Parameters.describe(baseline, v));
    }
    evaluations.forEach((name, e) -> result.putReport(name, e.report(scope)));

    PopulationEvaluation base = Objects.requireNonNull(evaluations.get(baseline.name()));
    for (Map.Entry<String, Evaluation> entry : base.evaluations().entrySet()) {
      ImmutableOfficerComparison.Builder officer =
          OfficerComparison.builder()
              .officerId(entry.getKey())
              .officerName(entry.getValue().officerName());
      evaluations.forEach(
          (name, e) ->
              officer.putOutcome(
                  name, Outcome.of(Objects.requireNonNull(e.evaluations().get(entry.getKey())))));
      result.addOfficer(officer.build());
    }

    Map<String, OfficerRecord> byId = new HashMap<>();
    records.forEach(r -> byId.put(r.officerId(), r));
    for (Policy v : variants) {
      PopulationEvaluation under = Objects.requireNonNull(evaluations.get(v.name()));
      for (Map.Entry<String, Evaluation> entry : base.evaluations().entrySet()) {
        Evaluation before = entry.getValue();
        Evaluation after = Objects.requireNonNull(under.evaluations().get(entry.getKey()));
        if (before.status() != after.status()) {
          result.addStatusChange(
              statusChange(
                  Objects.requireNonNull(byId.get(entry.getKey())), v, before, after, periodOf));
        }
      }
    }
    return result.build();
  }

  private StatusChange statusChange(
      OfficerRecord record,
      Policy variant,
      Evaluation before,
      Evaluation after,
      Function<Evaluator, LocalDateRange> periodOf) {
    Set<PolicyParameter> changed = Variant.changedParameters(baseline, variant);
    List<PolicyParameter> reasons = new ArrayList<>();
    for (PolicyParameter p : changed) {
      Policy reverted = Parameters.with(variant, p, Parameters.get(baseline, p));
      if (status(reverted, record, periodOf) != after.status()) {
        reasons.add(p);
      }
    }
    StatusChange.Attribution attribution = StatusChange.Attribution.EACH_NECESSARY;
    if (reasons.isEmpty()) {
      attribution = StatusChange.Attribution.EACH_SUFFICIENT;
      for (PolicyParameter p : changed) {
        Policy applied = Parameters.with(baseline, p, Parameters.get(variant, p));
        if (status(applied, record, periodOf) == after.status()) {
          reasons.add(p);
        }
      }
    }
    if (reasons.isEmpty()) {
      attribution = StatusChange.Attribution.JOINT;
      reasons.addAll(changed);
    }
    List<ParameterChange> described = new ArrayList<>();
    for (ParameterChange c : Parameters.describe(baseline, variant)) {
      if (reasons.contains(c.parameter())) {
        described.add(c);
      }
    }
    return StatusChange.builder()
        .officerId(before.officerId())
        .officerName(before.officerName())
        .variant(variant.name())
        .baseline(Outcome.of(before))
        .underVariant(Outcome.of(after))
        .reasons(described)
        .attribution(attribution)
        .build();
  }

  private Status status(
      Policy policy, OfficerRecord record, Function<Evaluator, LocalDateRange> periodOf) {
    Evaluator evaluator = evaluator(policy);
    return evaluator.evaluate(record, periodOf.apply(evaluator)).status();
  }

  private Evaluator evaluator(Policy policy) {
    return Evaluator.of(policy).withTagger(tagger);
  }

  /** {@code VariantComparison{national-2018 vs [thirty-day-year, district-included]}}. */
  @Override
  public String toString() {
    List<String> names = new ArrayList<>();
    variants.forEach(v -> names.add(v.name()));
    return "VariantComparison{" + baseline.name() + " vs " + names + "}";
  }
}
