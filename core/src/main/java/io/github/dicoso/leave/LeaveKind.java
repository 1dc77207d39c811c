package io.github.dicoso.leave;

/** Why an officer was away. */
public enum LeaveKind {
  /** Sent on study (cử đi học tập). */
  STUDY,
  /** Sick leave (ốm đau, bệnh tật). */
  SICK,
  /** Maternity leave (nghỉ thai sản). */
  MATERNITY,
  /** Any other absence; exempts from nothing under the national rule. */
  OTHER
}
