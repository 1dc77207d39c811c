package io.github.dicoso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class ExemptionThresholdTest {
  private static final ExemptionThreshold SIX_MONTHS =
      ExemptionThreshold.atLeast(Period.ofMonths(6));

  @Test
  void reachedBy_exactlySixMonths_reachesAndOneDayLessDoesNot() {
    assertThat(SIX_MONTHS.reachedBy(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 30))).isTrue();
    assertThat(SIX_MONTHS.reachedBy(LocalDate.of(2019, 1, 1), LocalDate.of(2019, 6, 29))).isFalse();
    // six months from 1/9/2019 end on 29/2/2020
    assertThat(SIX_MONTHS.reachedBy(LocalDate.of(2019, 9, 1), LocalDate.of(2020, 2, 29))).isTrue();
    assertThat(SIX_MONTHS.reachedBy(LocalDate.of(2019, 9, 1), LocalDate.of(2020, 2, 28))).isFalse();
  }

  @Test
  void anyLength_isReachedByOneDay() {
    assertThat(ExemptionThreshold.anyLength().exemptsAnyLength()).isTrue();
    assertThat(
            ExemptionThreshold.anyLength()
                .reachedBy(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 1)))
        .isTrue();
    assertThat(SIX_MONTHS.exemptsAnyLength()).isFalse();
  }

  @Test
  void parse_isoPeriodWithOrWithoutPrefixOrZero() {
    assertThat(ExemptionThreshold.parse("P6M")).isEqualTo(SIX_MONTHS);
    assertThat(ExemptionThreshold.parse("6m")).isEqualTo(SIX_MONTHS);
    assertThat(ExemptionThreshold.parse("0")).isEqualTo(ExemptionThreshold.anyLength());
    assertThat(SIX_MONTHS).hasToString("P6M");
    assertThat(ExemptionThreshold.anyLength()).hasToString("0");
  }

  @Test
  void parse_notAPeriod_namesTheText() {
    assertThatThrownBy(() -> ExemptionThreshold.parse("six months"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'six months'");
    assertThatThrownBy(() -> ExemptionThreshold.atLeast(Period.ofMonths(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative");
  }
}
