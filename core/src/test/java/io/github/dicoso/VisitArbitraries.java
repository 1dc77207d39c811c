package io.github.dicoso;

import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik arbitraries for visits of one officer around 2019, with every flag varied. */
public final class VisitArbitraries {
  private VisitArbitraries() {}

  /** Visits of {@code officerId} starting between 20/12/2018 and 31/12/2019, 1 to 6 days long. */
  public static Arbitrary<Visit> visits(String officerId) {
    Arbitrary<LocalDate> start =
        Arbitraries.integers().between(-11, 364).map(d -> LocalDate.of(2019, 1, 1).plusDays(d));
    Arbitrary<Integer> length = Arbitraries.integers().between(1, 6);
    Arbitrary<Boolean> halfDay = Arbitraries.of(true, false, false, false);
    Arbitrary<Boolean> invited = Arbitraries.of(true, false, false, false, false);
    Arbitrary<Boolean> approved = Arbitraries.of(true, true, true, false);
    Arbitrary<Boolean> travelOrder = Arbitraries.of(true, true, true, false);
    Arbitrary<KindOfWork> kind = Arbitraries.of(KindOfWork.class);
    Arbitrary<HostLevel> level = Arbitraries.of(HostLevel.class);
    Arbitrary<String> id =
        Arbitraries.strings()
            .withCharRange('0', '9')
            .ofMinLength(1)
            .ofMaxLength(5)
            .map(s -> "V-" + s);
    return Combinators.combine(
            id,
            start,
            length,
            halfDay,
            invited,
            approved,
            travelOrder,
            Combinators.combine(kind, level).as(List::of))
        .as(
            (i, s, len, half, inv, app, travel, kl) ->
                Visit.builder()
                    .id(i)
                    .officerId(officerId)
                    .start(s)
                    .end(half ? s : s.plusDays(len - 1))
                    .halfDay(half)
                    .invitedOnly(inv)
                    .approved(app)
                    .travelOrder(travel)
                    .addKinds((KindOfWork) kl.get(0))
                    .hostLevel((HostLevel) kl.get(1))
                    .hostUnit("Unit " + ((HostLevel) kl.get(1)).ordinal())
                    .build());
  }

  /** Lists of up to {@code max} visits of {@code officerId}. */
  public static Arbitrary<List<Visit>> visitLists(String officerId, int max) {
    return visits(officerId).list().ofMaxSize(max);
  }
}
