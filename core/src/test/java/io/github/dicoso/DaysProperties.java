package io.github.dicoso;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

class DaysProperties {

  @Property
  void parse_ofToString_roundTrips(@ForAll @LongRange(min = 0, max = 10_000) long halves) {
    Days d = Days.ofHalves(halves);
    assertThat(Days.parse(d.toString())).isEqualTo(d);
  }

  @Property
  void plusThenMinusFloorZero_givesBackTheFirst(
      @ForAll @LongRange(min = 0, max = 10_000) long a,
      @ForAll @LongRange(min = 0, max = 10_000) long b) {
    Days x = Days.ofHalves(a);
    Days y = Days.ofHalves(b);
    assertThat(x.plus(y).minusFloorZero(y)).isEqualTo(x);
    assertThat(x.minusFloorZero(y).isZero()).isEqualTo(a <= b);
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
