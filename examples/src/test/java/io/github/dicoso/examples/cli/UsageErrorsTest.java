package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Usage errors in one line with a pointer to --help, and the language option. */
class UsageErrorsTest {
  @ParameterizedTest
  @ValueSource(strings = {"presets", "check", "template", "plan"})
  void help_ofEachNewCommand_isListedAndPrinted(String command) {
    Tool.Run run = Tool.run(command, "--help");

    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("Usage: dicoso " + command);
    assertThat(Tool.run("--help").out()).contains("  " + command + " ");
  }

  @Test
  void evaluate_noOptions_namesEveryMissingOptionInOneLineAndPointsToHelp() {
    Tool.Run run = Tool.run("evaluate");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList())
        .containsExactly(
            "dicoso evaluate: Missing required options: '--year=YEAR', '--officers=FILE',"
                + " '--visits=FILE' (or --sample)",
            "see 'dicoso evaluate --help'");
  }

  @Test
  void explain_noOptions_namesPicocliAndInputOptionsTogether() {
    Tool.Run run = Tool.run("explain");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines().toList())
        .containsExactly(
            "dicoso explain: Missing required options: '--officer=ID', '--year=YEAR',"
                + " '--officers=FILE', '--visits=FILE' (or --sample)",
            "see 'dicoso explain --help'");
  }

  @Test
  void evaluate_misspeltOption_suggestsTheNearestWithoutTheUsage() {
    Tool.Run run = Tool.run("evaluate", "--sample", "--yaer", "2019");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown options: '--yaer', '2019'", "did you mean --year?");
    assertThat(run.err()).doesNotContain("Usage:");
    assertThat(run.err().lines()).hasSize(2);
  }

  @Test
  void lang_anyCase_isAccepted() {
    Tool.Run run = Tool.run("explain", "--sample", "--officer", "BT-08", "--lang", "VI");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("Đối tượng:").doesNotContain("Eligibility:");
  }

  @Test
  void lang_unknown_isOneLineWithTheKnownLanguages() {
    Tool.Run run = Tool.run("explain", "--sample", "--officer", "BT-08", "--lang", "FR");

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err().lines().toList())
        .containsExactly(
            "dicoso explain: --lang FR is not one of en, vi", "see 'dicoso explain --help'");
  }

  @Test
  void language_vietnameseLocale_isVi() {
    assertThat(LanguageDefault.language(Map.of("LANG", "vi_VN.UTF-8"))).isEqualTo("vi");
    assertThat(LanguageDefault.language(Map.of("LANG", "VI"))).isEqualTo("vi");
  }

  @Test
  void language_otherOrNoLocale_isEn() {
    assertThat(LanguageDefault.language(Map.of("LANG", "en_US.UTF-8"))).isEqualTo("en");
    assertThat(LanguageDefault.language(Map.of("LANG", "C.UTF-8"))).isEqualTo("en");
    assertThat(LanguageDefault.language(Map.of())).isEqualTo("en");
  }

  @Test
  void language_lcAllBeforeLang() {
    assertThat(LanguageDefault.language(Map.of("LC_ALL", "en_GB.UTF-8", "LANG", "vi_VN.UTF-8")))
        .isEqualTo("en");
    assertThat(LanguageDefault.language(Map.of("LC_ALL", "", "LANG", "vi_VN.UTF-8")))
        .isEqualTo("vi");
  }

  @Test
  void main_vietnameseLangVariable_printsVietnameseWithoutLang()
      throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command = new ArrayList<>();
    command.add(java.toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(DicosoCli.class.getName());
    command.addAll(List.of("explain", "--sample", "--officer", "BT-08"));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().keySet().removeAll(LanguageDefault.VARIABLES);
    builder.environment().put("LANG", "vi_VN.UTF-8");
    builder.redirectErrorStream(true);
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as(out).isZero();
    assertThat(out).contains("Đối tượng:");
  }
}
