package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SpreadsheetTextTest {
  @ParameterizedTest
  @ValueSource(strings = {"=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx", "'quoted"})
  void neutralise_formulaStart_prefixesAnApostrophe(String value) {
    assertThat(SpreadsheetText.neutralise(value)).isEqualTo("'" + value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "O-1", "BT-01", "1=1", "a+b", "Nguyễn"})
  void neutralise_plainText_keepsIt(String value) {
    assertThat(SpreadsheetText.neutralise(value)).isEqualTo(value);
  }
}
