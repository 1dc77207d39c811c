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
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Exemption dominates: no visit can take an exemption away. */
class ExemptionProperties {
  private final Evaluator evaluator = Evaluator.of(Policies.national2018());
  private final Officer lan = officer("O-1");

  @Provide
  Arbitrary<List<Visit>> visits() {
    return VisitArbitraries.visitLists("O-1", 25);
  }

  /** Exempting leaves: study or sickness of 6 to 12 months, or maternity of any length. */
  @Provide
  Arbitrary<Leave> exemptingLeave() {
    Arbitrary<Leave> long_ =
        Arbitraries.integers()
            .between(0, 180)
            .flatMap(
                start ->
                    Arbitraries.of(LeaveKind.STUDY, LeaveKind.SICK)
                        .map(
                            kind ->
                                Leave.of(
                                    "O-1",
                                    kind,
                                    LocalDate.of(2019, 1, 1).plusDays(start),
                                    LocalDate.of(2019, 1, 1)
                                        .plusDays(start)
                                        .plusMonths(6)
                                        .minusDays(1))));
    Arbitrary<Leave> maternity =
        Arbitraries.integers()
            .between(0, 360)
            .map(
                start ->
                    Leave.of(
                        "O-1",
                        LeaveKind.MATERNITY,
                        LocalDate.of(2019, 1, 1).plusDays(start),
                        LocalDate.of(2019, 1, 1).plusDays(start)));
    return Arbitraries.oneOf(long_, maternity);
  }

  @Property(tries = 200)
  void evaluate_exemptOfficer_staysExemptWhateverVisitsAreAdded(
      @ForAll("exemptingLeave") Leave leave, @ForAll("visits") List<Visit> visits) {
    Evaluation without = evaluator.evaluate(lan, Y2019, List.of(), List.of(leave));
    Evaluation with = evaluator.evaluate(lan, Y2019, visits, List.of(leave));
    assertThat(without.status()).isEqualTo(Status.EXEMPT);
    assertThat(with.status()).isEqualTo(Status.EXEMPT);
    assertThat(with.required()).isEqualTo(Days.ZERO);
    assertThat(with.exemptionReason()).isEqualTo(without.exemptionReason());
  }
}
