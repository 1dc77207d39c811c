package io.github.dicoso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DaysTest {
  @Test
  void toString_halfDays_printsPointFive() {
    assertThat(Days.ofHalves(119)).hasToString("59.5");
    assertThat(Days.of(60)).hasToString("60");
    assertThat(Days.ofHalves(-1)).hasToString("-0.5");
  }

  @Test
  void parse_commaOrPoint_readsHalves() {
    assertThat(Days.parse("59,5")).isEqualTo(Days.ofHalves(119));
    assertThat(Days.parse("60")).isEqualTo(Days.of(60));
  }

  @Test
  void parse_quarterDay_isRejectedNamingTheText() {
    assertThatThrownBy(() -> Days.parse("1.25"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'1.25'");
  }

  @Test
  void scaledRoundingUp_partialYear_roundsUpToWholeDay() {
    assertThat(Days.of(60).scaledRoundingUp(335, 365)).isEqualTo(Days.of(56));
    assertThat(Days.of(60).scaledRoundingUp(365, 365)).isEqualTo(Days.of(60));
    assertThat(Days.of(60).scaledRoundingUp(0, 365)).isEqualTo(Days.ZERO);
    assertThat(Days.ofHalves(119).scaledRoundingUp(1, 1)).isEqualTo(Days.ofHalves(119));
  }
}
