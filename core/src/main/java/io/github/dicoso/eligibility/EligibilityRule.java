package io.github.dicoso.eligibility;

import io.github.dicoso.Policy;
import io.github.dicoso.internal.DateSets;
import io.github.dicoso.officer.Officer;
import org.threeten.extra.LocalDateRange;

/**
 * The eligibility rule: "every full-time officer of the central and provincial level, and every
 * full-time executive committee member at those levels, spends at least 60 days a year at the
 * grassroots" (Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018). Which levels and employments are subject, and
 * whether committee members are, are {@link Policy} parameters.
 *
 * <p>The rule is applied in this order: an officer with no day of service in the period is not
 * subject; then the level must be a subject level; then a committee member is subject exactly when
 * the policy makes committee members subject; then the employment must be subject.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class EligibilityRule {
  private EligibilityRule() {}

  /**
   * Assesses whether {@code officer} is subject in {@code period} under {@code policy}.
   *
   * @param policy the policy that names the subject levels and kinds of employment
   * @param officer the officer
   * @param period the counting period, as {@link LocalDateRange} states it
   * @return subject or not, with the reason and its citation
   */
  public static Eligibility assess(Policy policy, Officer officer, LocalDateRange period) {
    EligibilityReason reason = reason(policy, officer, period);
    return ImmutableEligibility.builder()
        .officerId(officer.id())
        .period(period)
        .reason(reason)
        .citation(policy.citation(reason.parameter()))
        .build();
  }

  private static EligibilityReason reason(Policy policy, Officer officer, LocalDateRange period) {
    if (DateSets.within(officer.serviceDates(), period).isEmpty()) {
      return EligibilityReason.NOT_IN_SERVICE;
    }
    if (!policy.subjectLevels().contains(officer.level())) {
      return EligibilityReason.LEVEL_NOT_SUBJECT;
    }
    if (officer.committeeMember()) {
      return policy.committeeMembersSubject()
          ? EligibilityReason.SUBJECT_COMMITTEE_MEMBER
          : EligibilityReason.COMMITTEE_MEMBERS_NOT_SUBJECT;
    }
    return policy.subjectEmployment().contains(officer.employment())
        ? EligibilityReason.SUBJECT_LEVEL_AND_EMPLOYMENT
        : EligibilityReason.EMPLOYMENT_NOT_SUBJECT;
  }
}
