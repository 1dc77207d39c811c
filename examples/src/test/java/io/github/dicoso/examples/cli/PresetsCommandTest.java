package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import org.junit.jupiter.api.Test;

/** {@code presets}: every preset with its changes from the national rule and their sources. */
class PresetsCommandTest {
  @Test
  void presets_english_listsEveryPresetWithItsChangesAndCitations() {
    Tool.Run run = Tool.run("presets");

    assertThat(run.status()).as(run.err()).isZero();
    for (Policy policy : Policies.all()) {
      assertThat(run.out().lines()).as(policy.name()).contains(policy.name());
    }
    assertThat(run.out())
        .contains("Presets: " + Policies.all().size() + " policies")
        .contains("Changes from national-2018 (1):")
        .contains("required-days: 60 -> 30 (")
        .contains("subject-levels: ")
        .contains("windows-required: false -> true (")
        .contains("      days at the grassroots required in a counting period");
  }

  @Test
  void presets_vietnameseInAnyCase_usesTheLibrarysVietnameseNames() {
    Tool.Run run = Tool.run("presets", "--lang", "Vi");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Các bộ quy định có sẵn")
        .contains("thirty-day-year - 30 ngày/năm (Ninh Thuận 2020)")
        .contains("Điểm khác với national-2018")
        .contains("số ngày phải thực hiện (`required-days`): 60 -> 30 (")
        .doesNotContain("days at the grassroots required");
  }

  @Test
  void presets_eachChangeCitesTheProvinceThatMadeIt() {
    Tool.Run run = Tool.run("presets");

    String thirty = section(run.out(), Policies.THIRTY_DAY_YEAR);
    assertThat(thirty).contains("Ninh Thuận");
    String split = section(run.out(), Policies.HOST_LEVEL_SPLIT);
    assertThat(split)
        .contains("host-level-minimum.BRANCH: none -> 30 (")
        .contains("count-without-travel-order: true -> false (")
        .contains("Vũng Tàu");
  }

  /** The lines of one preset: from its name to the next blank line. */
  private static String section(String out, String name) {
    int start = out.indexOf("\n" + name);
    int end = out.indexOf("\n\n", start + 1);
    return out.substring(start, end < 0 ? out.length() : end);
  }
}
