package io.github.dicoso.finding;

/** How serious a finding is. */
public enum Severity {
  /** Worth knowing; nothing is wrong (e.g. kinds of work suggested from a description). */
  INFO,
  /**
   * A weakness in the record that the rule tolerates (e.g. an unapproved visit that still counts).
   */
  WARNING,
  /** A breach of the rule (e.g. a per-level minimum not met, a visit outside every window). */
  VIOLATION
}
