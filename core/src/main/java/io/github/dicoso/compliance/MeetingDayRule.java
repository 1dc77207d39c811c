package io.github.dicoso.compliance;

import io.github.dicoso.Days;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.visit.KindOfWork;
import java.util.Optional;

/**
 * The meeting-day rule: attending meetings — "dự sinh hoạt chuyên đề và dự sinh hoạt chi đoàn" — is
 * the fourth kind of grassroots work (Hướng dẫn 03-HD/TWĐTN-BTC, as the central agency's review of
 * 2018 lists it), so at least one day of attending meetings is expected in the period ({@link
 * Parameter#MEETING_DAY_EXPECTED}); a period without one is reported, without changing the status.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class MeetingDayRule {
  private MeetingDayRule() {}

  /**
   * The days of attending meetings in {@code ledger}, when the policy expects one.
   *
   * @param policy the policy
   * @param ledger the officer's ledger
   * @return the meeting days credited, or empty when the policy expects none
   */
  public static Optional<Days> check(Policy policy, DayLedger ledger) {
    return policy.get(Parameter.MEETING_DAY_EXPECTED)
        ? Optional.of(ledger.daysOf(KindOfWork.MEETING))
        : Optional.empty();
  }
}
