package io.github.dicoso.accrual;

import static io.github.dicoso.Fixtures.visit;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.visit.Visit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class EvidenceRuleTest {
  private static final LocalDate MAY_2 = LocalDate.of(2019, 5, 2);

  @Test
  void exclusion_plainVisit_isNone() {
    assertThat(
            EvidenceRule.exclusion(
                Policies.national2018(), visit("V-1", "O-1").start(MAY_2).build()))
        .isEmpty();
  }

  @Test
  void exclusion_severalShortcomings_givesTheFirstInTheRulesOrder() {
    Visit all =
        visit("V-1", "O-1")
            .start(MAY_2)
            .invitedOnly(true)
            .approved(false)
            .travelOrder(false)
            .halfDay(true)
            .build();
    Policy strict =
        Policy.variantOf(Policies.national2018())
            .name("strict")
            .set(Parameter.COUNT_UNAPPROVED, false)
            .set(Parameter.COUNT_WITHOUT_TRAVEL_ORDER, false)
            .set(Parameter.HALF_DAY_CREDIT, false)
            .build();
    Policy invitedCount =
        Policy.variantOf(strict).name("invited").set(Parameter.COUNT_INVITED_ONLY, true).build();
    Policy approvedNotNeeded =
        Policy.variantOf(invitedCount)
            .name("approval")
            .set(Parameter.COUNT_UNAPPROVED, true)
            .build();
    Policy orderNotNeeded =
        Policy.variantOf(approvedNotNeeded)
            .name("order")
            .set(Parameter.COUNT_WITHOUT_TRAVEL_ORDER, true)
            .build();

    assertThat(EvidenceRule.exclusion(strict, all)).contains(Exclusion.INVITED_ONLY);
    assertThat(EvidenceRule.exclusion(invitedCount, all)).contains(Exclusion.UNAPPROVED);
    assertThat(EvidenceRule.exclusion(approvedNotNeeded, all)).contains(Exclusion.NO_TRAVEL_ORDER);
    assertThat(EvidenceRule.exclusion(orderNotNeeded, all))
        .contains(Exclusion.HALF_DAY_NOT_CREDITED);
  }
}
