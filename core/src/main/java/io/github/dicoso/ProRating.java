package io.github.dicoso;

/**
 * How the requirement is scaled for an officer who served only part of the counting period. The
 * sources are silent; the national default is {@link #BY_DAYS_OF_SERVICE}.
 */
public enum ProRating {
  /** Required days times days of service over days in the period, rounded up to a whole day. */
  BY_DAYS_OF_SERVICE,
  /**
   * Required days times whole calendar months of service over whole months in the period, rounded
   * up to a whole day.
   */
  WHOLE_MONTHS,
  /** No scaling: any service in the period carries the full requirement. */
  NONE
}
