package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class LabelsTest {
  private static Properties load(String name) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        LabelsTest.class.getResourceAsStream("/io/github/dicoso/examples/cli/" + name)) {
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return p;
  }

  @Test
  void bundles_vietnameseAndEnglish_haveTheSameKeys() throws IOException {
    assertThat(load("labels_vi.properties").keySet()).isEqualTo(load("labels.properties").keySet());
  }

  @Test
  void get_vietnamese_keepsDiacritics() {
    assertThat(Labels.of("vi").get("unit.complianceRate")).isEqualTo("Tỷ lệ đạt");
  }

  @Test
  void get_withArguments_fillsThemIn() {
    assertThat(Labels.of("en").get("days.of", "59.5", "60")).isEqualTo("59.5 of 60 days");
  }

  @Test
  void of_unknownLanguage_isRejected() {
    assertThatThrownBy(() -> Labels.of("fr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fr");
  }
}
