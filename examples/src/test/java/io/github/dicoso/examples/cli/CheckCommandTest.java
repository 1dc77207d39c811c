package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}: the static checks of a variant file, with its lines. */
class CheckCommandTest {
  @TempDir Path dir;

  @Test
  void check_bundledTrialVariant_hasNoErrorAndExitsZero() {
    Tool.Run run = Tool.run("check", "../examples/variants/hau-giang-trial.properties");

    assertThat(run.status()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("hau-giang-trial: 0 errors");
  }

  @Test
  void check_contradiction_exits2NamingTheFileAndTheLineOfTheKey() throws IOException {
    Path file =
        Tool.write(
            dir,
            "too-many.properties",
            "# a year has no 400 days",
            "name = too-many",
            "base = national-2018",
            "required-days = 400");

    Tool.Run run = Tool.run("check", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out())
        .contains(file + " line 4: Error REQUIRED_EXCEEDS_PERIOD: ")
        .contains(file + ": Warning DRAFT: ")
        .contains("too-many: 1 errors, 1 warnings.");
  }

  @Test
  void check_warningsOnly_exitsZero() throws IOException {
    Path file =
        Tool.write(
            dir, "zero.properties", "name = zero", "base = national-2018", "required-days = 0");

    Tool.Run run = Tool.run("check", file.toString(), "--lang", "vi");

    assertThat(run.status()).as(run.out()).isZero();
    assertThat(run.out())
        .contains(file + " dòng 3: Cảnh báo số ngày phải thực hiện bằng 0")
        .doesNotContain("REQUIRED_DAYS_ZERO")
        .contains("zero: 0 lỗi, 2 cảnh báo.");
  }

  @Test
  void check_unreadableVariant_exits2NamingTheFileLineKeyAndValue() throws IOException {
    Path file =
        Tool.write(
            dir, "typo.properties", "name = typo", "base = national-2018", "requried-days = 30");

    Tool.Run run = Tool.run("check", file.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err())
        .contains(file + " line 3: unknown key 'requried-days' (value '30')")
        .contains("required-days");
  }

  @Test
  void check_missingFile_exits2NamingIt() {
    Tool.Run run = Tool.run("check", dir.resolve("nowhere.properties").toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("nowhere.properties: no such file");
  }

  @Test
  void check_noFile_isAUsageErrorInOneLine() {
    Tool.Run run = Tool.run("check");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required parameter: 'FILE'");
    assertThat(run.err().lines()).hasSize(2);
  }
}
