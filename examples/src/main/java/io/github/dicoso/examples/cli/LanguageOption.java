package io.github.dicoso.examples.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The {@code --lang} option of the commands that print reports and explanations.
 *
 * <p>This class is mutable (picocli fills it) and not thread-safe.
 */
final class LanguageOption {
  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description =
          "Language of the reports: en or vi, in any case (default: vi when the locale, e.g."
              + " LANG, is Vietnamese, else en; now ${DEFAULT-VALUE}).")
  String lang = "en";

  /** The labels of the chosen language; a usage error if it is not one the tool speaks. */
  Labels labels(CommandSpec spec) {
    String code = lang.strip().toLowerCase(java.util.Locale.ROOT);
    if (!Labels.LANGUAGES.contains(code)) {
      throw new ParameterException(
          spec.commandLine(),
          "--lang " + Echo.of(lang) + " is not one of " + String.join(", ", Labels.LANGUAGES));
    }
    return Labels.of(code);
  }
}
