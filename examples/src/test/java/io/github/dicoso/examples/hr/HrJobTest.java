package io.github.dicoso.examples.hr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The job's default run (embedded H2 with the bundled sample), its arguments and the migration. */
class HrJobTest {
  @Test
  void run_withoutArguments_evaluatesTheSampleOnEmbeddedH2() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    int status =
        HrJob.run(
            new String[] {"--jdbc-url", "jdbc:h2:mem:hr-job-test", "--load-sample"},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    assertThat(status).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "2019: written, 25 officers under national-2018 (19 held to the requirement, 14"
                + " compliant, 3 exempt, 3 not subject)"
                + System.lineSeparator());
  }

  @Test
  void run_badArguments_exitsWith64NamingThem() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream errors = new PrintStream(err, true, StandardCharsets.UTF_8);

    assertThat(HrJob.run(new String[] {"--years", "2020..2019"}, System.out, errors)).isEqualTo(64);
    assertThat(HrJob.run(new String[] {"--policy", "nationl-2018"}, System.out, errors))
        .isEqualTo(64);
    assertThat(HrJob.run(new String[] {"--jdbc-url"}, System.out, errors)).isEqualTo(64);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--years '2020..2019'")
        .contains("no policy named 'nationl-2018'")
        .contains("--jdbc-url needs a value");
  }

  @Test
  void statements_dropCommentsAndSplitAtSemicolons() {
    assertThat(HrDatabase.statements("-- a table\nCREATE TABLE t (a INT); -- done\n\n"))
        .isEqualTo(List.of("CREATE TABLE t (a INT)"));
  }
}
