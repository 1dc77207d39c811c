package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSetTest {
  @TempDir Path dir;
  private final StringWriter standardOutput = new StringWriter();
  private final OutputSet outputs = new OutputSet(new PrintWriter(standardOutput));

  private OutputTarget target(String option, String name) throws BadInputException {
    return OutputTarget.of(option, dir.resolve(name).toString());
  }

  private Stream<String> names() throws IOException {
    return Files.list(dir).map(p -> p.getFileName().toString());
  }

  @Test
  void write_newAndExistingFilesAndStandardOutput_writesEach() throws Exception {
    Files.writeString(dir.resolve("results.csv"), "old");
    outputs
        .add(target("--out", "results.csv"), out -> out.write("Nguyễn,60\n"))
        .add(target("--json", "results.json"), out -> out.write("{}"))
        .add(OutputTarget.standardOutput(), out -> out.write("report"));

    outputs.write();

    assertThat(Files.readString(dir.resolve("results.csv"))).isEqualTo("Nguyễn,60\n");
    assertThat(Files.readString(dir.resolve("results.json"))).isEqualTo("{}");
    assertThat(standardOutput).hasToString("report");
    try (Stream<String> names = names()) {
      assertThat(names).containsExactlyInAnyOrder("results.csv", "results.json");
    }
  }

  @Test
  void write_secondOutputFails_firstIsNotReplacedAndNoTemporaryFileIsLeft() throws Exception {
    Files.writeString(dir.resolve("results.csv"), "old");
    outputs
        .add(target("--out", "results.csv"), out -> out.write("new"))
        .add(
            target("--html", "report.html"),
            out -> {
              out.write("<p>half of the new con");
              throw new IOException("No space left on device");
            });

    assertThatThrownBy(outputs::write)
        .isInstanceOf(OutputException.class)
        .hasMessage(
            "cannot write --html "
                + dir.resolve("report.html")
                + ": No space left on device; no output was replaced");

    assertThat(Files.readString(dir.resolve("results.csv"))).isEqualTo("old");
    try (Stream<String> names = names()) {
      assertThat(names).containsExactly("results.csv");
    }
  }

  @Test
  void write_standardOutputFails_noFileIsReplaced() throws Exception {
    PrintWriter broken =
        CheckedPrintWriter.of(
            new java.io.OutputStream() {
              @Override
              public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
              }
            });
    OutputSet set = new OutputSet(broken);
    Files.writeString(dir.resolve("results.csv"), "old");
    set.add(target("--out", "results.csv"), out -> out.write("new"))
        .add(OutputTarget.standardOutput(), out -> out.write("report"));

    assertThatThrownBy(set::write)
        .hasMessage("cannot write to standard output: Broken pipe; no output file was replaced");
    assertThat(Files.readString(dir.resolve("results.csv"))).isEqualTo("old");
  }

  @Test
  void check_outputIsAnInput_isRefusedNamingBoth() throws Exception {
    Path officers = Files.writeString(dir.resolve("officers.csv"), "x");

    assertThatThrownBy(
            () ->
                OutputSet.check(
                    java.util.List.of(target("--out", "officers.csv")),
                    java.util.Map.of("--officers", officers)))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("--out " + officers + ": is also the input --officers " + officers);
  }
}
