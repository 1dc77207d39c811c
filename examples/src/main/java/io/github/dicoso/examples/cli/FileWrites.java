package io.github.dicoso.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes the files of the commands {@code template} and {@code plan}: each completely or not at
 * all, through a temporary file in the same folder moved into place at the end.
 *
 * <p>This class is stateless and thread-safe.
 */
final class FileWrites {
  private FileWrites() {}

  /** Writes the content of a file. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Creates {@code target}, which must not exist: a file that appears meanwhile is left alone and
   * the write fails with {@link java.nio.file.FileAlreadyExistsException}.
   */
  static void create(Path target, Content content) throws IOException {
    move(write(target, content), target, false);
  }

  /** Writes {@code target}, replacing it if it exists. */
  static void replace(Path target, Content content) throws IOException {
    move(write(target, content), target, true);
  }

  private static Path write(Path target, Content content) throws IOException {
    Path folder = target.toAbsolutePath().getParent();
    Path temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".part");
    try (OutputStream out = Files.newOutputStream(temporary)) {
      content.writeTo(out);
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(temporary);
      throw e;
    }
    return temporary;
  }

  private static void move(Path temporary, Path target, boolean replace) throws IOException {
    try {
      if (replace) {
        try {
          Files.move(
              temporary,
              target,
              StandardCopyOption.ATOMIC_MOVE,
              StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
      } else {
        Files.move(temporary, target);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** Whether {@code a} and {@code b} are the same file (when both exist) or the same path. */
  static boolean same(Path a, Path b) {
    try {
      if (Files.exists(a) && Files.exists(b)) {
        return Files.isSameFile(a, b);
      }
    } catch (IOException e) {
      // fall back to comparing the paths
    }
    return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
  }
}
