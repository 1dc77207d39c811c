package io.github.dicoso.requirement;

/** What became of one leave in one period's evaluation. */
public enum LeaveOutcome {
  /** The leave exempts the officer. */
  EXEMPTS,
  /** The leave reduces the requirement by its days away. */
  REDUCES,
  /** Every day of the leave in service is credited to a visit instead (a data conflict). */
  COVERED_BY_VISITS,
  /** Its kind neither exempts nor reduces under the policy (e.g. OTHER). */
  NOT_QUALIFYING,
  /** The policy does not let a leave too short to exempt reduce the requirement. */
  NOT_REDUCING,
  /** No day of the leave falls in the officer's service in the period. */
  OUTSIDE_SERVICE,
  /** The officer is exempt by another leave. */
  OFFICER_EXEMPT,
  /** The officer is not subject, so no leave changes anything. */
  OFFICER_NOT_SUBJECT,
  /** The leave lies wholly outside the period. */
  OUTSIDE_PERIOD
}
