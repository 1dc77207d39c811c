package io.github.dicoso.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code dicoso} command-line tool. With no arguments it evaluates the bundled sample and
 * prints the unit report and the per-officer table; the commands {@code evaluate}, {@code explain}
 * and {@code compare} work on the user's CSV files.
 *
 * <p>Exit status: {@value #OK} on success (warnings included), {@value #FAILED} when an output
 * cannot be written (standard output included; no output file is replaced then), {@value
 * #BAD_INPUT} on bad input or usage (before any output is written), {@value #OUT_OF_MEMORY} when
 * the Java heap is too small for the input, {@value #INTERNAL_ERROR} on a defect of the tool
 * itself. A run stopped by SIGINT or SIGTERM ends as Java ends it (130, 143) and leaves no
 * temporary file.
 */
@Command(
    name = "dicoso",
    mixinStandardHelpOptions = true,
    versionProvider = DicosoCli.Version.class,
    sortOptions = false,
    description = {
      "Evaluates the Youth Union's \"1+2\" grassroots-duty rule (at least 60 days a year at the"
          + " grassroots) on CSV exports of officers, leaves and visits.",
      "With no command, evaluates the bundled sample (a provincial agency in 2019)."
    },
    subcommands = {
      EvaluateCommand.class,
      ExplainCommand.class,
      CompareCommand.class,
      PresetsCommand.class,
      CheckCommand.class,
      TemplateCommand.class,
      PlanCommand.class
    },
    footer = {
      "",
      "Examples:",
      "  java -jar dicoso.jar",
      "  java -jar dicoso.jar evaluate --officers officers.csv --leaves leaves.csv \\",
      "      --visits visits.csv --year 2019 \\",
      "      --out results.csv --json results.json --html report.html",
      "  java -jar dicoso.jar explain --sample --officer BT-07",
      "Exit status: 0 success, 1 an output could not be written (none was replaced),",
      "  2 bad input or usage, 3 out of memory (more with -Xmx), 4 internal error."
    })
public final class DicosoCli implements Callable<Integer> {
  /** Exit status on success. */
  static final int OK = 0;

  /** Exit status when an output cannot be written; no output file was replaced. */
  static final int FAILED = 1;

  /** Exit status on bad input or usage; nothing was written. */
  static final int BAD_INPUT = 2;

  /** Exit status when the Java heap is too small for the input. */
  static final int OUT_OF_MEMORY = 3;

  /** Exit status on a defect of the tool: an exception it does not expect. */
  static final int INTERNAL_ERROR = 4;

  private final boolean terminal;

  @Spec CommandSpec spec;

  DicosoCli(boolean terminal) {
    this.terminal = terminal;
  }

  /**
   * Runs the tool and exits with its status. Standard output and error are UTF-8, and a failure to
   * write standard output (a full disk, a closed pipe) is an error of the run, not ignored.
   */
  public static void main(String[] args) {
    PrintWriter out = CheckedPrintWriter.of(new FileOutputStream(FileDescriptor.out));
    PrintWriter err = CheckedPrintWriter.of(new FileOutputStream(FileDescriptor.err));
    MemoryGuard.install(err);
    System.exit(run(args, out, err, System.console() != null));
  }

  /**
   * Runs the tool in this process and returns its exit status: what {@link #main} does, without
   * exiting, with the output and error streams given.
   *
   * @param terminal whether the tool runs in a terminal (progress of large inputs is shown then)
   */
  static int run(String[] args, PrintWriter out, PrintWriter err, boolean terminal) {
    CommandLine commandLine = new CommandLine(new DicosoCli(terminal));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setParameterExceptionHandler(new UsageErrors());
    commandLine.setDefaultValueProvider(new LanguageDefault(System.getenv()));
    commandLine.setExecutionExceptionHandler(
        (e, cmd, parseResult) -> {
          if (e instanceof BadInputException) {
            cmd.getErr().println("dicoso: " + e.getMessage());
            return BAD_INPUT;
          }
          if (e instanceof OutputException || e instanceof VisitSpill.Failure) {
            cmd.getErr().println("dicoso: " + e.getMessage());
            return FAILED;
          }
          cmd.getErr().println("dicoso: internal error (a defect of the tool; please report it):");
          e.printStackTrace(cmd.getErr());
          return INTERNAL_ERROR;
        });
    int status;
    try {
      status = commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      MemoryGuard.report(err);
      return OUT_OF_MEMORY;
    }
    Optional<String> failure = CheckedPrintWriter.failure(out);
    if (failure.isPresent() && status != FAILED) {
      err.println("dicoso: cannot write to standard output: " + failure.get());
      status = FAILED;
    }
    err.flush();
    return status;
  }

  /** The progress display of this run: on standard error in a terminal, none otherwise. */
  Progress progress() {
    return terminal ? Progress.to(spec.commandLine().getErr()) : Progress.none();
  }

  /** No command: evaluates the bundled sample and prints the reports. */
  @Override
  public Integer call() throws BadInputException, OutputException {
    return EvaluateCommand.onSample(this, spec);
  }

  /** The tool's version, from the jar's manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = DicosoCli.class.getPackage().getImplementationVersion();
      return new String[] {"dicoso " + (version == null ? "(development build)" : version)};
    }
  }
}
