package io.github.dicoso.accrual;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Citation;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import org.junit.jupiter.api.Test;

/** Issue 14: every exclusion cites a rule about that exclusion. */
class ExclusionTest {
  private static final Policy NATIONAL = Policies.national2018();

  @Test
  void citation_evidenceAndPeriodExclusions_citeTheirParameter() {
    assertThat(Exclusion.INVITED_ONLY.citation(NATIONAL))
        .isEqualTo(NATIONAL.citation(Parameter.COUNT_INVITED_ONLY));
    assertThat(Exclusion.UNAPPROVED.citation(NATIONAL))
        .isEqualTo(NATIONAL.citation(Parameter.COUNT_UNAPPROVED));
    assertThat(Exclusion.NO_TRAVEL_ORDER.citation(NATIONAL))
        .isEqualTo(NATIONAL.citation(Parameter.COUNT_WITHOUT_TRAVEL_ORDER));
    assertThat(Exclusion.HALF_DAY_NOT_CREDITED.citation(NATIONAL))
        .isEqualTo(NATIONAL.citation(Parameter.HALF_DAY_CREDIT));
    assertThat(Exclusion.OUTSIDE_PERIOD.citation(NATIONAL))
        .isEqualTo(NATIONAL.citation(Parameter.COUNTING_PERIOD));
    assertThat(Exclusion.DURING_LEAVE.citation(NATIONAL))
        .isEqualTo(NATIONAL.citation(Parameter.VISIT_DURING_LEAVE));
  }

  @Test
  void citation_outsideService_citesTheServiceRuleNotProRating() {
    Citation c = Exclusion.OUTSIDE_SERVICE.citation(NATIONAL);

    assertThat(c).isNotEqualTo(NATIONAL.citation(Parameter.PRO_RATING));
    assertThat(c.authority()).isEqualTo(Citation.Authority.DEFAULT);
    assertThat(c.provision()).contains("holds the post").doesNotContain("pro-rat");
  }

  @Test
  void citation_ofAVariant_followsTheVariantsDocument() {
    Policy split = Policies.hostLevelSplit();

    assertThat(Exclusion.NO_TRAVEL_ORDER.citation(split)).isEqualTo(split.document().orElseThrow());
    assertThat(Exclusion.OUTSIDE_PERIOD.citation(Policies.marchToDecember()))
        .isEqualTo(Policies.marchToDecember().document().orElseThrow());
  }

  @Test
  void citation_everyExclusion_differsFromTheProRatingCitation() {
    for (Exclusion e : Exclusion.values()) {
      assertThat(e.citation(NATIONAL))
          .as(e.name())
          .isNotEqualTo(NATIONAL.citation(Parameter.PRO_RATING));
    }
  }
}
