package io.github.dicoso.examples;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.accrual.AccrualRule;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.eligibility.Eligibility;
import io.github.dicoso.eligibility.EligibilityRule;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.requirement.LeaveEntry;
import io.github.dicoso.requirement.LeaveRule;
import io.github.dicoso.requirement.ProRatingRule;
import io.github.dicoso.requirement.Requirement;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/** The README's embedding example: one officer, one year, the foundation rules one by one. */
public final class FoundationExample {
  private FoundationExample() {}

  /** Prints the eligibility, requirement and credited days of one officer in 2019. */
  public static void main(String[] args) {
    System.out.println(run());
  }

  /** The eligibility, requirement and credited days of one officer in 2019, as one line. */
  static String run() {
    Policy policy = Policies.national2018();
    LocalDateRange year = policy.periodIn(Year.of(2019));
    Officer lan =
        Officer.builder()
            .id("O-1")
            .name("Nguyễn Thị Lan")
            .level(Level.PROVINCIAL)
            .employment(Employment.FULL_TIME)
            .build();
    Visit visit =
        Visit.builder()
            .id("V-1")
            .officerId("O-1")
            .start(LocalDate.of(2019, 4, 1))
            .end(LocalDate.of(2019, 4, 5))
            .addKinds(KindOfWork.THEMATIC)
            .hostUnit("Huyện đoàn Hàm Tân")
            .hostLevel(HostLevel.DISTRICT)
            .build();
    Leave sick =
        Leave.of("O-1", LeaveKind.SICK, LocalDate.of(2019, 9, 1), LocalDate.of(2019, 9, 30));

    Eligibility eligibility = EligibilityRule.assess(policy, lan, year);
    DayLedger ledger = AccrualRule.ledger(policy, lan, year, List.of(visit));
    List<LeaveEntry> leaves =
        LeaveRule.account(
            policy, lan, year, List.of(sick), true, Optional.empty(), ledger.creditedDates());
    long daysAway = leaves.stream().mapToLong(LeaveEntry::daysAway).sum();
    Requirement requirement = ProRatingRule.assess(policy, lan, year, daysAway);
    return eligibility.reason()
        + ": "
        + ledger.credited()
        + " of "
        + requirement.required()
        + " days";
  }
}
