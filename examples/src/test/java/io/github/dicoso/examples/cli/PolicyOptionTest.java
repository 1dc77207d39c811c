package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --policy} on {@code evaluate}: presets, variant files and their errors. */
class PolicyOptionTest {
  @TempDir Path dir;

  @Test
  void evaluate_preset_appliesIt() {
    Tool.Run run = Tool.run("evaluate", "--sample", "--policy", "thirty-day-year");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).containsPattern("BT-05 +Hoàng Thị Lan +COMPLIANT +30 +59.5");
  }

  @Test
  void evaluate_misspelledPreset_exits2SuggestingTheNearestName() {
    Tool.Run run = Tool.run("evaluate", "--sample", "--policy", "thirty-day-yaer");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("thirty-day-yaer", "thirty-day-year", "variant file ending in .properties");
  }

  @Test
  void evaluate_variantFile_appliesItAndReportsItsName() throws IOException {
    Path variant =
        Tool.write(
            dir,
            "tay-ninh.properties",
            "name = Tay Ninh 2018",
            "base = national-2018",
            "document = 01-HD/TĐTN, 2018-05-02, Tỉnh đoàn Tây Ninh",
            "subject-levels = CENTRAL, PROVINCIAL, DISTRICT");

    Tool.Run run = Tool.run("evaluate", "--sample", "--policy", variant.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Tay Ninh 2018")
        .containsPattern("BT-21 +Kiều Văn Định +NON_COMPLIANT +60 +40");
  }

  @Test
  void evaluate_variantFileWithUnknownKey_exits2NamingTheLineKeyAndValue() throws IOException {
    Path variant =
        Tool.write(
            dir,
            "bad.properties",
            "name = Bad",
            "base = national-2018",
            "document = 01-HD/TĐTN, 2018-05-02, Tỉnh đoàn X",
            "required-dayz = 30");

    Tool.Run run = Tool.run("evaluate", "--sample", "--policy", variant.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains("bad.properties", "line 4", "required-dayz", "30", "required-days");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void evaluate_variantNobodyCanSatisfy_exits2WithTheCheck() throws IOException {
    Path variant =
        Tool.write(
            dir,
            "impossible.properties",
            "name = Impossible",
            "base = national-2018",
            "document = 01-HD/TĐTN, 2018-05-02, Tỉnh đoàn X",
            "required-days = 400");

    Tool.Run run = Tool.run("evaluate", "--sample", "--policy", variant.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("REQUIRED_EXCEEDS_PERIOD");
  }

  @Test
  void evaluate_missingVariantFile_exits2() {
    Tool.Run run =
        Tool.run("evaluate", "--sample", "--policy", dir.resolve("none.properties").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("none.properties: no such file");
  }
}
