package io.github.dicoso;

/**
 * What a date counts for when it is covered both by a credited visit and by a leave that reduces
 * the requirement: one date cannot both earn a visit day and excuse one. The sources are silent;
 * the library default is {@link #VISIT_COUNTS}, and every such visit is reported.
 */
public enum VisitDuringLeave {
  /** The visit's date is credited and does not reduce the requirement. */
  VISIT_COUNTS,
  /** The leave wins: the visit's date is not credited and reduces the requirement. */
  LEAVE_COUNTS
}
