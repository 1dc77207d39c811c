package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The report on standard output: width, legend, reasons of reduced requirements, numbers. */
class TextReportTest {

  @ParameterizedTest
  @ValueSource(strings = {"en", "vi"})
  void mainJob_everyLineFitsOneHundredColumns(String language) {
    Tool.Run run = Tool.run("evaluate", "--sample", "--lang", language);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out().lines().filter(l -> l.codePointCount(0, l.length()) > 100).toList())
        .isEmpty();
  }

  @Test
  void mainJob_noArguments_fitsAndHasTheLegend() {
    Tool.Run run = Tool.run();

    assertThat(run.out().lines().filter(l -> l.codePointCount(0, l.length()) > 100).toList())
        .isEmpty();
    assertThat(run.out())
        .contains("Legend:")
        .contains("  NON_COMPLIANT: the days credited are below the days required")
        .contains("  *: required days below the quota")
        .contains("  ×2: the finding occurs twice")
        .contains("Host units covered: the distinct host units where the evaluated officers");
  }

  @Test
  void mainJob_reducedRequirements_explainedFromTheSample() {
    // officers.csv: BT-16 served until 2019-06-30, 181 of 365 days, 60 x 181 / 365 = 29.75,
    // rounded up to 30; BT-15 from 2019-07-01, 184 days: 30.25 -> 31. leaves.csv: BT-12's 30 days
    // of sick leave in September are deducted, 60 x 335 / 365 = 55.07 -> 56.
    String out = Tool.run().out();

    assertThat(out)
        .contains("Required below the quota (*):")
        .contains(
            "  * BT-16: 30 of 60 days: in service 181 of 365 days of the period; pro-rated by days"
                + " of service")
        .contains("  * BT-15: 31 of 60 days: in service 184 of 365 days of the period;")
        .contains(
            "  * BT-12: 56 of 60 days: in service 365 of 365 days of the period; 30 days of"
                + " leave deducted;");
    assertThat(line(out, "BT-16 ")).contains("NON_COMPLIANT", "30*", "24", "6");
    assertThat(line(out, "BT-01 ")).doesNotContain("*");
  }

  @Test
  void mainJob_kindsAndLevels_inASecondTableThatSaysDaysOverlap() {
    String out = Tool.run().out();

    assertThat(out)
        .contains("Days by kind of work and by host level")
        .contains("One day can carry several kinds of work, so the days by kind add up to more");
    // BT-05: 23 + 13 + 17 + 19.5 = 72.5 days by kind for 59.5 days credited
    List<String> bt05 = out.lines().filter(l -> l.startsWith("BT-05 ")).toList();
    assertThat(bt05).hasSize(2);
    assertThat(bt05.get(0)).contains("NON_COMPLIANT", "60", "59.5", "0.5");
    assertThat(bt05.get(1).split("\\s+"))
        .containsExactly("BT-05", "23", "13", "17", "19.5", "21.5", "26", "12");
  }

  @Test
  void mainJob_notesInWords_noRawCodes() {
    String out = Tool.run().out();

    assertThat(line(out, "BT-08 ")).endsWith("invited only, not counted ×2");
    assertThat(line(out, "BT-09 ")).contains("maternity 2019-04-15..2019-10-14");
    assertThat(out)
        .doesNotContain("INVITED_ONLY", "UNKNOWN_OFFICER", "EMPLOYMENT_NOT_SUBJECT", "MATERNITY");
  }

  @Test
  void wrap_breaksAtSpacesWithTheContinuation() {
    assertThat(TextReport.wrap("aaa bbb ccc", 7, "  ")).containsExactly("aaa bbb", "  ccc");
    assertThat(TextReport.wrap("short", 7, "  ")).containsExactly("short");
    assertThat(TextReport.continuation("  - Ban Phong trào")).isEqualTo("      ");
  }

  private static String line(String out, String start) {
    return out.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow();
  }
}
