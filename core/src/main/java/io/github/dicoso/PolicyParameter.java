package io.github.dicoso;

/**
 * Every parameter of a {@link Policy}, each with the key it has in a variant file. Each parameter
 * carries a {@linkplain Policy#citation(PolicyParameter) citation} of the document that sets it.
 */
public enum PolicyParameter {
  /** {@link Policy#requiredDays()}. */
  REQUIRED_DAYS("required-days"),
  /** {@link Policy#countingPeriod()}. */
  COUNTING_PERIOD("period"),
  /** {@link Policy#subjectLevels()}. */
  SUBJECT_LEVELS("subject-levels"),
  /** {@link Policy#subjectEmployment()}. */
  SUBJECT_EMPLOYMENT("subject-employment"),
  /** {@link Policy#committeeMembersSubject()}. */
  COMMITTEE_MEMBERS_SUBJECT("committee-members-subject"),
  /** {@link Policy#proRating()}. */
  PRO_RATING("pro-rating"),
  /** {@link Policy#exemptions()}; one key per leave kind, {@code exemption.STUDY}. */
  EXEMPTIONS("exemption"),
  /** {@link Policy#leaveReducesRequirement()}. */
  LEAVE_REDUCES_REQUIREMENT("leave-reduces-requirement"),
  /** {@link Policy#countInvitedOnly()}. */
  COUNT_INVITED_ONLY("count-invited-only"),
  /** {@link Policy#countUnapproved()}. */
  COUNT_UNAPPROVED("count-unapproved"),
  /** {@link Policy#countWithoutTravelOrder()}. */
  COUNT_WITHOUT_TRAVEL_ORDER("count-without-travel-order"),
  /** {@link Policy#halfDayCredit()}. */
  HALF_DAY_CREDIT("half-day-credit"),
  /** {@link Policy#reportDeadlineDays()}. */
  REPORT_DEADLINE_DAYS("report-deadline-days"),
  /**
   * {@link Policy#hostLevelMinimums()}; one key per host level, {@code host-level-minimum.BRANCH}.
   */
  HOST_LEVEL_MINIMUMS("host-level-minimum"),
  /** {@link Policy#kindMinimums()}; one key per kind, {@code kind-minimum.MEETING}. */
  KIND_MINIMUMS("kind-minimum"),
  /** {@link Policy#minimumsScaleWithRequirement()}. */
  MINIMUMS_SCALE_WITH_REQUIREMENT("minimums-scale-with-requirement"),
  /** {@link Policy#meetingDayExpected()}. */
  MEETING_DAY_EXPECTED("meeting-day-expected"),
  /** {@link Policy#windowsRequired()}. */
  WINDOWS_REQUIRED("windows-required"),
  /** {@link Policy#registrationDeadline()}. */
  REGISTRATION_DEADLINE("registration-deadline"),
  /** {@link Policy#maxDelegationsPerHostPerWindow()}. */
  MAX_DELEGATIONS_PER_HOST_PER_WINDOW("max-delegations-per-host-per-window"),
  /** {@link Policy#quarterlyTargets()}. */
  QUARTERLY_TARGETS("quarterly-targets");

  private final String key;

  PolicyParameter(String key) {
    this.key = key;
  }

  /** {@return the key of this parameter in a variant file (for maps, the prefix before the dot)} */
  public String key() {
    return key;
  }
}
