package io.github.dicoso.examples.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The options of the reports {@code evaluate} and {@code explain} print: their language and the
 * unit's name.
 *
 * <p>This class is mutable (picocli fills it) and not thread-safe.
 */
final class ReportOptions {
  @Option(
      names = "--lang",
      paramLabel = "LANG",
      defaultValue = "en",
      description = "Language of the reports: en or vi (default: ${DEFAULT-VALUE}).")
  String lang = "en";

  @Option(
      names = "--unit",
      paramLabel = "NAME",
      description = "The unit's name in the report (default: the sample's name, or \"all officers\").")
  @Nullable String unit;

  /** The labels of the chosen language. */
  Labels labels(CommandSpec spec) {
    if (!Labels.LANGUAGES.contains(lang)) {
      throw new ParameterException(
          spec.commandLine(), "--lang " + lang + " is not one of " + String.join(", ", Labels.LANGUAGES));
    }
    return Labels.of(lang);
  }

  /** The unit's name for the report. */
  String unitName(InputOptions input, Labels labels) {
    return unit != null ? unit : input.sample ? Sample.NAME : labels.get("unit.defaultName");
  }
}
