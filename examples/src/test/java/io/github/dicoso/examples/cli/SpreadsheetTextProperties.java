package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class SpreadsheetTextProperties {

  @Property
  void restore_ofNeutralised_givesTheOriginal(@ForAll String value) {
    assertThat(SpreadsheetText.restore(SpreadsheetText.neutralise(value))).isEqualTo(value);
  }

  @Property
  void neutralise_anyText_neverStartsWithAFormulaCharacter(@ForAll String value) {
    String written = SpreadsheetText.neutralise(value);
    assertThat(written.isEmpty() || "=+-@\t\r".indexOf(written.charAt(0)) < 0).isTrue();
  }
}
