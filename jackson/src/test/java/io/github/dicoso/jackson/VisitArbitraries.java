package io.github.dicoso.jackson;

import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries (as core's tests draw them) for visits of one officer around 2019, with every
 * flag varied: dates from 20/12/2018 to the first days of 2020, short visits and long ones, half
 * days, invited-only, unapproved and undocumented visits, visits that name their kinds of work and
 * visits that only describe them, report dates. Everything shrinks towards a short, plain, approved
 * visit.
 */
final class VisitArbitraries {
  private static final LocalDate JAN_1 = LocalDate.of(2019, 1, 1);

  private VisitArbitraries() {}

  /** The flags of a visit, drawn together. */
  private record Flags(
      boolean halfDay, boolean invited, boolean unapproved, boolean noTravelOrder) {}

  /** What the visit says about its work: its kinds, or a description to suggest them from. */
  private record Work(Set<KindOfWork> kinds, String description) {}

  /**
   * Visits of {@code officerId} starting between 21/12/2018 and 11/1/2020, mostly 1 to 6 days long,
   * sometimes 20 to 70; ids {@code officerId-V<digits>}.
   */
  static Arbitrary<Visit> visits(String officerId) {
    Arbitrary<String> id =
        Arbitraries.strings()
            .withCharRange('0', '9')
            .ofMinLength(1)
            .ofMaxLength(4)
            .map(s -> officerId + "-V" + s);
    Arbitrary<Integer> start = Arbitraries.integers().between(-11, 375).shrinkTowards(0);
    Arbitrary<Integer> length =
        Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.integers().between(1, 6)),
            Tuple.of(1, Arbitraries.integers().between(20, 70)));
    Arbitrary<Flags> flags =
        Combinators.combine(
                Arbitraries.of(false, false, false, true),
                Arbitraries.of(false, false, false, false, true),
                Arbitraries.of(false, false, false, true),
                Arbitraries.of(false, false, false, true))
            .as(Flags::new);
    Arbitrary<Work> work =
        Arbitraries.oneOf(
            Arbitraries.of(KindOfWork.class)
                .set()
                .ofMinSize(1)
                .ofMaxSize(2)
                .map(kinds -> new Work(kinds, "")),
            Arbitraries.of("dự sinh hoạt chi đoàn", "kiểm tra công tác Đoàn", "làm việc với cơ sở")
                .map(d -> new Work(Set.of(), d)));
    Arbitrary<HostLevel> level = Arbitraries.of(HostLevel.class);
    Arbitrary<Integer> host = Arbitraries.integers().between(1, 3);
    Arbitrary<Optional<Integer>> reportAfter = Arbitraries.integers().between(0, 20).optional(0.3);
    return Combinators.combine(id, start, length, flags, work, level, host, reportAfter)
        .as(
            (i, s, len, f, w, lv, h, report) -> {
              LocalDate first = JAN_1.plusDays(s);
              LocalDate last = f.halfDay() ? first : first.plusDays(len - 1L);
              Visit.Builder b =
                  Visit.builder()
                      .id(i)
                      .officerId(officerId)
                      .start(first)
                      .end(last)
                      .halfDay(f.halfDay())
                      .invitedOnly(f.invited())
                      .approved(!f.unapproved())
                      .travelOrder(!f.noTravelOrder())
                      .kinds(w.kinds())
                      .description(w.description())
                      .hostLevel(lv)
                      .hostUnit("Unit " + lv + " " + h);
              report.ifPresent(after -> b.reportDate(last.plusDays(after)));
              return b.build();
            });
  }

  /** Lists of up to {@code max} visits of {@code officerId} with distinct ids. */
  static Arbitrary<List<Visit>> visitLists(String officerId, int max) {
    return visits(officerId).list().ofMaxSize(max).uniqueElements(Visit::id);
  }
}
