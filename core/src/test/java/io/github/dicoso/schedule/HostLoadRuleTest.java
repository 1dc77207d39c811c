package io.github.dicoso.schedule;

import static io.github.dicoso.schedule.Fixtures.WINDOWED;
import static io.github.dicoso.schedule.Fixtures.approved;
import static io.github.dicoso.schedule.Fixtures.d;
import static io.github.dicoso.schedule.Fixtures.delegationVisit;
import static io.github.dicoso.schedule.Fixtures.withStatus;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class HostLoadRuleTest {
  private static final ScheduleCalendar BT = ScheduleCalendars.binhThuan2019();
  private static final Window APRIL = BT.windows().get(1);
  private static final LocalDate REGISTERED = d(3, 20);

  @Test
  void load_groupedAndSingleVisits_countsDelegationsAndOfficersAtOnce() {
    List<QuarterlyPlan> plans =
        List.of(
            approved(
                "O-1",
                REGISTERED,
                REGISTERED,
                delegationVisit("P-1", d(4, 1), d(4, 2), "Huyện đoàn Hàm Tân", "D-1")),
            approved(
                "O-2",
                REGISTERED,
                REGISTERED,
                delegationVisit("P-2", d(4, 2), d(4, 3), "Huyện đoàn Hàm Tân", "D-1")),
            approved(
                "O-3",
                REGISTERED,
                REGISTERED,
                delegationVisit("P-3", d(4, 2), d(4, 2), "huyện đoàn  Hàm Tân", null)),
            approved(
                "O-4",
                REGISTERED,
                REGISTERED,
                delegationVisit("P-4", d(4, 4), d(4, 4), "Huyện đoàn Tuy Phong", null)),
            withStatus(
                "O-5",
                PlanStatus.REJECTED,
                REGISTERED,
                delegationVisit("P-5", d(4, 2), d(4, 2), "Huyện đoàn Hàm Tân", null)));

    HostLoad load = HostLoadRule.load(WINDOWED, APRIL, "Huyện đoàn Hàm Tân", plans);

    assertThat(load.delegations()).extracting(Delegation::key).containsExactly("D-1", "P-3");
    assertThat(load.officerIds()).containsExactly("O-1", "O-2", "O-3");
    assertThat(load.peakOfficers()).isEqualTo(3); // all three on 2/4
    assertThat(load.cap()).contains(1);
    assertThat(load.overloaded()).isTrue();
  }

  @Test
  void findings_overCap_reportsOverloadAndSuggestsGrouping() {
    List<QuarterlyPlan> plans =
        List.of(
            approved(
                "O-1",
                REGISTERED,
                REGISTERED,
                delegationVisit("P-1", d(4, 1), d(4, 2), "Huyện đoàn Hàm Tân", null)),
            approved(
                "O-2",
                REGISTERED,
                REGISTERED,
                delegationVisit("P-2", d(4, 4), d(4, 5), "Huyện đoàn Hàm Tân", null)));

    List<Finding> findings =
        HostLoadRule.findings(WINDOWED, HostLoadRule.loads(WINDOWED, BT, plans));

    assertThat(findings)
        .extracting(Finding::code)
        .containsExactly(FindingCode.HOST_OVERLOADED, FindingCode.GROUPING_SUGGESTED);
    assertThat(findings.get(0).citation())
        .isEqualTo(WINDOWED.citation(Parameter.MAX_DELEGATIONS_PER_HOST_PER_WINDOW));
    assertThat(findings.get(0).facts())
        .containsEntry("delegations", 2)
        .containsEntry("cap", 1)
        .containsEntry("peakOfficers", 1);
    assertThat(findings.get(0).message(Locale.ENGLISH))
        .isEqualTo(
            "Huyện đoàn Hàm Tân receives 2 delegations in window 2019-Q2#1 2019-04-01..2019-04-05,"
                + " more than the 1 allowed (2 officers, at most 1 at once).");
    assertThat(findings.get(1).facts())
        .containsEntry("delegations", "P-1, P-2")
        .containsEntry("officers", "O-1, O-2");
    assertThat(findings.get(1).citation().issuer()).contains("Tỉnh đoàn Bình Thuận");
    assertThat(findings.get(1).dates())
        .containsExactly(
            LocalDateRange.ofClosed(d(4, 1), d(4, 2)), LocalDateRange.ofClosed(d(4, 4), d(4, 5)));
  }

  @Test
  void findings_noCap_onlySuggestsGrouping() {
    List<QuarterlyPlan> plans =
        List.of(
            approved(
                "O-1",
                REGISTERED,
                REGISTERED,
                delegationVisit("P-1", d(4, 1), d(4, 2), "Huyện đoàn Hàm Tân", null)),
            approved(
                "O-2",
                REGISTERED,
                REGISTERED,
                delegationVisit("P-2", d(4, 4), d(4, 5), "Huyện đoàn Hàm Tân", null)),
            approved(
                "O-3",
                REGISTERED,
                REGISTERED,
                delegationVisit("P-3", d(5, 6), d(5, 6), "Huyện đoàn Hàm Tân", null)));

    List<HostLoad> loads = HostLoadRule.loads(Policies.national2018(), BT, plans);

    assertThat(loads)
        .extracting(l -> l.window().number(), HostLoad::delegationCount)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, 2), org.assertj.core.groups.Tuple.tuple(2, 1));
    assertThat(HostLoadRule.findings(Policies.national2018(), loads))
        .extracting(Finding::code)
        .containsExactly(FindingCode.GROUPING_SUGGESTED);
  }

  @Test
  void load_noDelegation_isEmptyAndNotOverloaded() {
    HostLoad load = HostLoadRule.load(WINDOWED, APRIL, "Huyện đoàn Phú Quý", List.of());

    assertThat(load.delegationCount()).isZero();
    assertThat(load.peakOfficers()).isZero();
    assertThat(load.overloaded()).isFalse();
    assertThat(load.hostUnit()).isEqualTo("Huyện đoàn Phú Quý");
  }
}
