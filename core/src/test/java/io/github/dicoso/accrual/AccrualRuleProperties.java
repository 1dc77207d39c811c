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
  }

  @Property(tries = 300)
  void ledger_duplicatingAVisit_changesNothing(
      @ForAll("visits") List<Visit> visits, @ForAll("visit") Visit extra) {
    List<Visit> once = new ArrayList<>(visits);
    once.add(extra);
    List<Visit> twice = new ArrayList<>(once);
    twice.add(extra);
    assertThat(ledger(twice).days()).isEqualTo(ledger(once).days());
  }

  @Property(tries = 300)
  void ledger_addingAVisit_neverLowersCredit(
      @ForAll("visits") List<Visit> visits, @ForAll("visit") Visit extra) {
    List<Visit> more = new ArrayList<>(visits);
    more.add(extra);
    assertThat(ledger(more).credited().isAtLeast(ledger(visits).credited())).isTrue();
  }

  @Property(tries = 300)
  void ledger_credited_neverExceedsDaysInPeriod(@ForAll("visits") List<Visit> visits) {
    DayLedger l = ledger(visits);
    assertThat(l.credited().halves()).isLessThanOrEqualTo(2 * Y2019.lengthInDays());
    assertThat(l.days().keySet()).allSatisfy(d -> assertThat(Y2019.contains(d)).isTrue());
  }

  @Property(tries = 300)
  void ledger_everyInputVisit_isAccountedFor(@ForAll("visits") List<Visit> visits) {
    DayLedger l = ledger(visits);
    assertThat(l.entries()).extracting(VisitEntry::visit).containsExactlyElementsOf(visits);
    long credited = l.entries().stream().filter(VisitEntry::credited).count();
    long excluded = l.entries().stream().filter(e -> !e.credited()).count();
    assertThat(credited + excluded).isEqualTo(visits.size());
    for (VisitEntry e : l.entries()) {
      assertThat(e.creditedDates().size() + e.excludedDates().size())
          .isEqualTo(e.visit().lengthInDays());
    }
  }

  @Property(tries = 300)
  void ledger_eachKindTotal_neverExceedsCredited(@ForAll("visits") List<Visit> visits) {
    DayLedger l = ledger(visits);
    l.byKind().values().forEach(d -> assertThat(l.credited().isAtLeast(d)).isTrue());
    l.byHostLevel().values().forEach(d -> assertThat(l.credited().isAtLeast(d)).isTrue());
  }
}
