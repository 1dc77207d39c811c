package io.github.dicoso.compliance;

import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The report deadline rule: a results report is due after each visit; the national guidance sets no
 * deadline, Tỉnh đoàn Quảng Trị (2020) sets ten days after the visit ends ({@link
 * Parameter#REPORT_DEADLINE_DAYS}). A report filed after {@code end + deadline} is late; a report
 * not filed whose deadline is before the day reports are judged (the period's last day unless the
 * evaluator says otherwise) is missing. Only visits with a credited date are checked.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class ReportDeadlineRule {
  private ReportDeadlineRule() {}

  /**
   * Checks the report of {@code visit}.
   *
   * @param policy the policy that may set a deadline
   * @param visit a visit with at least one credited date
   * @param asOf the day reports are judged on
   * @return the check, or empty when the policy sets no deadline
   */
  public static Optional<ReportCheck> check(Policy policy, Visit visit, LocalDate asOf) {
    Optional<Integer> deadline = policy.get(Parameter.REPORT_DEADLINE_DAYS);
    if (deadline.isEmpty()) {
      return Optional.empty();
    }
    LocalDate due = visit.end().plusDays(deadline.get());
    ReportCheck.Outcome outcome;
    if (visit.reportDate().isPresent()) {
      outcome =
          visit.reportDate().get().isAfter(due)
              ? ReportCheck.Outcome.LATE
              : ReportCheck.Outcome.ON_TIME;
    } else {
      outcome = asOf.isAfter(due) ? ReportCheck.Outcome.MISSING : ReportCheck.Outcome.PENDING;
    }
    return Optional.of(
        ImmutableReportCheck.instance(
            visit.id(),
            due,
            visit.reportDate(),
            asOf,
            deadline.get(),
            outcome,
            policy.citation(Parameter.REPORT_DEADLINE_DAYS)));
  }
}
