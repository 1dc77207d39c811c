package io.github.dicoso.requirement;

import static io.github.dicoso.Fixtures.Y2019;
import static io.github.dicoso.Fixtures.officer;
import static io.github.dicoso.Fixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Days;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.accrual.AccrualRule;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MinimumRuleTest {
  private final Policy split = Policies.hostLevelSplit();
  private final Officer lan = officer("O-1");

  private static LocalDate d(int month, int day) {
    return LocalDate.of(2019, month, day);
  }

  /** A full-time provincial officer in post from 8 August 2019: 146 of 365 days. */
  private static Officer fromAugust() {
    return Officer.builder()
        .id("O-1")
        .level(Level.PROVINCIAL)
        .employment(Employment.FULL_TIME)
        .addServicePeriods(ServicePeriod.from(d(8, 8)))
        .build();
  }

  private static Visit at(String id, LocalDate start, int days, HostLevel level) {
    return visit(id, "O-1").start(start).end(start.plusDays(days - 1L)).hostLevel(level).build();
  }

  private static List<MinimumCheck> check(Policy policy, Officer officer, Visit... visits) {
    Requirement requirement = ProRatingRule.assess(policy, officer, Y2019, 0);
    DayLedger ledger = AccrualRule.ledger(policy, officer, Y2019, List.of(visits));
    return MinimumRule.check(policy, requirement, ledger);
  }

  @Test
  void check_national_setsNoMinimum() {
    assertThat(check(Policies.national2018(), lan, at("V-1", d(4, 1), 60, HostLevel.BRANCH)))
        .isEmpty();
  }

  /**
   * Bà Rịa–Vũng Tàu: 65 days, none at district level. The total is met; the district minimum is
   * not, and it binds.
   */
  @Test
  void check_sixtyFiveDaysNoneAtDistrict_districtMinimumUnmetAndBinding() {
    List<MinimumCheck> checks =
        check(
            split,
            lan,
            at("B", d(1, 7), 35, HostLevel.BRANCH),
            at("C", d(3, 4), 30, HostLevel.COMMUNE));

    assertThat(checks)
        .extracting(MinimumCheck::target)
        .containsExactly(HostLevel.DISTRICT, HostLevel.COMMUNE, HostLevel.BRANCH);
    MinimumCheck district = checks.get(0);
    assertThat(district.parameter()).isSameAs(Parameter.HOST_LEVEL_MINIMUM_DISTRICT);
    assertThat(district.minimum()).isEqualTo(Days.of(10));
    assertThat(district.credited()).isEqualTo(Days.ZERO);
    assertThat(district.met()).isFalse();
    assertThat(district.missing()).isEqualTo(Days.of(10));
    assertThat(district.binding()).isTrue();
    assertThat(district.citation()).isEqualTo(split.document().orElseThrow());
    assertThat(checks.subList(1, 3)).allSatisfy(c -> assertThat(c.met()).isTrue());
  }

  @Test
  void check_minimumsAdvisory_areCheckedButBindNothing() {
    Policy advisory =
        Policy.variantOf(split).name("advisory").set(Parameter.MINIMUMS_BINDING, false).build();

    assertThat(check(advisory, lan, at("B", d(1, 7), 60, HostLevel.BRANCH)))
        .filteredOn(c -> !c.met())
        .hasSize(2)
        .allSatisfy(c -> assertThat(c.binding()).isFalse());
  }

  /**
   * Service from 8/8/2019, 146 of 365 days: 24 days required, so the branch minimum of 30 scales to
   * 12, the commune minimum to 8 and the district minimum to 4. Eleven branch days fall short.
   */
  @Test
  void check_reducedRequirement_minimumsScaleRoundedUp() {
    Officer fromAugust = fromAugust();

    List<MinimumCheck> checks =
        check(
            split,
            fromAugust,
            at("B", d(8, 12), 11, HostLevel.BRANCH),
            at("C", d(9, 2), 10, HostLevel.COMMUNE),
            at("D", d(10, 1), 5, HostLevel.DISTRICT));

    assertThat(ProRatingRule.assess(split, fromAugust, Y2019, 0).required()).isEqualTo(Days.of(24));
    assertThat(checks)
        .extracting(MinimumCheck::policyMinimum, MinimumCheck::minimum, MinimumCheck::met)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Days.of(10), Days.of(4), true),
            org.assertj.core.groups.Tuple.tuple(Days.of(20), Days.of(8), true),
            org.assertj.core.groups.Tuple.tuple(Days.of(30), Days.of(12), false));
    assertThat(checks.get(2).missing()).isEqualTo(Days.ONE);
    assertThat(checks.get(2)).hasToString("MinimumCheck[host-level-minimum.BRANCH 11/12]");
  }

  @Test
  void check_scalingOff_minimumsStayWhole() {
    Policy unscaled =
        Policy.variantOf(split)
            .name("unscaled")
            .set(Parameter.MINIMUMS_SCALE_WITH_REQUIREMENT, false)
            .build();
    Officer fromAugust = fromAugust();

    assertThat(check(unscaled, fromAugust))
        .extracting(MinimumCheck::minimum)
        .containsExactly(Days.of(10), Days.of(20), Days.of(30));
  }

  @Test
  void check_kindMinimum_countsTheDaysOfThatKind() {
    Policy inspection =
        Policy.variantOf(Policies.national2018())
            .name("inspection")
            .set(Parameter.kindMinimum(KindOfWork.INSPECTION), Optional.of(Days.of(10)))
            .build();

    List<MinimumCheck> checks =
        check(
            inspection,
            lan,
            visit("V-1", "O-1")
                .start(d(4, 1))
                .end(d(4, 6))
                .addKinds(KindOfWork.INSPECTION)
                .build());

    assertThat(checks)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.target()).isEqualTo(KindOfWork.INSPECTION);
              assertThat(c.credited()).isEqualTo(Days.of(6));
              assertThat(c.missing()).isEqualTo(Days.of(4));
              assertThat(c.citation())
                  .isEqualTo(inspection.citation(Parameter.KIND_MINIMUM_INSPECTION));
            });
  }

  /**
   * A minimum scales with the share of the period the officer owes, rounded up once: in post 146 of
   * 365 days, the officer owes 0.4 of the quota, so a branch minimum of 30 is 12 whether the quota
   * is 60 (24 days required) or 59 (23.6, rounded up to 24). Scaling by the rounded requirement
   * instead would ask 13 under the lower quota: a lower quota would then make it harder to comply.
   */
  @Test
  void check_lowerQuota_neverRaisesAScaledMinimum() {
    Officer fromAugust = fromAugust();
    Policy branch60 =
        Policy.variantOf(Policies.national2018())
            .name("branch-60")
            .set(Parameter.hostLevelMinimum(HostLevel.BRANCH), Optional.of(Days.of(30)))
            .build();
    Policy branch59 =
        Policy.variantOf(branch60)
            .name("branch-59")
            .set(Parameter.REQUIRED_DAYS, Days.of(59))
            .build();

    assertThat(ProRatingRule.assess(branch59, fromAugust, Y2019, 0).required())
        .isEqualTo(Days.of(24));
    assertThat(check(branch60, fromAugust))
        .extracting(MinimumCheck::minimum)
        .containsExactly(Days.of(12));
    assertThat(check(branch59, fromAugust))
        .extracting(MinimumCheck::minimum)
        .containsExactly(Days.of(12));
  }

  /**
   * A quota of one day with an officer in post from 8 August: the share owed (146/365) times one
   * day rounds back up to one day, so the requirement is not below the quota; the branch minimum of
   * 30 still scales to 12, as under any quota. Found by {@code
   * VariantComparisonProperties.loweringRequiredDays_neverTurnsCompliantNonCompliant}: with the
   * minimum left whole there, lowering the quota from 1.5 days to 1 made a compliant officer
   * non-compliant.
   */
  @Test
  void check_quotaRoundingBackToItself_minimumsStillScale() {
    Officer fromAugust = fromAugust();
    Policy oneDay =
        Policy.variantOf(Policies.national2018())
            .name("one-day")
            .set(Parameter.REQUIRED_DAYS, Days.ONE)
            .set(Parameter.hostLevelMinimum(HostLevel.BRANCH), Optional.of(Days.of(30)))
            .build();
    Policy halfDayMinimum =
        Policy.variantOf(oneDay)
            .name("half-day-minimum")
            .set(Parameter.hostLevelMinimum(HostLevel.BRANCH), Optional.of(Days.ofHalves(1)))
            .build();

    assertThat(ProRatingRule.assess(oneDay, fromAugust, Y2019, 0).required()).isEqualTo(Days.ONE);
    assertThat(check(oneDay, fromAugust))
        .extracting(MinimumCheck::minimum)
        .containsExactly(Days.of(12));
    assertThat(check(halfDayMinimum, fromAugust))
        .extracting(MinimumCheck::minimum)
        .containsExactly(Days.ofHalves(1));
  }
}
