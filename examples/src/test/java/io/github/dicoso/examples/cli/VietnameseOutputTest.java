package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every text command run with {@code --lang vi} on the sample speaks Vietnamese only, on standard
 * output and on standard error: no English word, no raw code ({@link VietnameseText}).
 */
class VietnameseOutputTest {
  @TempDir Path dir;

  @Test
  void evaluate_sample_vietnameseOnly() {
    Tool.Run run = Tool.run("evaluate", "--sample", "--lang", "vi");

    assertThat(run.status()).as(run.err()).isZero();
    VietnameseText.assertNoEnglish(run.out());
    VietnameseText.assertNoEnglish(run.err());
    // the sample's statuses, reasons, numbers and warnings, worked out from the sample files
    assertThat(run.out())
        .contains("Quy định: toàn quốc (Hướng dẫn 03, 2018)")
        .doesNotContain("national-2018")
        .contains(
            "CHƯA ĐẠT",
            "59,5",
            "73,68 %",
            "ĐƯỢC MIỄN               0         12          0  thai sản")
        .contains("* BT-16: 30/60 ngày: công tác 181/365 ngày trong kỳ")
        .contains("Chú giải:");
    assertThat(run.err()).contains("cảnh báo: visits.csv: bỏ qua cột không dùng `ghi_chu`");
    assertThat(run.err()).contains("2 chuyến đi và 1 kỳ nghỉ ghi mã cán bộ không có");
  }

  @ParameterizedTest
  @ValueSource(strings = {"BT-16", "BT-10", "BT-15", "BT-09", "BT-06", "BT-07", "BT-08", "BT-12"})
  void explain_sampleOfficer_vietnameseOnlyEndingWithANewline(String officer) {
    Tool.Run run = Tool.run("explain", "--sample", "--officer", officer, "--lang", "vi");

    assertThat(run.status()).as(run.err()).isZero();
    VietnameseText.assertNoEnglish(run.out());
    VietnameseText.assertNoEnglish(run.err());
    assertThat(run.out()).endsWith(System.lineSeparator()).startsWith("Cán bộ " + officer);
  }

  @Test
  void explain_outsideService_defaultCitedInVietnamese() {
    Tool.Run run = Tool.run("explain", "--sample", "--officer", "BT-15", "--lang", "vi");

    assertThat(run.out())
        .contains("mặc định của dicoso: chỉ tính những ngày cán bộ đang giữ chức vụ")
        .doesNotContain("holds the post");
  }

  @Test
  void presets_vietnameseOnly() {
    Tool.Run run = Tool.run("presets", "--lang", "vi");

    assertThat(run.status()).as(run.err()).isZero();
    VietnameseText.assertNoEnglish(run.out());
    assertThat(run.out())
        .contains("số ngày phải thực hiện (`required-days`): 60 -> 30")
        .contains("tính chuyến không có công lệnh (`count-without-travel-order`): có -> không");
  }

  @Test
  void check_bundledVariantAndAProblem_vietnameseOnly() throws IOException {
    Tool.Run bundled =
        Tool.run("check", "../examples/variants/hau-giang-trial.properties", "--lang", "vi");
    Path zero =
        Tool.write(
            dir, "zero.properties", "name = zero", "base = national-2018", "required-days = 0");
    Tool.Run problem = Tool.run("check", zero.toString(), "--lang", "vi");

    for (Tool.Run run : new Tool.Run[] {bundled, problem}) {
      VietnameseText.assertNoEnglish(run.out());
      VietnameseText.assertNoEnglish(run.err());
    }
    assertThat(problem.out())
        .contains("Cảnh báo số ngày phải thực hiện bằng 0")
        .contains("`required-days`")
        .contains("zero: 0 lỗi, 2 cảnh báo.");
  }

  @Test
  void plan_sample_vietnameseOnly() {
    Tool.Run run = Tool.run("plan", "--sample", "--as-of", "2019-06-30", "--lang", "vi");

    assertThat(run.status()).as(run.err()).isZero();
    VietnameseText.assertNoEnglish(run.out());
    VietnameseText.assertNoEnglish(run.err());
    assertThat(run.out()).contains("(5 ngày trước khi bắt đầu quý)");
  }

  @Test
  void evaluate_doubtfulPolicyAndEmptyRows_warnedInVietnamese() throws IOException {
    Path zero =
        Tool.write(
            dir, "zero.properties", "name = zero", "base = national-2018", "required-days = 0");
    Tool.Run run = Tool.run("evaluate", "--sample", "--policy", zero.toString(), "--lang", "vi");

    assertThat(run.status()).as(run.err()).isZero();
    VietnameseText.assertNoEnglish(run.err().replace(zero.toString(), "zero.properties"));
    assertThat(run.err()).contains("số ngày phải thực hiện bằng 0");
  }

  @Test
  void englishIn_findsWordsAndCodes_notNamesIdsOrDates() {
    assertThat(VietnameseText.englishIn("BT-08  NON_COMPLIANT  chỉ được mời")).hasSize(1);
    assertThat(VietnameseText.englishIn("thai sản MATERNITY")).hasSize(1);
    assertThat(VietnameseText.englishIn("Visit V-0147 is not counted")).hasSize(4);
    assertThat(
            VietnameseText.englishIn(
                "Chuyến V-0147 (2019-03-25) của BT-08, Hướng dẫn 03-HD/TWĐTN-BTC,"
                    + " `required-days`, visits.csv, --out, binh-thuan-2019-plans, 2019-Q2#1"))
        .isEmpty();
  }
}
