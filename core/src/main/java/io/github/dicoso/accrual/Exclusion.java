package io.github.dicoso.accrual;

import io.github.dicoso.PolicyParameter;

/** Why a visit, or some of its dates, earned no credit; each names the parameter it applies. */
public enum Exclusion {
  /** The officer was only invited to attend; such visits do not count nationally. */
  INVITED_ONLY(PolicyParameter.COUNT_INVITED_ONLY),
  /** The visit was not registered and approved, and the policy counts only approved visits. */
  UNAPPROVED(PolicyParameter.COUNT_UNAPPROVED),
  /** The visit had no travel order, and the policy counts only visits with one. */
  NO_TRAVEL_ORDER(PolicyParameter.COUNT_WITHOUT_TRAVEL_ORDER),
  /** A half-day visit, and the policy gives half days no credit. */
  HALF_DAY_NOT_CREDITED(PolicyParameter.HALF_DAY_CREDIT),
  /** The date lies outside the counting period. */
  OUTSIDE_PERIOD(PolicyParameter.COUNTING_PERIOD),
  /** The officer was not in post on the date. */
  OUTSIDE_SERVICE(PolicyParameter.PRO_RATING);

  private final PolicyParameter parameter;

  Exclusion(PolicyParameter parameter) {
    this.parameter = parameter;
  }

  /**
   * {@return the policy parameter this exclusion applies; its citation is the exclusion's source}
   */
  public PolicyParameter parameter() {
    return parameter;
  }
}
