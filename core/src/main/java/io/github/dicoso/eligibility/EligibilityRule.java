package io.github.dicoso.eligibility;

import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.officer.Officer;
import org.threeten.extra.LocalDateRange;

/**
 * The eligibility rule: "mỗi cán bộ Đoàn chuyên trách cấp Trung ương, cấp tỉnh đi công tác cơ sở
 * phải đủ 02 tháng (60 ngày/năm) trở lên" (Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018) — every full-time
 * officer at central and provincial level, and every full-time executive committee member there
 * (Tỉnh đoàn Bình Thuận, 2019: "29/37 đồng chí Ủy viên Ban Chấp hành chuyên trách"), spends at
 * least 60 days a year at the grassroots. Part-time officers (kiêm nhiệm) are not subject,
 * committee members among them. Which levels and employments are subject, and whether committee
 * members are, are {@link Policy} parameters.
 *
 * <p>Applied in this order: an officer with no day of service in the period is not subject; then
 * the level must be a subject level; then the employment must be subject (a part-time committee
 * member is not subject); then a committee member is subject exactly when the policy makes
 * committee members subject.
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
    return ImmutableEligibility.instance(
        officer.id(),
        period,
        reason,
        policy.citation(reason.parameter()),
        officer.level(),
        officer.employment(),
        officer.committeeMember());
  }

  private static EligibilityReason reason(Policy policy, Officer officer, LocalDateRange period) {
    if (officer.serviceWithin(period).isEmpty()) {
      return EligibilityReason.NOT_IN_SERVICE;
    }
    if (!policy.get(Parameter.SUBJECT_LEVELS).contains(officer.level())) {
      return EligibilityReason.LEVEL_NOT_SUBJECT;
    }
    if (!policy.get(Parameter.SUBJECT_EMPLOYMENT).contains(officer.employment())) {
      return EligibilityReason.EMPLOYMENT_NOT_SUBJECT;
    }
    if (officer.committeeMember()) {
      return policy.get(Parameter.COMMITTEE_MEMBERS_SUBJECT)
          ? EligibilityReason.SUBJECT_COMMITTEE_MEMBER
          : EligibilityReason.COMMITTEE_MEMBERS_NOT_SUBJECT;
    }
    return EligibilityReason.SUBJECT_LEVEL_AND_EMPLOYMENT;
  }
}
