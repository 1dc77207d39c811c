package io.github.dicoso.requirement;

import io.github.dicoso.Days;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The minimums rule, one rule for host levels and kinds of work: a province may split the quota by
 * the level of the host unit (Bà Rịa – Vũng Tàu, 2018–2022: 30 days at branch, 20 at commune and 10
 * at district level) or set a minimum per kind of work. "A minimum a province sets is part of its
 * requirement: an officer below it has not complied, whatever the total" — a library reading
 * ({@link Parameter#MINIMUMS_BINDING}); a province that means its split as guidance sets it to
 * {@code false}. When the requirement is reduced for partial service or leave, each minimum shrinks
 * in the same proportion as the quota, rounded up to a whole day and never above the policy's
 * minimum ({@link Parameter#MINIMUMS_SCALE_WITH_REQUIREMENT}); "reduced" is the share of the quota
 * owed, so that a quota small enough to round back up to itself still scales its minimums.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class MinimumRule {
  private MinimumRule() {}

  /**
   * Checks every minimum {@code policy} sets, host levels first, then kinds of work.
   *
   * @param policy the policy that sets the minimums
   * @param requirement the officer's requirement
   * @param ledger the officer's ledger
   * @return one check per minimum set, in the order of {@link Parameter#all()}
   */
  public static List<MinimumCheck> check(Policy policy, Requirement requirement, DayLedger ledger) {
    List<MinimumCheck> checks = new ArrayList<>();
    for (HostLevel level : HostLevel.values()) {
      add(checks, policy, requirement, Parameter.hostLevelMinimum(level), level, ledger::daysAt);
    }
    for (KindOfWork kind : KindOfWork.values()) {
      add(checks, policy, requirement, Parameter.kindMinimum(kind), kind, ledger::daysOf);
    }
    return List.copyOf(checks);
  }

  private static <E extends Enum<E>> void add(
      List<MinimumCheck> checks,
      Policy policy,
      Requirement requirement,
      Parameter<Optional<Days>> parameter,
      E target,
      Function<E, Days> credited) {
    Optional<Days> policyMinimum = policy.get(parameter);
    if (policyMinimum.isEmpty()) {
      return;
    }
    Days minimum = policyMinimum.get();
    if (policy.get(Parameter.MINIMUMS_SCALE_WITH_REQUIREMENT)
        && requirement.shareNumerator() < requirement.shareDenominator()) {
      // by the share of the quota owed, not by the rounded requirement: one rounding, so that a
      // lower quota never raises a minimum. Whenever a share is owed, even when the requirement
      // rounds back up to the quota (a quota of 1 day, or 0): testing the rounded requirement left
      // the minimums whole exactly there, so that lowering the quota could fail an officer. Never
      // above the policy's minimum (a half-day minimum rounded up to a whole day).
      Days scaled =
          minimum.scaledRoundingUp(requirement.shareNumerator(), requirement.shareDenominator());
      minimum = scaled.isLessThan(minimum) ? scaled : minimum;
    }
    checks.add(
        ImmutableMinimumCheck.instance(
            parameter,
            target,
            policyMinimum.get(),
            minimum,
            credited.apply(target),
            policy.get(Parameter.MINIMUMS_BINDING),
            policy.citation(parameter)));
  }
}
