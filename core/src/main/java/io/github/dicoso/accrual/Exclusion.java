package io.github.dicoso.accrual;

import io.github.dicoso.Citation;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.Sources;

/** Why a visit, or some of its dates, earned no credit; each cites the rule it applies. */
public enum Exclusion {
  /** The officer was only invited to attend; such visits do not count nationally. */
  INVITED_ONLY,
  /** The visit was not registered and approved, and the policy counts only approved visits. */
  UNAPPROVED,
  /** The visit had no travel order, and the policy counts only visits with one. */
  NO_TRAVEL_ORDER,
  /** A half-day visit, and the policy gives half days no credit. */
  HALF_DAY_NOT_CREDITED,
  /** The date lies outside the counting period. */
  OUTSIDE_PERIOD,
  /** The officer was not in post on the date. */
  OUTSIDE_SERVICE,
  /** The date is on a leave that reduces the requirement, and the policy lets the leave count. */
  DURING_LEAVE;

  private static final Citation OUTSIDE_SERVICE_CITATION =
      Sources.libraryDefault(
          "days count only while the officer holds the post; a visit on a day outside the"
              + " officer's service earns nothing");

  /**
   * The citation of the rule this exclusion applies, in {@code policy}.
   *
   * @param policy the policy applied
   * @return the citation
   */
  public Citation citation(Policy policy) {
    return switch (this) {
      case INVITED_ONLY -> policy.citation(Parameter.COUNT_INVITED_ONLY);
      case UNAPPROVED -> policy.citation(Parameter.COUNT_UNAPPROVED);
      case NO_TRAVEL_ORDER -> policy.citation(Parameter.COUNT_WITHOUT_TRAVEL_ORDER);
      case HALF_DAY_NOT_CREDITED -> policy.citation(Parameter.HALF_DAY_CREDIT);
      case OUTSIDE_PERIOD -> policy.citation(Parameter.COUNTING_PERIOD);
      case OUTSIDE_SERVICE -> OUTSIDE_SERVICE_CITATION;
      case DURING_LEAVE -> policy.citation(Parameter.VISIT_DURING_LEAVE);
    };
  }
}
