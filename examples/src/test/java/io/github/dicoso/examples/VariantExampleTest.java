package io.github.dicoso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Policy;
import io.github.dicoso.variant.PolicyChecks;
import io.github.dicoso.variant.VariantFile;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class VariantExampleTest {
  @Test
  void run_twoPresets_showsWhoChangesStatusAndWhy() {
    String text = VariantExample.run(List.of());

    assertThat(text)
        .contains("Checks of thirty-day-year: no problems")
        .contains(
            "TD-02 under thirty-day-year: NON_COMPLIANT 45/60 -> COMPLIANT 45/30, because required-days: 60 -> 30")
        .contains(
            "TD-03 under host-level-split-travel-order: COMPLIANT 62/60 -> NON_COMPLIANT 57/60, because"
                + " count-without-travel-order: true -> false")
        .contains("Status changes (3):")
        .doesNotContain("TD-07 under");
  }

  @Test
  void run_withTheSampleVariantFile_readsChecksAndComparesIt() throws IOException {
    Policy trial;
    try (Reader in =
        Files.newBufferedReader(
            Path.of("variants", "hau-giang-trial.properties"), StandardCharsets.UTF_8)) {
      trial = VariantFile.read(in);
    }

    assertThat(PolicyChecks.check(trial)).isEmpty();
    assertThat(VariantExample.run(List.of(trial)))
        .contains("hau-giang-trial: 2019-03-01..2019-12-31")
        .contains(
            "TD-04 under hau-giang-trial: NON_COMPLIANT 38/60 -> COMPLIANT 30/30, because required-days: 60 -> 30"
                + " (17-HD/TĐTN-TCKT, 2/8/2018)");
  }
}
