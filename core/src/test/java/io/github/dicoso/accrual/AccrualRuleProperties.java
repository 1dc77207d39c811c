package io.github.dicoso.accrual;

import static io.github.dicoso.Fixtures.Y2019;
import static io.github.dicoso.Fixtures.officer;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.VisitArbitraries;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.Visit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.threeten.extra.LocalDateRange;

/** The laws of accrual. */
class AccrualRuleProperties {
  private final Policy national = Policies.national2018();
  private final Officer lan = officer("O-1");

  @Provide
  Arbitrary<List<Visit>> visits() {
    return VisitArbitraries.visitLists("O-1", 30);
  }

  @Provide
  Arbitrary<Visit> visit() {
    return VisitArbitraries.visits("O-1");
  }

  private DayLedger ledger(List<Visit> visits) {
    return AccrualRule.ledger(national, lan, Y2019, visits);
  }

  /** {@code visit} with an id no visit of {@code visits} has. */
  private static Visit withFreshId(Visit visit, List<Visit> visits) {
    String id = visit.id();
    while (true) {
      String candidate = id;
      if (visits.stream().noneMatch(v -> v.id().equals(candidate))) {
        return Visit.builder().from(visit).id(id).build();
      }
      id = id + "'";
    }
  }

  @Property(tries = 300)
  void ledger_visitOrder_doesNotMatter(@ForAll("visits") List<Visit> visits, @ForAll long seed) {
    List<Visit> shuffled = new ArrayList<>(visits);
    Collections.shuffle(shuffled, new Random(seed));
    DayLedger a = ledger(visits);
    DayLedger b = ledger(shuffled);
    assertThat(b.credited()).isEqualTo(a.credited());
    assertThat(b.byKind()).isEqualTo(a.byKind());
    assertThat(b.byHostLevel()).isEqualTo(a.byHostLevel());
    assertThat(b.days().keySet()).isEqualTo(a.days().keySet());
    assertThat(b.creditedDates()).isEqualTo(a.creditedDates());
  }

  /**
   * Idempotence under duplicate visits: the same visit cannot be given twice (its id is refused),
   * but a second whole-day visit on the same dates, under another id, earns nothing more. (Two
   * half-day visits on one date do add up to a day: the morning and the evening.)
   */
  @Property(tries = 300)
  void ledger_aSecondWholeDayVisitOnTheSameDates_changesNoCredit(
      @ForAll("visits") List<Visit> visits, @ForAll("visit") Visit extra) {
    List<Visit> once = new ArrayList<>(visits);
    Visit first = withFreshId(Visit.builder().from(extra).halfDay(false).build(), once);
    once.add(first);
    List<Visit> twice = new ArrayList<>(once);
    twice.add(withFreshId(first, once));
    DayLedger a = ledger(once);
    DayLedger b = ledger(twice);
    assertThat(b.credited()).isEqualTo(a.credited());
    assertThat(b.creditedDates()).isEqualTo(a.creditedDates());
    assertThat(b.byKind()).isEqualTo(a.byKind());
    assertThat(b.byHostLevel()).isEqualTo(a.byHostLevel());
  }

  @Property(tries = 300)
  void ledger_addingAVisit_neverLowersCredit(
      @ForAll("visits") List<Visit> visits, @ForAll("visit") Visit extra) {
    List<Visit> more = new ArrayList<>(visits);
    more.add(withFreshId(extra, visits));
    assertThat(ledger(more).credited().isAtLeast(ledger(visits).credited())).isTrue();
  }

  @Property(tries = 300)
  void ledger_credited_neverExceedsDaysInPeriod(@ForAll("visits") List<Visit> visits) {
    DayLedger l = ledger(visits);
    assertThat(l.credited().halves()).isLessThanOrEqualTo(2 * Y2019.lengthInDays());
    assertThat(l.creditedDateCount()).isLessThanOrEqualTo(Y2019.lengthInDays());
    assertThat(l.days().keySet()).allSatisfy(d -> assertThat(Y2019.contains(d)).isTrue());
  }

  @Property(tries = 300)
  void ledger_everyInputVisit_isAccountedForDateByDate(@ForAll("visits") List<Visit> visits) {
    DayLedger l = ledger(visits);
    assertThat(l.entries()).extracting(VisitEntry::visit).containsExactlyElementsOf(visits);
    for (VisitEntry e : l.entries()) {
      long excluded =
          e.excludedDates().values().stream()
              .flatMap(List::stream)
              .mapToLong(LocalDateRange::lengthInDays)
              .sum();
      assertThat(e.creditedDays() + excluded).isEqualTo(e.visit().lengthInDays());
      assertThat(e.outcome() == VisitEntry.Outcome.CREDITED).isEqualTo(e.excludedDates().isEmpty());
    }
  }

  @Property(tries = 300)
  void ledger_eachKindAndLevelTotal_neverExceedsCredited(@ForAll("visits") List<Visit> visits) {
    DayLedger l = ledger(visits);
    l.byKind().values().forEach(d -> assertThat(l.credited().isAtLeast(d)).isTrue());
    l.byHostLevel().values().forEach(d -> assertThat(l.credited().isAtLeast(d)).isTrue());
  }

  @Property(tries = 300)
  void ledger_credited_isTheSumOfTheCreditedDays(@ForAll("visits") List<Visit> visits) {
    DayLedger l = ledger(visits);
    long halves = l.days().values().stream().mapToLong(d -> d.credit().halves()).sum();
    assertThat(l.credited().halves()).isEqualTo(halves);
    assertThat(l.days()).hasSize((int) l.creditedDateCount());
  }
}
