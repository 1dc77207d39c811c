package io.github.dicoso.examples.cli;

import io.github.dicoso.Policy;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.variant.ComparisonResult;
import io.github.dicoso.variant.VariantComparison;
import java.io.PrintWriter;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code compare}: evaluates the same data under a baseline and one or more variants and prints,
 * per officer, the status and days under each, the officers whose status changes with the changed
 * parameter that made the difference, and the unit report under each policy.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Evaluates the same data under several policies: the officers whose status changes (and the"
          + " changed parameter that made the difference), and the unit report under each.",
      "The first --policy is the baseline; with a single --policy the baseline is national-2018."
    })
final class CompareCommand implements Callable<Integer> {
  @ParentCommand @Nullable DicosoCli parent;

  @Spec CommandSpec spec;

  @Option(
      names = "--policy",
      paramLabel = "POLICY",
      required = true,
      description =
          "national-2018, a preset name or a variant file (.properties); once per policy.")
  List<String> policies = new ArrayList<>();

  @Mixin InputOptions input = new InputOptions();

  @Override
  public Integer call() throws BadInputException {
    DicosoCli tool = java.util.Objects.requireNonNull(parent);
    Year year = input.year(spec);
    PrintWriter err = spec.commandLine().getErr();
    List<String> choices = new ArrayList<>(policies);
    if (choices.size() == 1) {
      choices.add(0, PolicyOption.DEFAULT);
    }
    List<Policy> resolved = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String choice : choices) {
      Policy policy = PolicyOption.resolve(choice, InputOptions.warning(err));
      if (!names.add(policy.name())) {
        throw new BadInputException(
            "--policy "
                + Echo.of(choice)
                + ": a policy named '"
                + Echo.of(policy.name())
                + "' is already compared;"
                + " the policies compared must have different names");
      }
      resolved.add(policy);
    }
    Dataset data = input.read(spec, err, tool.progress());
    ComparisonResult result =
        VariantComparison.of(resolved.get(0), resolved.subList(1, resolved.size()))
            .compare(Population.of(data.officers(), data.visits(), data.leaves()), year);
    java.util.Map<String, ?> known = data.officersById();
    long unknown = data.visits().stream().filter(v -> !known.containsKey(v.officerId())).count();
    if (unknown > 0) {
      err.println(
          "warning: "
              + unknown
              + (unknown == 1 ? " visit names" : " visits name")
              + " an officer not in the officers file; credited to no one under every policy");
      err.flush();
    }
    spec.commandLine().getOut().print(result.render(java.util.Locale.ENGLISH));
    spec.commandLine().getOut().flush();
    return DicosoCli.OK;
  }
}
