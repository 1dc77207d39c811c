package io.github.dicoso;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Every value a policy can hold is written and read back unchanged. */
class ParameterProperties {
  @Provide
  Arbitrary<Policy> policies() {
    return PolicyArbitraries.standalonePolicies();
  }

  @Property(tries = 300)
  void parse_ofFormat_givesBackTheValue(@ForAll("policies") Policy policy) {
    for (Parameter<?> p : Parameter.all()) {
      assertRoundTrip(p, policy);
    }
  }

  private static <T> void assertRoundTrip(Parameter<T> p, Policy policy) {
    T value = policy.get(p);
    assertThat(p.parse(p.format(value))).as(p.key()).isEqualTo(value);
  }
}
