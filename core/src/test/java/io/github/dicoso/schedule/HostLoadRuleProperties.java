package io.github.dicoso.schedule;

import static io.github.dicoso.schedule.Fixtures.WINDOWED;
import static io.github.dicoso.schedule.Fixtures.approved;
import static io.github.dicoso.schedule.Fixtures.d;
import static io.github.dicoso.schedule.Fixtures.delegationVisit;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class HostLoadRuleProperties {
  private static final ScheduleCalendar BT = ScheduleCalendars.binhThuan2019();
  private static final Window APRIL = BT.windows().get(1);
  private static final LocalDate REGISTERED = d(3, 20);

  /**
   * One planned visit: officer index, start day in April, length, delegation label (empty: none).
   */
  record Item(int officer, int startDay, int length, String label) {}

  @Provide
  Arbitrary<List<Item>> items() {
    return Combinators.combine(
            Arbitraries.integers().between(0, 4),
            Arbitraries.integers().between(1, 20),
            Arbitraries.integers().between(0, 6),
            Arbitraries.of("", "A", "B", "C"))
        .as(Item::new)
        .list()
        .ofMaxSize(10);
  }

  @Property(tries = 300)
  void load_count_equalsDistinctDelegationsOverlappingTheWindow(@ForAll("items") List<Item> items) {
    List<QuarterlyPlan> plans = new ArrayList<>();
    Set<String> expected = new HashSet<>();
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      LocalDate start = d(4, it.startDay());
      PlannedVisit v =
          delegationVisit(
              "P-" + i,
              start,
              start.plusDays(it.length()),
              "H",
              it.label().isEmpty() ? null : it.label());
      plans.add(approved("O-" + it.officer(), REGISTERED, REGISTERED, v));
      if (!v.end().isBefore(APRIL.start()) && !v.start().isAfter(APRIL.endInclusive())) {
        expected.add(it.label().isEmpty() ? v.id() : it.label());
      }
    }

    HostLoad load = HostLoadRule.load(WINDOWED, APRIL, "H", plans);

    assertThat(load.delegationCount()).isEqualTo(expected.size());
    assertThat(load.overloaded()).isEqualTo(expected.size() > 1);
    assertThat(Optional.of(load.peakOfficers()))
        .hasValueSatisfying(p -> assertThat(p).isLessThanOrEqualTo(load.officerIds().size()));
  }
}
