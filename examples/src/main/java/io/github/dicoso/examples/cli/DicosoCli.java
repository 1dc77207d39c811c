package io.github.dicoso.examples.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code dicoso} command-line tool. With no arguments it evaluates the bundled sample and
 * prints the unit report and the per-officer table; the commands {@code evaluate}, {@code explain}
 * and {@code compare} work on the user's CSV files. Exit status 0 on success, 2 on bad input or
 * usage (with the message on standard error), 1 when an output cannot be written.
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
      "Exit status: 0 success, 2 bad input or usage, 1 an output could not be written."
    })
public final class DicosoCli implements Callable<Integer> {
  /** Exit status on success. */
  static final int OK = 0;

  /** Exit status when an output cannot be written. */
  static final int FAILED = 1;

  /** Exit status on bad input or usage. */
  static final int BAD_INPUT = 2;

  private final boolean terminal;

  @Spec CommandSpec spec;

  DicosoCli(boolean terminal) {
    this.terminal = terminal;
  }

  /** Runs the tool and exits with its status. */
  public static void main(String[] args) {
    PrintWriter out =
        new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
    PrintWriter err =
        new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
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
          if (e instanceof IOException) {
            cmd.getErr().println("dicoso: cannot write the output: " + e);
            return FAILED;
          }
          throw e;
        });
    int status = commandLine.execute(args);
    out.flush();
    err.flush();
    return status;
  }

  /** The progress display of this run: on standard error in a terminal, none otherwise. */
  Progress progress() {
    return terminal ? Progress.to(spec.commandLine().getErr()) : Progress.none();
  }

  /** No command: evaluates the bundled sample and prints the reports. */
  @Override
  public Integer call() throws BadInputException {
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
