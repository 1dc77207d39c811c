package io.github.dicoso.variant;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Policy;
import io.github.dicoso.PolicyArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Writing a policy and reading it back gives an equal policy, citations and drafts included. */
class VariantFileProperties {
  @Provide
  Arbitrary<Policy> standalone() {
    return PolicyArbitraries.standalonePolicies();
  }

  @Provide
  Arbitrary<Policy> variants() {
    return PolicyArbitraries.variantsOfShippedPolicies();
  }

  @Property(tries = 300)
  void read_ofWrite_givesEqualPolicyWithoutBase(@ForAll("standalone") Policy policy) {
    assertThat(VariantFile.parse(VariantFile.write(policy))).isEqualTo(policy);
  }

  @Property(tries = 300)
  void read_ofWrite_givesEqualPolicyForVariantsOfShippedPolicies(
      @ForAll("variants") Policy policy) {
    assertThat(VariantFile.parse(VariantFile.write(policy))).isEqualTo(policy);
  }
}
