package io.github.dicoso.compliance;

import io.github.dicoso.Days;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.eligibility.Eligibility;
import io.github.dicoso.requirement.Exemption;
import io.github.dicoso.requirement.MinimumCheck;
import io.github.dicoso.requirement.Requirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The status rule: "mỗi cán bộ Đoàn chuyên trách cấp Trung ương, cấp tỉnh đi công tác cơ sở phải đủ
 * 02 tháng (60 ngày/năm) trở lên" (Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018). An officer not subject is
 * NOT_SUBJECT; an exempt one EXEMPT; any other is COMPLIANT exactly when the days credited reach
 * the days required and every minimum the policy makes binding is met ({@link
 * Parameter#MINIMUMS_BINDING}), NON_COMPLIANT otherwise.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class StatusRule {
  private StatusRule() {}

  /**
   * Decides the status.
   *
   * @param policy the policy applied
   * @param eligibility whether the officer is subject
   * @param exemption the officer's exemption, if any
   * @param requirement the requirement, present for a subject, non-exempt officer
   * @param ledger the officer's ledger
   * @param minimums the minimums checked ({@link io.github.dicoso.requirement.MinimumRule})
   * @return the status with its reason
   */
  public static StatusDecision decide(
      Policy policy,
      Eligibility eligibility,
      Optional<Exemption> exemption,
      Optional<Requirement> requirement,
      DayLedger ledger,
      List<MinimumCheck> minimums) {
    Days credited = ledger.credited();
    if (!eligibility.subject()) {
      return ImmutableStatusDecision.instance(
          Status.NOT_SUBJECT,
          StatusDecision.Reason.NOT_SUBJECT,
          credited,
          Days.ZERO,
          List.of(),
          List.of(),
          eligibility.citation());
    }
    if (exemption.isPresent()) {
      return ImmutableStatusDecision.instance(
          Status.EXEMPT,
          StatusDecision.Reason.EXEMPT,
          credited,
          Days.ZERO,
          List.of(),
          List.of(),
          exemption.get().citation());
    }
    Days required = requirement.orElseThrow().required();
    List<MinimumCheck> unmet = new ArrayList<>();
    List<MinimumCheck> advisory = new ArrayList<>();
    for (MinimumCheck m : minimums) {
      if (!m.met()) {
        (m.binding() ? unmet : advisory).add(m);
      }
    }
    StatusDecision.Reason reason =
        !credited.isAtLeast(required)
            ? StatusDecision.Reason.SHORT_OF_REQUIREMENT
            : unmet.isEmpty()
                ? StatusDecision.Reason.REQUIREMENT_MET
                : StatusDecision.Reason.SHORT_OF_MINIMUM;
    return ImmutableStatusDecision.instance(
        reason == StatusDecision.Reason.REQUIREMENT_MET ? Status.COMPLIANT : Status.NON_COMPLIANT,
        reason,
        credited,
        required,
        unmet,
        advisory,
        reason == StatusDecision.Reason.SHORT_OF_MINIMUM
            ? unmet.get(0).citation()
            : policy.citation(Parameter.REQUIRED_DAYS));
  }
}
