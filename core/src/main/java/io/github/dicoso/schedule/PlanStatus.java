package io.github.dicoso.schedule;

/** Where a quarterly plan stands in registration and approval (đăng ký, phê duyệt). */
public enum PlanStatus {
  /** Being drawn up; not yet registered. */
  DRAFT,
  /** Registered and awaiting the standing members' decision. */
  SUBMITTED,
  /** Approved by the standing members; its visits may go ahead. */
  APPROVED,
  /** Rejected; its visits are not to take place. */
  REJECTED
}
