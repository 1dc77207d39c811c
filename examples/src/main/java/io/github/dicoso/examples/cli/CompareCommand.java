package io.github.dicoso.examples.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code compare}: evaluates the same data under two or more policies and lists the officers whose
 * status changes, with the unit report under each policy.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Evaluates the same data under several policies: the officers whose status changes, and the"
        + " unit report under each.")
final class CompareCommand implements Callable<Integer> {
  @Option(names = "--policy", paramLabel = "POLICY", required = true,
      description = "A policy to compare; give it two or more times.")
  List<String> policies = new ArrayList<>();

  @Mixin InputOptions input = new InputOptions();

  @Override
  public Integer call() throws BadInputException {
    throw new BadInputException(
        "compare is not available yet: it needs local rule variants (presets and variant files),"
            + " which this build does not include; only --policy " + PolicyChoice.DEFAULT + " exists");
  }
}
