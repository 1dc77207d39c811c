package io.github.dicoso.examples.hr;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.compliance.UnitReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;

/**
 * The HR-database job: for each year asked for, reads the officers, service periods, leaves and
 * visits from the HR database by JDBC, evaluates them, and writes each officer's evaluation back
 * into {@code evaluations} (summary columns and the JSON document of dicoso-jackson) in one
 * transaction per year. Running a year again replaces its rows; a year with a bad row (an unknown
 * level, a period ending before it starts ...) is not written at all, and each bad row is named
 * with its table, primary key, column and value.
 *
 * <pre>
 * java -cp examples/target/dicoso.jar io.github.dicoso.examples.hr.HrJob
 *     [--jdbc-url URL [--user NAME] [--password SECRET]] [--load-sample]
 *     [--years 2019 | 2019..2022] [--policy national-2018]
 * </pre>
 *
 * <p>Without {@code --jdbc-url} it runs on an embedded in-memory H2 database loaded with the
 * bundled sample. With {@code --jdbc-url} (PostgreSQL: {@code jdbc:postgresql://host/hr}) it
 * creates the tables that do not exist ({@code V1__hr_tables.sql}) and loads the sample only when
 * asked. Exit status: 0 when every year was written, 2 when a year had bad rows, 1 on another
 * error, 64 on bad arguments.
 */
public final class HrJob {
  static final String DEFAULT_URL = "jdbc:h2:mem:dicoso-hr;DB_CLOSE_DELAY=-1";

  private HrJob() {}

  /**
   * Runs the job and exits with its status.
   *
   * @param args the options above
   */
  public static void main(String[] args) {
    System.exit(
        run(
            args,
            new PrintStream(System.out, true, StandardCharsets.UTF_8),
            new PrintStream(System.err, true, StandardCharsets.UTF_8)));
  }

  /** Runs the job with {@code args}, printing to {@code out} and {@code err}; its exit status. */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Options options;
    try {
      options = Options.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("hr job: " + e.getMessage());
      err.println(
          "usage: HrJob [--jdbc-url URL [--user NAME] [--password SECRET]] [--load-sample]"
              + " [--years 2019 | 2019..2022] [--policy NAME]");
      return 64;
    }
    try (Connection c = DriverManager.getConnection(options.url, options.user, options.password)) {
      HrDatabase.migrate(c);
      if (options.loadSample) {
        SampleData.load(c);
      }
      int status = 0;
      for (Year year : options.years) {
        try {
          UnitReport report = runYear(c, options.policy, year);
          out.println(
              year
                  + ": written, "
                  + report.inScope()
                  + " officers under "
                  + options.policy.name()
                  + " ("
                  + report.evaluated()
                  + " held to the requirement, "
                  + report.compliant()
                  + " compliant, "
                  + report.exempt()
                  + " exempt, "
                  + report.notSubject()
                  + " not subject)");
        } catch (BadRowsException e) {
          err.println(e.getMessage());
          status = 2;
        }
      }
      return status;
    } catch (SQLException | RuntimeException e) {
      err.println("hr job: " + e);
      return 1;
    }
  }

  /**
   * Reads, evaluates and writes one year; its unit report.
   *
   * @throws BadRowsException if a row of the year cannot be used; nothing is written then
   */
  static UnitReport runYear(Connection c, Policy policy, Year year)
      throws SQLException, BadRowsException {
    Population population = HrDatabase.read(c, year, policy.periodIn(year));
    PopulationEvaluation evaluation = Evaluator.of(policy).evaluateAll(population, year);
    HrDatabase.write(c, year, evaluation);
    return evaluation.report("HR " + year);
  }

  /** The job's options. */
  private static final class Options {
    private String url = DEFAULT_URL;
    private String user = "";
    private String password = "";
    private boolean loadSample;
    private boolean urlGiven;
    private List<Year> years = List.of(Year.of(2019));
    private Policy policy = Policies.national2018();

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        switch (a) {
          case "--jdbc-url" -> {
            o.url = value(args, ++i, a);
            o.urlGiven = true;
          }
          case "--user" -> o.user = value(args, ++i, a);
          case "--password" -> o.password = value(args, ++i, a);
          case "--load-sample" -> o.loadSample = true;
          case "--years" -> o.years = years(value(args, ++i, a));
          case "--policy" -> o.policy = Policies.byName(value(args, ++i, a));
          default -> throw new IllegalArgumentException("unknown option '" + a + "'");
        }
      }
      if (!o.urlGiven) {
        o.loadSample = true;
      }
      return o;
    }

    private static String value(String[] args, int i, String option) {
      if (i >= args.length) {
        throw new IllegalArgumentException(option + " needs a value");
      }
      return args[i];
    }

    /** {@code 2019} or {@code 2019..2022}. */
    private static List<Year> years(String text) {
      try {
        String[] ends = text.split("\\.\\.", -1);
        Year first = Year.parse(ends[0].strip());
        Year last = ends.length > 1 ? Year.parse(ends[1].strip()) : first;
        if (ends.length > 2 || last.isBefore(first)) {
          throw new IllegalArgumentException("--years '" + text + "': last year before the first");
        }
        List<Year> years = new ArrayList<>();
        for (Year y = first; !y.isAfter(last); y = y.plusYears(1)) {
          years.add(y);
        }
        return years;
      } catch (java.time.DateTimeException e) {
        throw new IllegalArgumentException(
            "--years '" + text + "' is not a year (2019) or years (2019..2022)", e);
      }
    }
  }
}
