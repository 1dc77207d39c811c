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
 * parameter that made the difference, and the unit report under each policy, in the language of
 * {@code --lang}. It writes the same as CSV ({@link ComparisonCsv}), JSON, HTML ({@link
 * ComparisonHtml}) and an Excel workbook ({@link ComparisonWorkbook}) if asked, as a set ({@link
 * OutputSet}), checked before anything is read: no output may be an input or another output.
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

  @Mixin LanguageOption language = new LanguageOption();

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description =
          "Write the per-officer matrix as CSV: status and days credited and required under each"
              + " policy, and the status changes with the changed parameters (- for standard"
              + " output).")
  @Nullable String results;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description =
          "Write the comparison in the library's JSON form (dicoso-comparison/1; - for standard"
              + " output).")
  @Nullable String json;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Write a self-contained HTML page of the comparison (- for standard output).")
  @Nullable String html;

  @Option(
      names = "--xlsx",
      paramLabel = "FILE",
      description =
          "Write an Excel workbook of the comparison: officers by policy, status changes, unit"
              + " reports side by side.")
  @Nullable String xlsx;

  @Override
  public Integer call() throws BadInputException, OutputException {
    DicosoCli tool = java.util.Objects.requireNonNull(parent);
    Labels labels = language.labels(spec);
    Year year = input.year(spec);
    PrintWriter err = spec.commandLine().getErr();
    List<OutputTarget> targets = new ArrayList<>();
    OutputTarget csvTarget = target("--out", results, targets);
    OutputTarget jsonTarget = target("--json", json, targets);
    OutputTarget htmlTarget = target("--html", html, targets);
    OutputTarget xlsxTarget = null;
    if (xlsx != null) {
      xlsxTarget = ResultsWorkbook.target("--xlsx", xlsx);
      targets.add(xlsxTarget);
    }
    OutputSet.check(targets, input.files()); // before anything is read
    for (String choice : policies) {
      java.util.Optional<java.nio.file.Path> file = PolicyOption.file(choice);
      if (file.isPresent()) {
        OutputSet.check(targets, java.util.Map.of("--policy", file.get()));
      }
    }
    List<String> choices = new ArrayList<>(policies);
    if (choices.size() == 1) {
      choices.add(0, PolicyOption.DEFAULT);
    }
    List<Policy> resolved = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (String choice : choices) {
      Policy policy = PolicyOption.resolve(choice, Warnings.to(err, labels));
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
    Dataset data = input.read(spec, err, labels, tool.progress());
    ComparisonResult result =
        VariantComparison.of(resolved.get(0), resolved.subList(1, resolved.size()))
            .compare(Population.of(data.officers(), data.visits(), data.leaves()), year);
    java.util.Map<String, ?> known = data.officersById();
    long unknown = data.visits().stream().filter(v -> !known.containsKey(v.officerId())).count();
    long unknownLeaves =
        data.leaves().stream().filter(l -> !known.containsKey(l.officerId())).count();
    if (unknown > 0 || unknownLeaves > 0) {
      Warnings.print(err, labels, "warning.unknownOfficers.compare", unknown, unknownLeaves);
    }
    OutputSet outputs = new OutputSet(spec.commandLine().getOut());
    if (csvTarget != null) {
      outputs.add(csvTarget, w -> ComparisonCsv.write(result, w));
    }
    if (jsonTarget != null) {
      outputs.add(jsonTarget, w -> JsonReport.writeComparison(result, w));
    }
    if (htmlTarget != null) {
      outputs.add(htmlTarget, w -> ComparisonHtml.write(result, labels, w));
    }
    if (xlsxTarget != null) {
      outputs.addBinary(xlsxTarget, o -> ComparisonWorkbook.write(result, labels, o));
    }
    if (!outputs.writesStandardOutput()) {
      outputs.add(
          OutputTarget.standardOutput(),
          w -> {
            PrintWriter out = spec.commandLine().getOut();
            out.print(result.render(labels.locale()));
            out.flush();
          });
    }
    outputs.write();
    return DicosoCli.OK;
  }

  /** The target {@code option} names, added to {@code targets}; none if the option is not given. */
  private static @Nullable OutputTarget target(
      String option, @Nullable String given, List<OutputTarget> targets) throws BadInputException {
    if (given == null) {
      return null;
    }
    OutputTarget target = OutputTarget.of(option, given);
    targets.add(target);
    return target;
  }
}
