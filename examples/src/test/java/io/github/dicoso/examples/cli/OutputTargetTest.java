package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** How a path given to --out is written, decided without writing anything. */
class OutputTargetTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"-", "/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"})
  void of_namesOfStandardOutput_areTheStandardOutput(String given) throws BadInputException {
    assertThat(OutputTarget.of("--out", given).kind()).isEqualTo(OutputTarget.Kind.STANDARD_OUTPUT);
  }

  @Test
  void of_devNull_isWrittenInPlace() throws BadInputException {
    OutputTarget target = OutputTarget.of("--out", "/dev/null");

    assertThat(target.kind()).isEqualTo(OutputTarget.Kind.IN_PLACE);
    assertThat(target.path()).isEqualTo(Path.of("/dev/null"));
  }

  @Test
  void of_devStderr_isWrittenInPlaceThroughItsDescriptor() throws BadInputException {
    assertThat(OutputTarget.of("--out", "/dev/stderr").kind())
        .isEqualTo(OutputTarget.Kind.IN_PLACE);
  }

  @Test
  void of_linkToALinkToAFile_isTheFile() throws IOException, BadInputException {
    Path file = Files.writeString(dir.resolve("real.csv"), "x");
    Path first = Files.createSymbolicLink(dir.resolve("first"), file.getFileName());
    Path second = Files.createSymbolicLink(dir.resolve("second"), first);

    OutputTarget target = OutputTarget.of("--out", second.toString());

    assertThat(target.kind()).isEqualTo(OutputTarget.Kind.FILE);
    assertThat(target.path()).isEqualTo(file);
  }

  @Test
  void of_danglingLink_isTheNewFileItNames() throws IOException, BadInputException {
    Path link = Files.createSymbolicLink(dir.resolve("link"), Path.of("new.csv"));

    OutputTarget target = OutputTarget.of("--out", link.toString());

    assertThat(target.kind()).isEqualTo(OutputTarget.Kind.FILE);
    assertThat(target.path()).isEqualTo(dir.resolve("new.csv"));
  }

  @Test
  void of_loopOfLinks_isRefused() throws IOException {
    Path a = dir.resolve("a");
    Files.createSymbolicLink(a, dir.resolve("b"));
    Files.createSymbolicLink(dir.resolve("b"), a);

    assertThatThrownBy(() -> OutputTarget.of("--out", a.toString()))
        .isInstanceOf(BadInputException.class)
        .hasMessage("--out " + a + ": too many levels of symbolic links");
  }

  @Test
  void of_emptyName_isRefused() {
    assertThatThrownBy(() -> OutputTarget.of("--json", ""))
        .hasMessage("--json: the file name is empty");
  }

  @Test
  void refersTo_hardLinkOfAnInput_isTheInput() throws IOException, BadInputException {
    Path input = Files.writeString(dir.resolve("officers.csv"), "x");
    Path link = Files.createLink(dir.resolve("other-name.csv"), input);

    assertThat(OutputTarget.of("--out", link.toString()).refersTo(input)).isTrue();
    assertThat(OutputTarget.of("--out", dir.resolve("new.csv").toString()).refersTo(input))
        .isFalse();
  }

  @Test
  void sameAs_twoNamesOfStandardOutput_areTheSame() throws BadInputException {
    assertThat(OutputTarget.of("--out", "-").sameAs(OutputTarget.of("--json", "/dev/stdout")))
        .isTrue();
  }
}
