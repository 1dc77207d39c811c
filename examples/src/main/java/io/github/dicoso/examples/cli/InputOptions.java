package io.github.dicoso.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The input options every command shares: the three CSV files (or the bundled sample) and the year.
 *
 * <p>This class is mutable (picocli fills it) and not thread-safe.
 */
final class InputOptions {
  @Option(
      names = "--officers",
      paramLabel = "FILE",
      description = "officers.csv (or .xlsx): one row per officer.")
  @Nullable Path officers;

  @Option(
      names = "--visits",
      paramLabel = "FILE",
      description = "visits.csv (or .xlsx): one row per grassroots visit.")
  @Nullable Path visits;

  @Option(
      names = "--leaves",
      paramLabel = "FILE",
      description =
          "leaves.csv (or .xlsx): study, sick, maternity and other leaves (optional). An Excel"
              + " workbook's sheet named officers, visits or leaves is read, or its only sheet.")
  @Nullable Path leaves;

  @Option(
      names = "--date-format",
      paramLabel = "PATTERN",
      converter = DatePattern.Converter.class,
      description =
          "How text dates are written in the input, e.g. dd/MM/yyyy (default: ISO, 2019-03-01)."
              + " Excel date cells need no pattern.")
  DatePattern dates = DatePattern.ISO;

  @Option(
      names = "--sample",
      description = "Use the bundled sample (a provincial agency in 2019) instead of files.")
  boolean sample;

  @Option(
      names = "--year",
      paramLabel = "YEAR",
      description = "The year to evaluate, e.g. 2019 (2019 with --sample).")
  @Nullable Integer year;

  /** The year to evaluate. */
  Year year(CommandSpec spec) {
    if (year != null) {
      if (year < CsvTable.EARLIEST_DATE.getYear() || year > CsvTable.LATEST_DATE.getYear()) {
        throw new ParameterException(
            spec.commandLine(), "--year " + year + " is not a plausible year");
      }
      return Year.of(year);
    }
    if (sample) {
      return Sample.YEAR;
    }
    throw new ParameterException(spec.commandLine(), MissingInputs.message(this));
  }

  /**
   * Reads the input files, or the sample.
   *
   * @throws BadInputException listing every problem of the files
   */
  Dataset read(CommandSpec spec, PrintWriter err, Progress progress) throws BadInputException {
    return read(spec, warning(err), progress);
  }

  /**
   * Reads the input files, or the sample, with the warnings in the language of {@code labels}.
   *
   * @throws BadInputException listing every problem of the files
   */
  Dataset read(CommandSpec spec, PrintWriter err, Labels labels, Progress progress)
      throws BadInputException {
    return read(spec, Warnings.to(err, labels), progress);
  }

  /**
   * Reads the input as {@link #read(CommandSpec, PrintWriter, Labels, Progress)} does, the visits
   * into the spill {@code spill} makes for the officers read.
   */
  SpilledDataset readSpilled(
      CommandSpec spec,
      PrintWriter err,
      Labels labels,
      Progress progress,
      java.util.function.Function<List<io.github.dicoso.officer.Officer>, VisitSpill> spill)
      throws BadInputException {
    return read(
        spec,
        (officers, visits, leaves) ->
            InputFiles.readSpilled(
                officers, visits, leaves, Warnings.to(err, labels), progress, spill));
  }

  /** What reads the three sources into a data set. */
  @FunctionalInterface
  private interface Reader<T> {
    T read(CsvSource officers, CsvSource visits, @Nullable CsvSource leaves)
        throws BadInputException;
  }

  private Dataset read(
      CommandSpec spec, java.util.function.Consumer<String> warnings, Progress progress)
      throws BadInputException {
    return read(
        spec,
        (officers, visits, leaves) ->
            InputFiles.read(officers, visits, leaves, warnings, progress));
  }

  private <T> T read(CommandSpec spec, Reader<T> reader) throws BadInputException {
    if (sample) {
      if (officers != null || visits != null || leaves != null) {
        throw new ParameterException(
            spec.commandLine(),
            "--sample cannot be combined with --officers, --visits or --leaves");
      }
      return reader.read(Sample.officers(), Sample.visits(), Sample.leaves());
    }
    if (officers == null || visits == null) {
      throw new ParameterException(
          spec.commandLine(),
          "Missing required option"
              + (officers == null && visits == null
                  ? "s: '--officers=FILE', '--visits=FILE'"
                  : officers == null ? ": '--officers=FILE'" : ": '--visits=FILE'")
              + " (or --sample)");
    }
    return reader.read(
        InputSources.of(officers, "officers", dates),
        InputSources.of(visits, "visits", dates),
        leaves == null ? null : InputSources.of(leaves, "leaves", dates));
  }

  /**
   * The input files given, by option ({@code --officers}, {@code --visits}, {@code --leaves}), in
   * that order; none with {@code --sample}. The map is the caller's to extend.
   */
  Map<String, Path> files() {
    Map<String, Path> files = new LinkedHashMap<>();
    if (officers != null) {
      files.put("--officers", officers);
    }
    if (visits != null) {
      files.put("--visits", visits);
    }
    if (leaves != null) {
      files.put("--leaves", leaves);
    }
    return files;
  }

  /** Prints warnings on {@code err}. */
  static java.util.function.Consumer<String> warning(PrintWriter err) {
    return message -> {
      err.println("warning: " + message);
      err.flush();
    };
  }
}
