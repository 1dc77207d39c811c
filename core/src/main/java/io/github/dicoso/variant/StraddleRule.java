package io.github.dicoso.variant;

/**
 * Which policy to apply to a period during which more than one policy is in force (a variant
 * adopted mid-year, a new term starting in the middle of a reporting period). The sources are
 * silent; the library default is {@link #AT_PERIOD_START}, and the choice is always explained.
 */
public enum StraddleRule {
  /** The policy in force on the period's first day (the default). */
  AT_PERIOD_START,
  /** The policy in force on the period's last day. */
  AT_PERIOD_END,
  /** The policy in force on the most days of the period; on a tie, the earlier one. */
  LONGEST_SHARE,
  /** No choice: a straddling period is an error. */
  REJECT
}
