package io.github.dicoso.examples.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * The options of the reports {@code evaluate} and {@code explain} print: their language and the
 * unit's name.
 *
 * <p>This class is mutable (picocli fills it) and not thread-safe.
 */
final class ReportOptions {
  @Mixin LanguageOption language = new LanguageOption();

  @Option(
      names = "--unit",
      paramLabel = "NAME",
      description =
          "The unit's name in the report (default: the sample's name, or \"all officers\").")
  @Nullable String unit;

  /** The labels of the chosen language. */
  Labels labels(CommandSpec spec) {
    return language.labels(spec);
  }

  /**
   * The unit's name for the report.
   *
   * @throws BadInputException if {@code --unit} holds a control character, which the reports cannot
   *     show
   */
  String unitName(InputOptions input, Labels labels) throws BadInputException {
    if (unit != null) {
      java.util.Optional<String> problem = ControlCharacters.problem(unit);
      if (problem.isPresent()) {
        throw new BadInputException("--unit '" + Echo.of(unit) + "': " + problem.get());
      }
      return unit;
    }
    return labels.get(input.sample ? "unit.sampleName" : "unit.defaultName");
  }
}
