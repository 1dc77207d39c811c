package io.github.dicoso.schedule;

import static io.github.dicoso.internal.Checks.checkNotBlank;
import static io.github.dicoso.internal.Checks.checkPlausible;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The approval of a quarterly plan: who approved it (a standing member, Thường trực) and when.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Approval {
  Approval() {}

  /**
   * Approved by {@code approver} on {@code date}.
   *
   * @param approver who approved the plan
   * @param date the date of approval
   * @return the approval
   */
  public static Approval of(String approver, LocalDate date) {
    return ImmutableApproval.instance(approver, date);
  }

  /** {@return who approved the plan} */
  @Value.Parameter
  public abstract String approver();

  /** {@return the date of approval} */
  @Value.Parameter
  public abstract LocalDate date();

  @Value.Check
  void validate() {
    checkNotBlank("approval", "approver", approver());
    checkPlausible("approval by " + approver(), "date", date());
  }
}
