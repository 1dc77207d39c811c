package io.github.dicoso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import org.junit.jupiter.api.Test;

class PolicyTest {
  @Test
  void national2018_citesGuidanceForRequiredDays() {
    Citation c = Policies.national2018().citation(PolicyParameter.REQUIRED_DAYS);
    assertThat(c.shortForm()).isEqualTo("Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018");
    assertThat(c.authority()).isEqualTo(Citation.Authority.NATIONAL);
    assertThat(Policies.national2018().requiredDays()).isEqualTo(Days.of(60));
  }

  @Test
  void national2018_citesEveryParameter() {
    Policy p = Policies.national2018();
    for (PolicyParameter parameter : PolicyParameter.values()) {
      assertThat(p.citations()).as(parameter.key()).containsKey(parameter);
    }
  }

  @Test
  void build_negativeQuota_namesPolicyFieldAndValue() {
    assertThatThrownBy(
            () -> Policy.builder().from(Policies.national2018()).requiredDays(Days.of(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("policy national-2018")
        .hasMessageContaining("required days -1");
  }

  @Test
  void countingPeriod_quangTri_runsFromMarchToDecember() {
    CountingPeriod p = CountingPeriod.parse("03-01..12-31");
    assertThat(p.in(Year.of(2020)).getStart()).isEqualTo(LocalDate.of(2020, 3, 1));
    assertThat(p.in(Year.of(2020)).getEndInclusive()).isEqualTo(LocalDate.of(2020, 12, 31));
    assertThat(p).hasToString("03-01..12-31");
    assertThat(CountingPeriod.calendarYear().in(Year.of(2020)).lengthInDays()).isEqualTo(366);
  }

  @Test
  void countingPeriod_lastBeforeFirst_isRejected() {
    assertThatThrownBy(() -> CountingPeriod.of(MonthDay.of(12, 31), MonthDay.of(3, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--03-01");
  }
}
