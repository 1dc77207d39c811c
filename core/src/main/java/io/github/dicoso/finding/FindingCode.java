package io.github.dicoso.finding;

/**
 * The stable code of each kind of finding; codes are what an HR system stores and what the CSV
 * output lists. The default severity is the one the checks use unless stated otherwise.
 */
public enum FindingCode {
  // --- annual evaluation ---
  /** A visit made only as an invited guest was not counted. */
  INVITED_ONLY_NOT_COUNTED(Severity.INFO),
  /** A visit was not registered and approved before it took place. */
  UNAPPROVED_VISIT(Severity.WARNING),
  /** A visit had no travel order. */
  NO_TRAVEL_ORDER(Severity.WARNING),
  /** A half-day visit earned no credit because the policy gives none. */
  HALF_DAY_NOT_CREDITED(Severity.INFO),
  /** Some or all dates of a visit lie outside the counting period. */
  OUTSIDE_PERIOD(Severity.INFO),
  /** Some or all dates of a visit lie outside the officer's service. */
  OUTSIDE_SERVICE(Severity.WARNING),
  /** A visit's result report was filed after the policy's deadline. */
  REPORT_LATE(Severity.WARNING),
  /** A visit's result report is missing and its deadline has passed. */
  REPORT_MISSING(Severity.WARNING),
  /** Days at a host level fall short of the policy's minimum for that level. */
  HOST_LEVEL_MINIMUM_NOT_MET(Severity.VIOLATION),
  /** Days of a kind of work fall short of the policy's minimum for that kind. */
  KIND_MINIMUM_NOT_MET(Severity.VIOLATION),
  /** No branch-meeting (MEETING) day in the period. */
  NO_MEETING_DAY(Severity.WARNING),
  /** Kinds of work were suggested from the description of a visit that named none. */
  KINDS_SUGGESTED(Severity.INFO),
  /** A visit named no kinds and its description matched no phrase; credited but untagged. */
  UNTAGGED_VISIT(Severity.WARNING),
  /** A visit or leave names an officer not in the population. */
  UNKNOWN_OFFICER(Severity.VIOLATION),
  /**
   * A visit covers dates of a leave that reduces the requirement (a data conflict), whether the
   * policy credits the visit or lets the leave win.
   */
  VISIT_DURING_LEAVE(Severity.WARNING),
  /** No visit of the population falls in the period evaluated. */
  NO_VISITS_IN_PERIOD(Severity.WARNING),

  // --- quarterly planning ---
  /** A planned visit lies outside every scheduled window. */
  OUTSIDE_WINDOW(Severity.VIOLATION),
  /** A planned visit was registered after the registration deadline. */
  REGISTERED_LATE(Severity.WARNING),
  /** A visit was carried out without approval. */
  CARRIED_OUT_WITHOUT_APPROVAL(Severity.VIOLATION),
  /** Two planned visits of the same officer overlap. */
  OVERLAPPING_PLANNED_VISITS(Severity.WARNING),
  /** Two officers of one department planned the same host unit and topic in one window. */
  OVERLAPPING_TOPIC(Severity.WARNING),
  /** A host unit receives more delegations in a window than the policy allows. */
  HOST_OVERLOADED(Severity.VIOLATION),
  /** Delegations to the same host in the same window could be grouped (ghép đoàn). */
  GROUPING_SUGGESTED(Severity.INFO);

  private final Severity defaultSeverity;

  FindingCode(Severity defaultSeverity) {
    this.defaultSeverity = defaultSeverity;
  }

  /** {@return the severity findings of this code carry unless a check says otherwise} */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }
}
