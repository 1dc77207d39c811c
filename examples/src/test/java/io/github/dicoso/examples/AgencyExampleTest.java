package io.github.dicoso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AgencyExampleTest {
  @Test
  void run_constructedAgency_printsExplanationReportAndUnknownOfficer() {
    String text = AgencyExample.run();

    assertThat(text)
        .contains("NON_COMPLIANT: 52 of 60 required days credited (8 short).")
        .contains(
            "Excluded: visit TD-05-INV (2019-05-02, invited only) (Hướng dẫn 03-HD/TWĐTN-BTC, 21/3/2018).")
        .contains("CHƯA ĐẠT: ghi nhận 52/60 ngày phải thực hiện (thiếu 8 ngày).")
        .contains("In scope: 10; subject: 9; not subject: 1.")
        .contains("Evaluated: 7; compliant: 5; non-compliant: 2; rate: 71.43%.")
        .contains("Violation: Officer id TD-99 is not in the population");
  }
}
