package io.github.dicoso.eligibility;

import io.github.dicoso.PolicyParameter;

/**
 * Why an officer is, or is not, subject to the requirement; each names the parameter it applies.
 */
public enum EligibilityReason {
  /** A full-time officer (or other subject employment) at a subject level. */
  SUBJECT_LEVEL_AND_EMPLOYMENT(true, PolicyParameter.SUBJECT_EMPLOYMENT),
  /** A full-time executive committee member at a subject level. */
  SUBJECT_COMMITTEE_MEMBER(true, PolicyParameter.COMMITTEE_MEMBERS_SUBJECT),
  /** No day of service falls in the period. */
  NOT_IN_SERVICE(false, PolicyParameter.COUNTING_PERIOD),
  /** The officer's level is not a subject level. */
  LEVEL_NOT_SUBJECT(false, PolicyParameter.SUBJECT_LEVELS),
  /** Executive committee members are not subject under this policy. */
  COMMITTEE_MEMBERS_NOT_SUBJECT(false, PolicyParameter.COMMITTEE_MEMBERS_SUBJECT),
  /** The officer's employment (e.g. part-time) is not subject. */
  EMPLOYMENT_NOT_SUBJECT(false, PolicyParameter.SUBJECT_EMPLOYMENT);

  private final boolean subject;
  private final PolicyParameter parameter;

  EligibilityReason(boolean subject, PolicyParameter parameter) {
    this.subject = subject;
    this.parameter = parameter;
  }

  /** {@return whether this reason makes the officer subject} */
  public boolean subject() {
    return subject;
  }

  /** {@return the policy parameter this reason applies; its citation is the reason's source} */
  public PolicyParameter parameter() {
    return parameter;
  }
}
