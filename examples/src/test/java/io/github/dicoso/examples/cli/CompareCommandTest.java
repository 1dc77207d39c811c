package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code compare} while local variants are not part of the build. */
class CompareCommandTest {
  @Test
  void compare_variantsNotAvailable_exits2SayingSo() {
    Tool.Run run = Tool.run("compare", "--sample", "--policy", "national-2018", "--policy", "national-2018");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("compare is not available yet");
    assertThat(run.out()).isEmpty();
  }
}
