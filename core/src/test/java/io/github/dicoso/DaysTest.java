package io.github.dicoso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DaysTest {
  @Test
  void toString_halfDays_printsPointFive() {
    assertThat(Days.ofHalves(119)).hasToString("59.5");
    assertThat(Days.of(60)).hasToString("60");
    assertThat(Days.ZERO).hasToString("0");
  }

  @Test
  void ofHalves_negative_isRejectedNamingTheDays() {
    assertThatThrownBy(() -> Days.ofHalves(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days must not be negative: -0.5");
    assertThatThrownBy(() -> Days.of(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void parse_commaOrPoint_readsHalves() {
    assertThat(Days.parse("59,5")).isEqualTo(Days.ofHalves(119));
    assertThat(Days.parse("60")).isEqualTo(Days.of(60));
    assertThat(Days.parse(" 0.5 ")).isEqualTo(Days.HALF);
  }

  @Test
  void parse_quarterDayOrNegative_isRejectedNamingTheText() {
    assertThatThrownBy(() -> Days.parse("1.25"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'1.25'");
    assertThatThrownBy(() -> Days.parse("-2"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'-2'");
  }

  @Test
  void minusFloorZero_largerSubtrahend_isZero() {
    assertThat(Days.of(60).minusFloorZero(Days.of(52))).isEqualTo(Days.of(8));
    assertThat(Days.of(52).minusFloorZero(Days.of(60))).isEqualTo(Days.ZERO);
  }

  @Test
  void scaledRoundingUp_partialYear_roundsUpToWholeDay() {
    assertThat(Days.of(60).scaledRoundingUp(335, 365)).isEqualTo(Days.of(56));
    assertThat(Days.of(60).scaledRoundingUp(365, 365)).isEqualTo(Days.of(60));
    assertThat(Days.of(60).scaledRoundingUp(0, 365)).isEqualTo(Days.ZERO);
    assertThat(Days.ofHalves(119).scaledRoundingUp(1, 1)).isEqualTo(Days.ofHalves(119));
  }

  @Test
  void scaledRoundingUp_notAFractionBetweenZeroAndOne_isRejected() {
    assertThatThrownBy(() -> Days.of(60).scaledRoundingUp(366, 365))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("366/365");
  }
}
