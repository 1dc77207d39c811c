package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  private Stream<String> names() throws IOException {
    return Files.list(dir).map(p -> p.getFileName().toString());
  }

  @Test
  void write_newFile_writesTheContent() throws IOException {
    Path target = dir.resolve("sub/results.csv");

    AtomicFiles.write(target, out -> out.write("Nguyễn,60\n"));

    assertThat(Files.readString(target)).isEqualTo("Nguyễn,60\n");
  }

  @Test
  void write_newFile_getsTheUsualPermissionsNotOwnerOnly() throws IOException {
    Path reference = Files.writeString(dir.resolve("reference.txt"), "x");
    Path target = dir.resolve("results.csv");

    AtomicFiles.write(target, out -> out.write("x"));

    assertThat(Files.getPosixFilePermissions(target))
        .isEqualTo(Files.getPosixFilePermissions(reference));
  }

  @Test
  void write_existingFile_replacesIt() throws IOException {
    Path target = Files.writeString(dir.resolve("results.csv"), "old");

    AtomicFiles.write(target, out -> out.write("new"));

    assertThat(Files.readString(target)).isEqualTo("new");
    try (Stream<String> names = names()) {
      assertThat(names).containsExactly("results.csv");
    }
  }

  @Test
  void write_failureWhileWriting_leavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
    Path target = Files.writeString(dir.resolve("results.csv"), "old");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      out.write("half of the new con");
                      throw new IOException("disk full");
                    }))
        .hasMessage("disk full");

    assertThat(Files.readString(target)).isEqualTo("old");
    try (Stream<String> names = names()) {
      assertThat(names).containsExactly("results.csv");
    }
  }

  @Test
  void write_failureOnANewFile_createsNothing() throws IOException {
    Path target = dir.resolve("results.csv");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    target,
                    out -> {
                      throw new IOException("cannot format");
                    }))
        .isInstanceOf(IOException.class);

    try (Stream<String> names = names()) {
      assertThat(names).isEmpty();
    }
  }
}
