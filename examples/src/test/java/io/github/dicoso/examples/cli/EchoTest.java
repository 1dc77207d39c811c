package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EchoTest {
  @Test
  void of_shortText_isUnchanged() {
    assertThat(Echo.of("Nguyễn Thị Lan")).isEqualTo("Nguyễn Thị Lan");
  }

  @Test
  void of_controlCharacters_areEscaped() {
    assertThat(Echo.of("Lan\u0000\u001B[31m\t")).isEqualTo("Lan\\u0000\\u001B[31m\\u0009");
  }

  @Test
  void of_longText_isCutTo80CharactersWithAnEllipsis() {
    String echoed = Echo.of("x".repeat(10_000_000));

    assertThat(echoed).hasSize(Echo.LIMIT).endsWith("...").startsWith("x".repeat(77));
  }

  @Test
  void of_textOfExactly80Characters_isUnchanged() {
    assertThat(Echo.of("y".repeat(80))).isEqualTo("y".repeat(80));
  }

  @Test
  void of_cutNeverSplitsAnEscapeOrASurrogatePair() {
    assertThat(Echo.of("a".repeat(75) + "\u0000" + "b".repeat(10)))
        .isEqualTo("a".repeat(75) + "...");
    assertThat(Echo.of("a".repeat(76) + "😀" + "b".repeat(10))).isEqualTo("a".repeat(76) + "...");
  }

  @Test
  void message_quotedValuesAreCutAndTheWordsKept() {
    String message = "variant file line 3: unknown key '" + "k".repeat(5_000) + "' (value 'v')";

    assertThat(Echo.message(message))
        .isEqualTo("variant file line 3: unknown key '" + "k".repeat(77) + "...' (value 'v')");
  }

  @Test
  void message_manyQuotes_stayBounded() {
    assertThat(Echo.message("'".repeat(1_000_000))).hasSizeLessThanOrEqualTo(Echo.MESSAGE_LIMIT);
  }
}
