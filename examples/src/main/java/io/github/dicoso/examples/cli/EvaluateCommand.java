package io.github.dicoso.examples.cli;

import io.github.dicoso.Policy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Year;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: evaluates every officer for a year, prints the unit report and the per-officer
 * table, and writes the requested outputs (results CSV, JSON, HTML), each completely or not at all.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Evaluates every officer for a year: prints the unit report and the per-officer table, and"
          + " writes results.csv, JSON and an HTML report if asked."
    })
final class EvaluateCommand implements Callable<Integer> {
  @ParentCommand @Nullable DicosoCli parent;

  @Spec CommandSpec spec;

  @Mixin InputOptions input = new InputOptions();

  @Mixin ReportOptions options = new ReportOptions();

  @Option(
      names = "--policy",
      paramLabel = "POLICY",
      defaultValue = PolicyOption.DEFAULT,
      description = "national-2018 (the default), a preset name or a variant file (.properties).")
  String policy = PolicyOption.DEFAULT;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the per-officer results as CSV.")
  @Nullable Path results;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description = "Write the results, the summary and the excluded visits as JSON.")
  @Nullable Path json;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Write a self-contained HTML report.")
  @Nullable Path html;

  @Override
  public Integer call() throws BadInputException, IOException {
    DicosoCli tool = java.util.Objects.requireNonNull(parent);
    Labels labels = options.labels(spec);
    Year year = input.year(spec);
    PrintWriter err = spec.commandLine().getErr();
    Policy chosen = PolicyOption.resolve(policy, InputOptions.warning(err));
    Progress progress = tool.progress();
    Dataset data = input.read(spec, err, progress);
    RunReport report =
        Evaluations.evaluate(chosen, year, data, options.unitName(input, labels), labels, progress);
    warnExcluded(report, err);
    if (results != null) {
      AtomicFiles.write(results, w -> ResultsCsv.write(report.rows(), w));
    }
    if (json != null) {
      AtomicFiles.write(json, w -> JsonReport.write(report, w));
    }
    if (html != null) {
      AtomicFiles.write(html, w -> HtmlReport.write(report, labels, w));
    }
    TextReport.print(report, labels, spec.commandLine().getOut());
    return DicosoCli.OK;
  }

  /** Evaluates the bundled sample with the national policy and prints the reports. */
  static int onSample(DicosoCli tool, CommandSpec spec) throws BadInputException {
    PrintWriter err = spec.commandLine().getErr();
    Dataset data =
        InputFiles.read(
            Sample.officers(),
            Sample.visits(),
            Sample.leaves(),
            m -> err.println("warning: " + m),
            tool.progress());
    Labels labels = Labels.of("en");
    RunReport report =
        Evaluations.evaluate(
            PolicyOption.resolve(PolicyOption.DEFAULT, InputOptions.warning(err)),
            Sample.YEAR,
            data,
            Sample.NAME,
            labels,
            tool.progress());
    warnExcluded(report, err);
    TextReport.print(report, labels, spec.commandLine().getOut());
    return DicosoCli.OK;
  }

  /** Tells on standard error how many visits and leaves name officers not in the officers file. */
  static void warnExcluded(RunReport report, PrintWriter err) {
    long visits =
        report.excludedVisits().stream().filter(v -> v.reason().equals("UNKNOWN_OFFICER")).count();
    long leaves = report.excludedLeaves().size();
    if (visits + leaves > 0) {
      err.println(
          "warning: "
              + visits
              + (visits == 1 ? " visit" : " visits")
              + " and "
              + leaves
              + (leaves == 1 ? " leave name" : " leaves name")
              + " an officer not in the officers file; they are listed as excluded");
      err.flush();
    }
  }
}
