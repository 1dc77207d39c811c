package io.github.dicoso.schedule;

/** Whether an officer is on course to meet the period's requirement. */
public enum PaceStatus {
  /** Credited days plus approved planned days reach the requirement. */
  ON_TRACK,
  /** The projection falls short of the requirement, but enough days remain to reach it. */
  AT_RISK,
  /** Not enough days remain, even if every remaining date of service were credited. */
  UNREACHABLE
}
