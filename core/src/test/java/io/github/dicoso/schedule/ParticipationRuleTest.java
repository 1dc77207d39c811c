package io.github.dicoso.schedule;

import static io.github.dicoso.schedule.Fixtures.officer;
import static io.github.dicoso.schedule.Fixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Policies;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.Visit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class ParticipationRuleTest {
  private static final LocalDateRange JUNE_JULY_2018 =
      LocalDateRange.ofClosed(LocalDate.of(2018, 6, 1), LocalDate.of(2018, 7, 31));

  @Test
  void of_centralAgency2018_gives97Of111() {
    List<Officer> officers = new ArrayList<>();
    List<Visit> visits = new ArrayList<>();
    for (int i = 1; i <= 111; i++) {
      officers.add(officer("TW-" + i, "Ban " + (i % 7)));
      if (i <= 96) { // a visit inside the range, some spanning its start
        LocalDate start = LocalDate.of(2018, 5, 30).plusDays(i % 60);
        visits.add(visit("V-" + i, "TW-" + i, start, start.plusDays(2)));
      } else if (i <= 100) { // only invited to attend: not a grassroots visit
        visits.add(
            Visit.builder()
                .from(
                    visit(
                        "V-" + i, "TW-" + i, LocalDate.of(2018, 6, 10), LocalDate.of(2018, 6, 10)))
                .invitedOnly(true)
                .build());
      } else if (i <= 104) { // outside the range
        visits.add(visit("V-" + i, "TW-" + i, LocalDate.of(2018, 8, 1), LocalDate.of(2018, 8, 3)));
      }
    }
    // one officer both invited and visiting: counts once
    visits.add(visit("V-extra", "TW-97", LocalDate.of(2018, 7, 31), LocalDate.of(2018, 8, 1)));
    // a visit of an officer of another agency
    visits.add(visit("V-other", "TD-1", LocalDate.of(2018, 6, 5), LocalDate.of(2018, 6, 5)));

    Participation p =
        ParticipationRule.of(Policies.national2018(), JUNE_JULY_2018, officers, visits);

    assertThat(p.participants()).hasSize(97);
    assertThat(p.officersInScope()).hasSize(111);
    assertThat(p.nonParticipants())
        .hasSize(14)
        .contains("TW-98", "TW-101", "TW-111")
        .doesNotContain("TW-97");
    assertThat(p.percent()).isEqualByComparingTo(new BigDecimal("87.39"));
    assertThat(p.visitsOutOfScope()).containsExactly("V-other");
    assertThat(p).hasToString("97/111 officers (87.39%) in 2018-06-01..2018-07-31");
  }

  @Test
  void of_noOfficers_isZeroPercent() {
    assertThat(
            ParticipationRule.of(Policies.national2018(), JUNE_JULY_2018, List.of(), List.of())
                .percent())
        .isEqualByComparingTo(BigDecimal.ZERO);
  }
}
