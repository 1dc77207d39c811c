package io.github.dicoso.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read or written, in words: the operating system's reason ({@code No space
 * left on device}) or a phrase for the exceptions Java gives without one ({@code permission
 * denied}), never the name of a Java class or of a temporary file.
 *
 * <p>This class is stateless and thread-safe.
 */
final class IoMessages {
  private IoMessages() {}

  /** The cause of {@code e} in words. */
  static String describe(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is not a folder";
    }
    if (e instanceof FileSystemLoopException) {
      return "too many levels of symbolic links";
    }
    if (e instanceof FileSystemException f) {
      // the message would name the file, which may be a temporary one; the reason alone does not
      return f.getReason() != null ? f.getReason() : "an input/output error";
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? "an input/output error" : Echo.message(message);
  }
}
