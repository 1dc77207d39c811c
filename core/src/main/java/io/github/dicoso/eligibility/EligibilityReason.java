package io.github.dicoso.eligibility;

import io.github.dicoso.Parameter;

/**
 * Why an officer is, or is not, subject to the requirement; each names the parameter it applies.
 */
@SuppressWarnings("ImmutableEnumChecker") // Parameter descriptors are immutable
public enum EligibilityReason {
  /** An officer of subject employment (full-time nationally) at a subject level. */
  SUBJECT_LEVEL_AND_EMPLOYMENT(true, Parameter.SUBJECT_EMPLOYMENT),
  /** An executive committee member of subject employment at a subject level. */
  SUBJECT_COMMITTEE_MEMBER(true, Parameter.COMMITTEE_MEMBERS_SUBJECT),
  /** No day of service falls in the period. */
  NOT_IN_SERVICE(false, Parameter.COUNTING_PERIOD),
  /** The officer's level is not a subject level. */
  LEVEL_NOT_SUBJECT(false, Parameter.SUBJECT_LEVELS),
  /** Executive committee members are not subject under this policy. */
  COMMITTEE_MEMBERS_NOT_SUBJECT(false, Parameter.COMMITTEE_MEMBERS_SUBJECT),
  /** The officer's employment (e.g. part-time) is not subject, committee member or not. */
  EMPLOYMENT_NOT_SUBJECT(false, Parameter.SUBJECT_EMPLOYMENT);

  private final boolean subject;
  private final Parameter<?> parameter;

  EligibilityReason(boolean subject, Parameter<?> parameter) {
    this.subject = subject;
    this.parameter = parameter;
  }

  /** {@return whether this reason makes the officer subject} */
  public boolean subject() {
    return subject;
  }

  /** {@return the policy parameter this reason applies; its citation is the reason's source} */
  public Parameter<?> parameter() {
    return parameter;
  }
}
