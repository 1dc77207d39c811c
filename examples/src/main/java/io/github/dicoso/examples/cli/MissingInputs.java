package io.github.dicoso.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * The input options a command still lacks: {@code --year}, {@code --officers} and {@code --visits},
 * each needed unless {@code --sample} is given. Listed together so that one run names all of them.
 *
 * <p>This class is stateless and thread-safe.
 */
final class MissingInputs {
  private MissingInputs() {}

  /**
   * The missing input options as picocli words them ({@code '--year=YEAR'}), the last followed by
   * {@code (or --sample)}; empty when none is missing.
   */
  static List<String> of(InputOptions input) {
    List<String> missing = new ArrayList<>();
    if (input.sample) {
      return missing;
    }
    if (input.year == null) {
      missing.add("'--year=YEAR'");
    }
    if (input.officers == null) {
      missing.add("'--officers=FILE'");
    }
    if (input.visits == null) {
      missing.add("'--visits=FILE'");
    }
    if (!missing.isEmpty()) {
      missing.set(missing.size() - 1, missing.get(missing.size() - 1) + " (or --sample)");
    }
    return missing;
  }

  /** {@code Missing required options: '--year=YEAR', '--officers=FILE' (or --sample)}. */
  static String message(InputOptions input) {
    List<String> missing = of(input);
    return "Missing required option"
        + (missing.size() == 1 ? ": " : "s: ")
        + String.join(", ", missing);
  }
}
