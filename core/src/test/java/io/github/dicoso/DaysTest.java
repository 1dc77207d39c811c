package io.github.dicoso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
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

  @Property
  void parse_ofToString_roundTrips(@ForAll @LongRange(min = -10_000, max = 10_000) long halves) {
    Days d = Days.ofHalves(halves);
    assertThat(Days.parse(d.toString())).isEqualTo(d);
  }

  @Property
  void scaledRoundingUp_neverBelowExactShare(
      @ForAll @LongRange(min = 0, max = 400) long numerator,
      @ForAll @LongRange(min = 1, max = 400) long extra) {
    long denominator = numerator + extra;
    Days scaled = Days.of(60).scaledRoundingUp(numerator, denominator);
    // scaled * denominator >= 60 * numerator, and scaled is a whole number of days
    assertThat(scaled.isWhole()).isTrue();
    assertThat(scaled.halves() * denominator).isGreaterThanOrEqualTo(120 * numerator);
    assertThat((scaled.halves() - 2) * denominator).isLessThan(120 * numerator);
  }
}
