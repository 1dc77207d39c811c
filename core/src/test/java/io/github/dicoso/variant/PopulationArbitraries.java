package io.github.dicoso.variant;

import io.github.dicoso.VisitArbitraries;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries for small populations in 2019: officers of every kind with visits and leaves.
 */
final class PopulationArbitraries {
  private PopulationArbitraries() {}

  /** Populations of 1 to {@code max} officers with up to 25 visits and 2 leaves each. */
  static Arbitrary<List<OfficerRecord>> populations(int max) {
    return Arbitraries.integers()
        .between(1, max)
        .flatMap(
            n -> {
              List<Arbitrary<OfficerRecord>> records = new ArrayList<>();
              for (int i = 0; i < n; i++) {
                records.add(record("O-" + i));
              }
              return Combinators.combine(records).as(list -> list);
            });
  }

  static Arbitrary<OfficerRecord> record(String id) {
    Arbitrary<Officer> officer =
        Combinators.combine(
                Arbitraries.of(Level.class),
                Arbitraries.of(Employment.class),
                Arbitraries.of(true, false, false),
                Arbitraries.integers().between(-300, 300))
            .as(
                (level, employment, committee, joinedDay) -> {
                  var b =
                      Officer.builder()
                          .id(id)
                          .level(level)
                          .employment(employment)
                          .committeeMember(committee);
                  if (joinedDay >= 0) { // otherwise in post throughout
                    b.addServicePeriods(
                        ServicePeriod.from(LocalDate.of(2019, 1, 1).plusDays(joinedDay)));
                  }
                  return b.build();
                });
    Arbitrary<Leave> leave =
        Combinators.combine(
                Arbitraries.of(LeaveKind.class),
                Arbitraries.integers().between(0, 364),
                Arbitraries.integers().between(1, 240))
            .as(
                (kind, start, length) -> {
                  LocalDate from = LocalDate.of(2019, 1, 1).plusDays(start);
                  return Leave.of(id, kind, from, from.plusDays(length - 1));
                });
    return Combinators.combine(
            officer, VisitArbitraries.visitLists(id, 25), leave.list().ofMaxSize(2))
        .as(OfficerRecord::of);
  }
}
