package io.github.dicoso.variant;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.tagging.Tagger;
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
 *     VariantComparison.of(Policies.national2018(), Policies.thirtyDayYear(), Policies.districtIncluded())
 *         .compare(population, Year.of(2019));
 * System.out.println(result.render(Locale.ENGLISH));
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
   * The result names the year as its unit ({@code 2019}); {@link ComparisonResult#render} words it
   * in the language ({@code year 2019}, {@code năm 2019}).
   *
   * @param population the officers with their visits and leaves
   * @param year the year whose counting period each policy evaluates
   * @return the outcomes, status changes and unit reports under each policy
   */
  public ComparisonResult compare(Population population, Year year) {
    requireNonNull(year, "year");
    return compare(population, p -> p.periodIn(year), year.toString());
  }

  /**
   * Compares the policies on {@code population} over {@code period} (as {@link LocalDateRange}
   * states it), the same for every policy.
   *
   * @param population the officers with their visits and leaves
   * @param period the period evaluated under every policy
   * @return the outcomes, status changes and unit reports under each policy
   */
  public ComparisonResult compare(Population population, LocalDateRange period) {
    requireNonNull(period, "period");
    return compare(population, p -> period, period.getStart() + ".." + period.getEndInclusive());
  }

  private ComparisonResult compare(
      Population population, Function<Policy, LocalDateRange> periodOf, String scope) {
    requireNonNull(population, "population");
    Map<String, PopulationEvaluation> evaluations = new LinkedHashMap<>();
    List<Policy> policies = new ArrayList<>();
    policies.add(baseline);
    policies.addAll(variants);
    for (Policy p : policies) {
      evaluations.put(p.name(), evaluator(p).evaluateAll(population, periodOf.apply(p)));
    }

    ImmutableComparisonResult.Builder result =
        ComparisonResult.builder()
            .unitName(scope)
            .baseline(baseline)
            .variants(variants)
            .evaluations(evaluations);
    for (Policy v : variants) {
      result.putParameterChange(v.name(), ParameterChange.between(baseline, v));
    }
    evaluations.forEach((name, e) -> result.putReport(name, e.report(scope)));

    PopulationEvaluation base = requireNonNull(evaluations.get(baseline.name()));
    for (Map.Entry<String, Evaluation> entry : base.evaluations().entrySet()) {
      ImmutableOfficerComparison.Builder officer =
          OfficerComparison.builder()
              .officerId(entry.getKey())
              .officerName(entry.getValue().officerName());
      evaluations.forEach(
          (name, e) ->
              officer.putOutcome(
                  name, Outcome.of(requireNonNull(e.evaluations().get(entry.getKey())))));
      result.addOfficer(officer.build());
    }

    Map<String, OfficerRecord> byId = new HashMap<>();
    population.records().forEach(r -> byId.put(r.officerId(), r));
    for (Policy v : variants) {
      PopulationEvaluation under = requireNonNull(evaluations.get(v.name()));
      Probes probes = null; // built at the first status change, then shared by every officer
      for (Map.Entry<String, Evaluation> entry : base.evaluations().entrySet()) {
        Evaluation before = entry.getValue();
        Evaluation after = requireNonNull(under.evaluations().get(entry.getKey()));
        if (before.status() != after.status()) {
          if (probes == null) {
            probes = new Probes(v, periodOf);
          }
          result.addStatusChange(
              statusChange(requireNonNull(byId.get(entry.getKey())), probes, before, after));
        }
      }
    }
    return result.build();
  }

  /**
   * The policies that attribute one variant's status changes: for each changed parameter, the
   * variant with that parameter set back to the baseline's value, and the baseline with it set to
   * the variant's, each with its evaluator and period. They are the same for every officer, so they
   * are built once per variant.
   */
  private final class Probes {
    final String variant;
    final List<Parameter<?>> changed;
    final List<Evaluator> reverted = new ArrayList<>();
    final List<LocalDateRange> revertedPeriods = new ArrayList<>();
    final List<Evaluator> applied = new ArrayList<>();
    final List<LocalDateRange> appliedPeriods = new ArrayList<>();
    final List<ParameterChange> changes;

    Probes(Policy variant, Function<Policy, LocalDateRange> periodOf) {
      this.variant = variant.name();
      changed = variant.differencesFrom(baseline);
      for (Parameter<?> p : changed) {
        Policy back = with(variant, p, baseline);
        reverted.add(evaluator(back));
        revertedPeriods.add(periodOf.apply(back));
        Policy forth = with(baseline, p, variant);
        applied.add(evaluator(forth));
        appliedPeriods.add(periodOf.apply(forth));
      }
      changes = ParameterChange.between(baseline, variant);
    }
  }

  private StatusChange statusChange(
      OfficerRecord record, Probes probes, Evaluation before, Evaluation after) {
    List<Parameter<?>> changed = probes.changed;
    List<Parameter<?>> reasons = new ArrayList<>();
    for (int i = 0; i < changed.size(); i++) {
      Evaluator reverted = probes.reverted.get(i);
      if (reverted.evaluate(record, probes.revertedPeriods.get(i)).status() != after.status()) {
        reasons.add(changed.get(i));
      }
    }
    StatusChange.Attribution attribution = StatusChange.Attribution.EACH_NECESSARY;
    if (reasons.isEmpty()) {
      attribution = StatusChange.Attribution.EACH_SUFFICIENT;
      for (int i = 0; i < changed.size(); i++) {
        Evaluator applied = probes.applied.get(i);
        if (applied.evaluate(record, probes.appliedPeriods.get(i)).status() == after.status()) {
          reasons.add(changed.get(i));
        }
      }
    }
    if (reasons.isEmpty()) {
      attribution = StatusChange.Attribution.JOINT;
      reasons.addAll(changed);
    }
    List<ParameterChange> described = new ArrayList<>();
    for (ParameterChange c : probes.changes) {
      if (reasons.contains(c.parameter())) {
        described.add(c);
      }
    }
    return StatusChange.builder()
        .officerId(before.officerId())
        .officerName(before.officerName())
        .variant(probes.variant)
        .baseline(Outcome.of(before))
        .underVariant(Outcome.of(after))
        .reasons(described)
        .attribution(attribution)
        .build();
  }

  /** {@code policy} with {@code parameter} set to its value in {@code source}. */
  private static <T> Policy with(Policy policy, Parameter<T> parameter, Policy source) {
    return Policy.variantOf(policy)
        .name(policy.name())
        .set(parameter, source.get(parameter))
        .build();
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
