package io.github.dicoso.examples.cli;

import io.github.dicoso.Policy;
import java.time.Year;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code explain}: the full explanation of one officer's result, with the rules and citations. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = "Prints the full explanation of one officer's result: each rule applied, its numbers and its source.")
final class ExplainCommand implements Callable<Integer> {
  @ParentCommand
  @Nullable DicosoCli parent;

  @Spec CommandSpec spec;

  @Option(names = "--officer", paramLabel = "ID", required = true, description = "The officer to explain.")
  String officer = "";

  @Mixin InputOptions input = new InputOptions();

  @Option(
      names = "--policy",
      paramLabel = "POLICY",
      defaultValue = PolicyChoice.DEFAULT,
      description = "The policy to apply (default: ${DEFAULT-VALUE}).")
  String policy = PolicyChoice.DEFAULT;

  @Override
  public Integer call() throws BadInputException {
    DicosoCli tool = java.util.Objects.requireNonNull(parent);
    Labels labels = input.labels(spec);
    Year year = input.year(spec);
    Policy chosen = PolicyChoice.resolve(policy);
    Dataset data = input.read(spec, spec.commandLine().getErr(), tool.progress());
    if (!data.officersById().containsKey(officer)) {
      throw new BadInputException("--officer " + officer + ": no such officer in the officers file");
    }
    RunReport report = Evaluations.evaluate(chosen, year, data, labels, tool.progress());
    RunReport.OfficerResult result = report.officers().stream()
        .filter(o -> o.row().officerId().equals(officer))
        .findFirst()
        .orElseThrow();
    spec.commandLine().getOut().println(result.explanation());
    return DicosoCli.OK;
  }
}
