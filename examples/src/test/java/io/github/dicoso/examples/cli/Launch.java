package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command-line tool in a process of its own ({@code java -cp <test class path>
 * DicosoCli}), for what a run in this process cannot show: the exit of the JVM, signals, memory
 * limits, and standard streams that are files or devices. Tests that need a privilege or a kernel
 * feature ask for it with {@link #assumeCommand} and are skipped, with the reason printed, where
 * the machine does not allow it.
 */
final class Launch {
  /** How long a run may take before the test fails (a hung tool, not a slow one). */
  static final long TIMEOUT_MINUTES = 10;

  private Launch() {}

  /** What one run returned and printed. */
  record Result(int status, String out, String err) {}

  /** {@code java [jvmOptions] -cp ... DicosoCli args}. */
  static List<String> command(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(DicosoCli.class.getName());
    command.addAll(List.of(args));
    return command;
  }

  /**
   * Runs {@code command} in {@code dir}, its standard output to {@code stdout} (a file or a device)
   * and its standard error to a file, and waits for it.
   */
  static Result run(List<String> command, Path dir, File stdout) throws IOException {
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
            .redirectOutput(stdout)
            .redirectError(err.toFile())
            .start();
    int status = waitFor(process);
    String out = stdout.isFile() ? Files.readString(stdout.toPath(), StandardCharsets.UTF_8) : "";
    String errText = Files.readString(err, StandardCharsets.UTF_8);
    Files.delete(err);
    return new Result(status, out, errText);
  }

  /** Runs {@code command} in {@code dir} with its standard output to a file. */
  static Result run(List<String> command, Path dir) throws IOException {
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    try {
      return run(command, dir, out.toFile());
    } finally {
      Files.delete(out);
    }
  }

  /** Waits for {@code process}, failing the test if it hangs. */
  static int waitFor(Process process) {
    try {
      boolean ended = process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
      if (!ended) {
        process.destroyForcibly();
      }
      assertThat(ended).as("the tool ended within " + TIMEOUT_MINUTES + " minutes").isTrue();
      return process.exitValue();
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for the tool", e);
    }
  }

  /**
   * Whether this process bypasses file permissions (root, or a process with CAP_DAC_OVERRIDE):
   * checked by trying, not by the user's name.
   */
  static boolean bypassesPermissions(Path dir) throws IOException {
    Path probe = Files.createTempFile(dir, "probe", ".txt");
    try {
      Files.setPosixFilePermissions(probe, PosixFilePermissions.fromString("---------"));
      return Files.isReadable(probe);
    } finally {
      Files.delete(probe);
    }
  }

  /**
   * {@code command} run so that file permissions apply to it: as it is for an ordinary user; in a
   * user namespace of its own ({@code unshare --user}, where root's override of permissions does
   * not reach the files of the machine) for root. The test is skipped where neither is possible.
   */
  static List<String> subjectToPermissions(Path dir, List<String> command) throws IOException {
    if (!bypassesPermissions(dir)) {
      return command;
    }
    assumeCommand(
        "running as root, which reads and writes any file; an unprivileged user namespace is"
            + " needed to take that away",
        "unshare",
        "--user",
        "true");
    List<String> wrapped = new ArrayList<>(List.of("unshare", "--user"));
    wrapped.addAll(command);
    return wrapped;
  }

  /**
   * {@code command} run, where this process could replace system files (as root), with a private
   * {@code /dev} of its own: a mount namespace in which {@code /dev} is a fresh tmpfs holding
   * {@code null}, {@code zero}, {@code random}, {@code urandom} and {@code full} of the machine and
   * the links {@code stdin}, {@code stdout}, {@code stderr} and {@code fd}. A tool that replaced
   * {@code /dev/stdout} there would replace only its private copy. The test is skipped where that
   * is not possible.
   */
  static List<String> withPrivateDev(Path dir, List<String> command) throws IOException {
    if (!bypassesPermissions(dir)) {
      return command;
    }
    assumeCommand(
        "running as root, where a private /dev (a mount namespace) is needed to keep /dev safe",
        "unshare",
        "--mount",
        "true");
    Path dev = Files.createDirectory(dir.resolve("private-dev"));
    List<String> wrapped =
        new ArrayList<>(
            List.of(
                "unshare",
                "--mount",
                "sh",
                "-c",
                "set -e; mount -t tmpfs tmpfs \"$0\"; for n in null zero random urandom full; do"
                    + " touch \"$0/$n\"; mount --bind \"/dev/$n\" \"$0/$n\"; done;"
                    + " ln -s /proc/self/fd \"$0/fd\"; ln -s /proc/self/fd/0 \"$0/stdin\";"
                    + " ln -s /proc/self/fd/1 \"$0/stdout\"; ln -s /proc/self/fd/2 \"$0/stderr\";"
                    + " mount --rbind \"$0\" /dev; exec \"$@\"",
                dev.toString()));
    wrapped.addAll(command);
    return wrapped;
  }

  /**
   * Skips the test, printing {@code why} and the command's error, unless {@code command} runs and
   * exits 0.
   */
  static void assumeCommand(String why, String... command) {
    String failure;
    try {
      Process p =
          new ProcessBuilder(command)
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int status = waitFor(p);
      failure = status == 0 ? null : "exit " + status + ": " + output.strip();
    } catch (IOException e) {
      failure = e.getMessage();
    }
    if (failure != null) {
      System.out.println(
          "skipped: " + why + " (" + String.join(" ", command) + " failed: " + failure + ")");
    }
    assumeTrue(failure == null, () -> why + " (" + String.join(" ", command) + " is not allowed)");
  }
}
