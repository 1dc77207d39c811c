package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code explain} on the sample. */
class ExplainCommandTest {
  @Test
  void explain_sampleOfficer_printsTheStatusNumbersAndCitation() {
    Tool.Run run = Tool.run("explain", "--sample", "--officer", "BT-08");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("NON_COMPLIANT")
        .contains("52")
        .contains("60")
        .contains("Hướng dẫn 03-HD/TWĐTN-BTC");
  }

  @Test
  void explain_unknownOfficer_exits2NamingIt() {
    Tool.Run run = Tool.run("explain", "--sample", "--officer", "BT-99");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--officer BT-99: no such officer");
  }

  @Test
  void explain_withoutOfficer_exits2() {
    Tool.Run run = Tool.run("explain", "--sample");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--officer");
  }
}
