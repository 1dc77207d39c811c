package io.github.dicoso.examples.cli;

import io.github.dicoso.Policy;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.officer.Officer;
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
    description =
        "Prints the full explanation of one officer's result: each rule applied, its numbers and its source.")
final class ExplainCommand implements Callable<Integer> {
  @ParentCommand @Nullable DicosoCli parent;

  @Spec CommandSpec spec;

  @Option(
      names = "--officer",
      paramLabel = "ID",
      required = true,
      description = "The officer to explain.")
  String officer = "";

  @Mixin InputOptions input = new InputOptions();

  @Mixin LanguageOption language = new LanguageOption();

  @Option(
      names = "--policy",
      paramLabel = "POLICY",
      defaultValue = PolicyOption.DEFAULT,
      description = "national-2018 (the default), a preset name or a variant file (.properties).")
  String policy = PolicyOption.DEFAULT;

  @Override
  public Integer call() throws BadInputException {
    DicosoCli tool = java.util.Objects.requireNonNull(parent);
    Labels labels = language.labels(spec);
    Year year = input.year(spec);
    Policy chosen = PolicyOption.resolve(policy, Warnings.to(spec.commandLine().getErr(), labels));
    Dataset data = input.read(spec, spec.commandLine().getErr(), labels, tool.progress());
    Officer chosenOfficer = data.officersById().get(officer);
    if (chosenOfficer == null) {
      throw new BadInputException(
          "--officer " + Echo.of(officer) + ": no such officer in the officers file");
    }
    Evaluation evaluation =
        Evaluations.evaluator(chosen)
            .evaluate(
                OfficerRecord.of(
                    chosenOfficer,
                    data.visits().stream().filter(v -> v.officerId().equals(officer)).toList(),
                    data.leaves().stream().filter(l -> l.officerId().equals(officer)).toList()),
                year);
    spec.commandLine().getOut().println(evaluation.render(labels.locale()));
    return DicosoCli.OK;
  }
}
