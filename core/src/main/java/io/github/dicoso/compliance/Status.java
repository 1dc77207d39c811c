package io.github.dicoso.compliance;

/** The outcome of one officer's annual evaluation. */
public enum Status {
  /**
   * The officer is not subject to the requirement (level, employment, or no service in the period).
   */
  NOT_SUBJECT,
  /** The officer is subject but exempt for the period (long study, long sick leave, maternity). */
  EXEMPT,
  /** A subject, non-exempt officer credited at least the days required. */
  COMPLIANT,
  /** A subject, non-exempt officer credited fewer days than required. */
  NON_COMPLIANT;

  /** {@return whether the officer was held to the requirement: subject and not exempt} */
  public boolean evaluated() {
    return this == COMPLIANT || this == NON_COMPLIANT;
  }
}
