package io.github.dicoso.variant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.threeten.extra.LocalDateRange;

class PolicyTimelineTest {
  private static final Policy NATIONAL = Policies.national2018();
  private static final Policy NEXT =
      Policy.variantOf(NATIONAL)
          .name("national-2023")
          .document(NATIONAL.document().orElseThrow())
          .build();

  private static LocalDate date(int y, int m, int d) {
    return LocalDate.of(y, m, d);
  }

  @Test
  void inForceOn_nationalTerm_coversTheGuidancePeriod() {
    PolicyTimeline t = PolicyTimeline.national();

    assertThat(t.inForceOn(date(2018, 1, 1))).isSameAs(NATIONAL);
    assertThat(t.inForceOn(date(2022, 12, 31))).isSameAs(NATIONAL);
    assertThat(t.earliestStart()).isEqualTo(date(2018, 1, 1));
  }

  @Test
  void inForceOn_beforeAnyPolicy_namesTheDateAndTheEarliestStart() {
    assertThatThrownBy(() -> PolicyTimeline.national().inForceOn(date(2017, 6, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2017-06-01")
        .hasMessageContaining("national-2018, starts on 2018-01-01");
  }

  @Test
  void inForceOn_afterTheLastTerm_saysNoLaterTermIsGiven() {
    assertThatThrownBy(() -> PolicyTimeline.national().inForceOn(date(2023, 1, 1)))
        .hasMessageContaining("2023-01-01")
        .hasMessageContaining("national-2018 ended on 2022-12-31")
        .hasMessageContaining("no later term");
  }

  @Test
  void withNextTerm_startsOnTheGivenDateAndEndsThePreviousTermTheDayBefore() {
    PolicyTimeline t = PolicyTimeline.national().withNextTerm(NEXT, date(2022, 10, 1));

    assertThat(t.inForceOn(date(2022, 9, 30))).isSameAs(NATIONAL);
    assertThat(t.inForceOn(date(2022, 10, 1))).isEqualTo(NEXT);
    assertThat(t.inForceOn(date(2030, 1, 1))).isEqualTo(NEXT);
  }

  @Test
  void withNextTerm_afterAGap_reportsTheGap() {
    PolicyTimeline t = PolicyTimeline.national().withNextTerm(NEXT, date(2023, 3, 1));

    assertThatThrownBy(() -> t.inForceOn(date(2023, 2, 1)))
        .hasMessageContaining("national-2018 ended on 2022-12-31")
        .hasMessageContaining("national-2023 starts on 2023-03-01");
  }

  @Test
  void withNextTerm_notAfterLastStart_isRejected() {
    assertThatThrownBy(() -> PolicyTimeline.national().withNextTerm(NEXT, date(2017, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must start after");
  }

  @Test
  void withVariant_takesPrecedenceOnItsDatesOnly() {
    PolicyTimeline t =
        PolicyTimeline.national()
            .withVariant(Policies.thirtyDayYear(), date(2020, 1, 1), date(2020, 12, 31));

    assertThat(t.inForceOn(date(2019, 12, 31))).isSameAs(NATIONAL);
    assertThat(t.inForceOn(date(2020, 7, 1))).isEqualTo(Policies.thirtyDayYear());
    assertThat(t.inForceOn(date(2021, 1, 1))).isSameAs(NATIONAL);
  }

  @Test
  void withVariant_overlappingAnother_isRejectedNamingBoth() {
    PolicyTimeline t =
        PolicyTimeline.national()
            .withVariant(Policies.thirtyDayYear(), date(2020, 1, 1), date(2020, 12, 31));

    assertThatThrownBy(
            () -> t.withVariant(Policies.districtIncluded(), date(2020, 6, 1), date(2021, 5, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("thirty-day-year 2020-01-01..2020-12-31")
        .hasMessageContaining("district-included 2020-06-01..2021-05-31");
  }

  @Test
  void forYear_withinOnePolicy_isNotAStraddleAndSaysSo() {
    PolicyChoice c = PolicyTimeline.national().forYear(Year.of(2019));

    assertThat(c.policy()).isSameAs(NATIONAL);
    assertThat(c.straddles()).isFalse();
    assertThat(c.explanation())
        .isEqualTo("national-2018 is in force throughout 2019-01-01..2019-12-31.");
  }

  @Test
  void forPeriod_straddlingTwoPolicies_defaultsToThePeriodStartAndExplains() {
    PolicyTimeline t =
        PolicyTimeline.national().withVariantFrom(Policies.marchToDecember(), date(2020, 3, 1));

    PolicyChoice c = t.forYear(Year.of(2020));

    assertThat(c.policy()).isSameAs(NATIONAL);
    assertThat(c.rule()).isEqualTo(StraddleRule.AT_PERIOD_START);
    assertThat(c.straddles()).isTrue();
    assertThat(c.spans()).hasSize(2);
    assertThat(c.spans().get(1).dates())
        .isEqualTo(LocalDateRange.ofClosed(date(2020, 3, 1), date(2020, 12, 31)));
    assertThat(c.explanation())
        .contains("straddles 2 policies")
        .contains("national-2018 on 2020-01-01..2020-02-29 (60 days)")
        .contains("march-to-december-10-day-reports on 2020-03-01..2020-12-31 (306 days)")
        .contains("Chose national-2018")
        .contains("first day, 2020-01-01");
  }

  @Test
  void forPeriod_otherRules_chooseTheEndOrTheLongestShare() {
    PolicyTimeline t =
        PolicyTimeline.national().withVariantFrom(Policies.marchToDecember(), date(2020, 3, 1));
    LocalDateRange y2020 = LocalDateRange.ofClosed(date(2020, 1, 1), date(2020, 12, 31));

    assertThat(t.forPeriod(y2020, StraddleRule.AT_PERIOD_END).policy())
        .isEqualTo(Policies.marchToDecember());
    assertThat(t.forPeriod(y2020, StraddleRule.LONGEST_SHARE).policy())
        .isEqualTo(Policies.marchToDecember());
    assertThatThrownBy(() -> t.forPeriod(y2020, StraddleRule.REJECT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("straddles 2 policies");
  }

  @Test
  void forPeriod_runningPastTheLastTerm_reportsUncoveredDays() {
    LocalDateRange p = LocalDateRange.ofClosed(date(2022, 7, 1), date(2023, 6, 30));

    PolicyChoice c = PolicyTimeline.national().forPeriod(p);

    assertThat(c.policy()).isSameAs(NATIONAL);
    assertThat(c.uncoveredDays()).isEqualTo(181);
    assertThat(c.straddles()).isTrue();
    assertThat(c.explanation()).contains("no policy on 181 days");
  }

  @Test
  void inForceDuring_variantInsideTerm_givesThreeSpans() {
    PolicyTimeline t =
        PolicyTimeline.national()
            .withVariant(Policies.thirtyDayYear(), date(2020, 4, 1), date(2020, 6, 30));

    assertThat(t.inForceDuring(LocalDateRange.ofClosed(date(2020, 1, 1), date(2020, 12, 31))))
        .extracting(Object::toString)
        .containsExactly(
            "national-2018 2020-01-01..2020-03-31",
            "thirty-day-year 2020-04-01..2020-06-30",
            "national-2018 2020-07-01..2020-12-31");
  }
}
