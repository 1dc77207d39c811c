package io.github.dicoso.examples.cli;

import io.github.dicoso.Policy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code evaluate}: evaluates every officer for a year, prints the unit report and the per-officer
 * table, and writes the requested outputs (results CSV, JSON, HTML, Excel workbook, a sheet per
 * officer) as a set, completely or not at all ({@link OutputSet}). The outputs are checked before
 * anything is read: none may be an input or another output, and each must be a file in an existing
 * folder, a device, a FIFO or {@code -}.
 */
@Command(
    name = "evaluate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Evaluates every officer for a year: prints the unit report and the per-officer table, and"
          + " writes results.csv, JSON, an HTML report and an Excel workbook if asked."
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
      description = "Write the per-officer results as CSV (- for standard output).")
  @Nullable String results;

  @Option(
      names = "--json",
      paramLabel = "FILE",
      description =
          "Write the evaluations and the unit report in the library's JSON form, with the visits"
              + " of unknown officers and what became of every leave (dicoso-tool-report/1;"
              + " - for standard output).")
  @Nullable String json;

  @Option(
      names = "--html",
      paramLabel = "FILE",
      description = "Write a self-contained HTML report (- for standard output).")
  @Nullable String html;

  @Option(
      names = "--xlsx",
      paramLabel = "FILE",
      description =
          "Write an Excel workbook in the report's language: the officers, the unit and its"
              + " departments, the visits not credited and every leave with what became of it.")
  @Nullable String xlsx;

  @Option(
      names = "--sheets",
      paramLabel = "DIR",
      description =
          "Write a printable A4 sheet per officer for the annual self-review, DIR/<officer id>.html"
              + " (in Vietnamese unless --lang is given); DIR is created if it does not exist.")
  @Nullable String sheets;

  @Override
  public Integer call() throws BadInputException, OutputException {
    DicosoCli tool = Objects.requireNonNull(parent);
    Labels labels = options.labels(spec);
    Year year = input.year(spec);
    String unitName = options.unitName(input, labels);
    List<OutputTarget> targets = new ArrayList<>();
    OutputTarget resultsTarget = target("--out", results, targets);
    OutputTarget jsonTarget = target("--json", json, targets);
    OutputTarget htmlTarget = target("--html", html, targets);
    OutputTarget xlsxTarget = null;
    if (xlsx != null) {
      xlsxTarget = ResultsWorkbook.target("--xlsx", xlsx);
      targets.add(xlsxTarget);
    }
    Map<String, Path> inputs = input.files();
    PolicyOption.file(policy).ifPresent(file -> inputs.put("--policy", file));
    OutputSet.check(targets, inputs); // before anything is read
    SheetFolder sheetFolder = sheets == null ? null : SheetFolder.of("--sheets", sheets);

    PrintWriter err = spec.commandLine().getErr();
    Policy chosen = PolicyOption.resolve(policy, Warnings.to(err, labels));
    Progress progress = tool.progress();
    LocalDateRange period = chosen.periodIn(year);
    SpilledDataset data =
        input.readSpilled(
            spec,
            err,
            labels,
            progress,
            officers -> new VisitSpill(officers, period, VisitSpill.CHUNK_OFFICERS));
    try (VisitSpill spill = data.visits()) {
      RunReport report = Evaluations.evaluate(chosen, year, data, unitName, labels, progress);
      warn(report, spill, err, labels);
      Outputs wanted = new Outputs(resultsTarget, jsonTarget, htmlTarget, xlsxTarget, sheetFolder);
      write(report, data, chosen, unitName, wanted, labels, targets, inputs);
    }
    return DicosoCli.OK;
  }

  /** The outputs asked for; each null when not asked for. */
  private record Outputs(
      @Nullable OutputTarget results,
      @Nullable OutputTarget json,
      @Nullable OutputTarget html,
      @Nullable OutputTarget xlsx,
      @Nullable SheetFolder sheets) {}

  /** Writes the outputs asked for, and the text report unless one of them is standard output. */
  private void write(
      RunReport report,
      SpilledDataset data,
      Policy chosen,
      String unitName,
      Outputs wanted,
      Labels labels,
      List<OutputTarget> targets,
      Map<String, Path> inputs)
      throws BadInputException, OutputException {
    OutputTarget resultsTarget = wanted.results();
    OutputTarget jsonTarget = wanted.json();
    OutputTarget htmlTarget = wanted.html();
    OutputTarget xlsxTarget = wanted.xlsx();
    SheetFolder sheetFolder = wanted.sheets();

    OutputSet outputs = new OutputSet(spec.commandLine().getOut());
    if (resultsTarget != null) {
      outputs.add(resultsTarget, w -> ResultsCsv.write(report.rows(), w));
    }
    if (jsonTarget != null) {
      outputs.add(jsonTarget, w -> JsonReport.write(report, w));
    }
    if (htmlTarget != null) {
      outputs.add(htmlTarget, w -> HtmlReport.write(report, labels, w));
    }
    if (xlsxTarget != null) {
      outputs.addBinary(xlsxTarget, o -> ResultsWorkbook.write(report, labels, o));
    }
    if (!outputs.writesStandardOutput()) {
      outputs.add(
          OutputTarget.standardOutput(),
          w -> TextReport.print(report, labels, spec.commandLine().getOut()));
    }
    if (sheetFolder != null) {
      sheetFolder.add(
          outputs,
          SheetFolder.sheets(
              report, data.officers(), data.leaves(), chosen, java.util.Optional.of(unitName)),
          OfficerSheet.labels(spec, labels),
          targets,
          inputs);
      sheetFolder.write(outputs);
    } else {
      outputs.write();
    }
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

  /** Evaluates the bundled sample with the national policy and prints the reports. */
  static int onSample(DicosoCli tool, CommandSpec spec) throws BadInputException {
    PrintWriter err = spec.commandLine().getErr();
    Labels labels = Labels.of("en");
    Policy policy = PolicyOption.resolve(PolicyOption.DEFAULT, Warnings.to(err, labels));
    LocalDateRange period = policy.periodIn(Sample.YEAR);
    SpilledDataset data =
        InputFiles.readSpilled(
            Sample.officers(),
            Sample.visits(),
            Sample.leaves(),
            Warnings.to(err, labels),
            tool.progress(),
            officers -> new VisitSpill(officers, period, VisitSpill.CHUNK_OFFICERS));
    try (VisitSpill spill = data.visits()) {
      RunReport report =
          Evaluations.evaluate(
              policy, Sample.YEAR, data, labels.get("unit.sampleName"), labels, tool.progress());
      warn(report, spill, err, labels);
      TextReport.print(report, labels, spec.commandLine().getOut());
    }
    return DicosoCli.OK;
  }

  /**
   * Tells on standard error what the run noticed about its input: visits and leaves of officers not
   * in the officers file, and a period in which no visit falls.
   */
  static void warn(RunReport report, VisitSpill visits, PrintWriter err, Labels labels) {
    warnExcluded(report, err, labels);
    if (visits.count() > 0 && !visits.anyInPeriod()) {
      Warnings.print(
          err,
          labels,
          "warning.noVisitInPeriod",
          report.period().getStart() + ".." + report.period().getEndInclusive(),
          Math.toIntExact(visits.count()),
          visits.firstStart().orElseThrow().toString(),
          visits.lastEnd().orElseThrow().toString());
    }
  }

  /** Tells on standard error how many visits and leaves name officers not in the officers file. */
  static void warnExcluded(RunReport report, PrintWriter err, Labels labels) {
    long visits =
        report.excludedVisits().stream().filter(v -> v.reason().equals("UNKNOWN_OFFICER")).count();
    long leaves = report.excludedLeaves().size();
    if (visits + leaves > 0) {
      Warnings.print(err, labels, "warning.unknownOfficers", visits, leaves);
    }
  }
}
