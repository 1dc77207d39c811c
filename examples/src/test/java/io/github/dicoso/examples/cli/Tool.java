package io.github.dicoso.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command-line tool in this process and captures what it prints. */
final class Tool {
  private Tool() {}

  /** What one run returned and printed. */
  record Run(int status, String out, String err) {}

  /** Runs the tool with {@code args}, not in a terminal. */
  static Run run(String... args) {
    return run(false, args);
  }

  /** Runs the tool with {@code args}, in a terminal or not. */
  static Run run(boolean terminal, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = DicosoCli.run(args, new PrintWriter(out), new PrintWriter(err), terminal);
    return new Run(status, out.toString(), err.toString());
  }

  /** Writes {@code lines} as a UTF-8 file {@code name} in {@code dir}. */
  static Path write(Path dir, String name, String... lines) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    return file;
  }

  /** Reads a UTF-8 file. */
  static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
