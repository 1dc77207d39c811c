package io.github.dicoso.examples.cli;

import io.github.dicoso.Policy;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.Visit;
import java.nio.file.Path;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code explain}: the full explanation of one officer's result, with the rules and citations; with
 * {@code --html}, also the officer's printable sheet ({@link OfficerSheet}).
 */
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

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description =
          "Write the officer's printable A4 sheet for the annual self-review (in Vietnamese unless"
              + " --lang is given; - for standard output).")
  @Nullable String html;

  @Override
  public Integer call() throws BadInputException, OutputException {
    DicosoCli tool = java.util.Objects.requireNonNull(parent);
    Labels labels = language.labels(spec);
    Year year = input.year(spec);
    OutputTarget sheetTarget = html == null ? null : OutputTarget.of("--html", html);
    if (sheetTarget != null) {
      Map<String, Path> inputs = input.files();
      PolicyOption.file(policy).ifPresent(file -> inputs.put("--policy", file));
      OutputSet.check(List.of(sheetTarget), inputs); // before anything is read
    }
    Policy chosen = PolicyOption.resolve(policy, Warnings.to(spec.commandLine().getErr(), labels));
    Dataset data = input.read(spec, spec.commandLine().getErr(), labels, tool.progress());
    Officer chosenOfficer = data.officersById().get(officer);
    if (chosenOfficer == null) {
      throw new BadInputException(
          "--officer " + Echo.of(officer) + ": no such officer in the officers file");
    }
    List<Visit> visits = data.visits().stream().filter(v -> v.officerId().equals(officer)).toList();
    List<Leave> leaves = data.leaves().stream().filter(l -> l.officerId().equals(officer)).toList();
    Evaluation evaluation =
        Evaluations.evaluator(chosen)
            .evaluate(OfficerRecord.of(chosenOfficer, visits, leaves), year);
    OutputSet outputs = new OutputSet(spec.commandLine().getOut());
    if (sheetTarget != null) {
      OfficerSheet sheet =
          new OfficerSheet(chosenOfficer, evaluation, visits, leaves, chosen, Optional.empty());
      Labels sheetLabels = OfficerSheet.labels(spec, labels);
      outputs.add(sheetTarget, w -> sheet.write(sheetLabels, w));
    }
    if (!outputs.writesStandardOutput()) {
      outputs.add(
          OutputTarget.standardOutput(),
          w -> spec.commandLine().getOut().println(evaluation.render(labels.locale())));
    }
    outputs.write();
    return DicosoCli.OK;
  }
}
