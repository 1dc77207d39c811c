package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare} on the sample and on files: presets, variant files and usage errors. */
class CompareCommandTest {
  @TempDir Path dir;

  @Test
  void compare_districtIncluded_listsTheDistrictCommitteeMemberAsChanged() {
    Tool.Run run =
        Tool.run(
            "compare", "--sample", "--policy", "national-2018", "--policy", "district-included");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .containsPattern(
            "BT-21 under district-included: NOT_SUBJECT 40/0 -> NON_COMPLIANT 40/60,"
                + " because subject-levels");
    assertThat(run.out()).contains("unit report", "national-2018", "district-included");
    // the sample's visits V-0220 (BT-26) and V-0388 (BT-3) and BT-30's leave name no officer
    assertThat(run.err())
        .contains(
            "2 visits and 1 leave name an officer not in the officers file; credited to and"
                + " applied for no one under every policy");
  }

  @Test
  void compare_singlePolicy_comparesItWithTheNationalRule() {
    Tool.Run run = Tool.run("compare", "--sample", "--policy", "thirty-day-year");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("Comparison of national-2018 with thirty-day-year")
        .contains("BT-05 under thirty-day-year: NON_COMPLIANT 59.5/60 -> COMPLIANT 59.5/30");
  }

  @Test
  void compare_variantFile_isReadAndCitedInTheChanges() throws IOException {
    Path variant =
        Tool.write(
            dir,
            "hau-giang-2020.properties",
            "# Hậu Giang, 2020: completion reported against 30 days",
            "name = Hau Giang 2020 (COVID year)",
            "base = national-2018",
            "document = 17-HD/TĐTN-TCKT, 2018-08-02, Tỉnh đoàn Hậu Giang",
            "required-days = 30");

    Tool.Run run = Tool.run("compare", "--sample", "--policy", variant.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("required-days: 60 -> 30 (17-HD/TĐTN-TCKT, 2/8/2018)")
        .contains("under Hau Giang 2020 (COVID year)");
  }

  @Test
  void compare_sameNameTwice_exits2() {
    Tool.Run run =
        Tool.run("compare", "--sample", "--policy", "national-2018", "--policy", "national-2018");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("already compared");
  }

  @Test
  void compare_withoutPolicy_exits2() {
    Tool.Run run = Tool.run("compare", "--sample");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--policy");
  }
}
