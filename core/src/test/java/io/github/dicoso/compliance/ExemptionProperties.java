package io.github.dicoso.compliance;

import static io.github.dicoso.Fixtures.Y2019;
import static io.github.dicoso.Fixtures.officer;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Days;
import io.github.dicoso.Policies;
import io.github.dicoso.VisitArbitraries;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Exemption dominates: no visit can take an exemption away. */
class ExemptionProperties {
  private static final LocalDate JAN_1 = LocalDate.of(2019, 1, 1);

  private final Evaluator evaluator = Evaluator.of(Policies.national2018());
  private final Officer lan = officer("O-1");

  @Provide
  Arbitrary<List<Visit>> visits() {
    return VisitArbitraries.visitLists("O-1", 25);
  }

  /**
   * Exempting leaves: study or sickness of 6 to 12 months starting from mid-2018 to the end of 2019
   * (so overlapping 2019), or maternity of any length in 2019.
   */
  @Provide
  Arbitrary<Leave> exemptingLeave() {
    Arbitrary<Leave> longLeave =
        Combinators.combine(
                Arbitraries.of(LeaveKind.STUDY, LeaveKind.SICK),
                Arbitraries.integers().between(-180, 364),
                Arbitraries.integers().between(6, 12))
            .as(
                (kind, start, months) -> {
                  LocalDate first = JAN_1.plusDays(start);
                  return Leave.of("O-1", kind, first, first.plusMonths(months).minusDays(1));
                });
    Arbitrary<Leave> maternity =
        Combinators.combine(
                Arbitraries.integers().between(0, 364), Arbitraries.integers().between(0, 200))
            .as(
                (start, length) ->
                    Leave.of(
                        "O-1",
                        LeaveKind.MATERNITY,
                        JAN_1.plusDays(start),
                        JAN_1.plusDays(start + (long) length)));
    return Arbitraries.oneOf(longLeave, maternity);
  }

  @Property(tries = 200)
  void evaluate_exemptOfficer_staysExemptWhateverVisitsAreAdded(
      @ForAll("exemptingLeave") Leave leave, @ForAll("visits") List<Visit> visits) {
    Evaluation without =
        evaluator.evaluate(OfficerRecord.of(lan, List.of(), List.of(leave)), Y2019);
    Evaluation with = evaluator.evaluate(OfficerRecord.of(lan, visits, List.of(leave)), Y2019);
    assertThat(without.status()).isEqualTo(Status.EXEMPT);
    assertThat(with.status()).isEqualTo(Status.EXEMPT);
    assertThat(with.required()).isEqualTo(Days.ZERO);
    assertThat(with.hint()).isEmpty();
    assertThat(with.exemptionReason()).isEqualTo(without.exemptionReason());
  }
}
