package io.github.dicoso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The README's embedding example compiles and gives the numbers the README states. */
class FoundationExampleTest {
  @Test
  void run_oneOfficerWithAMonthOfSickLeave_creditsFiveOfFiftySixDays() {
    // 60 days pro rata to 335 of 365 days in post is 55.07, rounded up to 56
    assertThat(FoundationExample.run()).isEqualTo("SUBJECT_LEVEL_AND_EMPLOYMENT: 5 of 56 days");
  }
}
