package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection, outputs: each test reproduces one defect of the outputs end to end (the tool run
 * on real files, devices, FIFOs, links, full disks and signals in a private temporary folder) and
 * checks that it is gone. Tests that need root, mknod or a small file system are skipped with the
 * reason printed where the machine does not allow them.
 */
class OutputFaultsTest {
  static final String RESULTS_HEADER =
      "officer_id,name,department,status,status_reason,required_days,credited_days";

  @TempDir Path dir;

  private final ExecutorService readers =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "fifo reader");
            t.setDaemon(true); // a reader left blocked on a FIFO must not keep the JVM alive
            return t;
          });

  @AfterEach
  void stopReaders() {
    readers.shutdownNow();
  }

  private Path officers() throws IOException {
    return Tool.write(
        dir,
        "officers.csv",
        "officer_id,name,level,employment",
        "O-1,Nguyễn Thị Lan,PROVINCIAL,FULL_TIME");
  }

  private Path visits() throws IOException {
    return Tool.write(
        dir,
        "visits.csv",
        "visit_id,officer_id,start,end,kinds,host_unit,host_level",
        "V-1,O-1,2019-03-01,2019-03-05,THEMATIC,Huyện đoàn Hàm Tân,DISTRICT");
  }

  private Tool.Run evaluate(String... outputs) throws IOException {
    List<String> args =
        new ArrayList<>(
            List.of(
                "evaluate",
                "--officers",
                officers().toString(),
                "--visits",
                visits().toString(),
                "--year",
                "2019"));
    args.addAll(List.of(outputs));
    return Tool.run(args.toArray(String[]::new));
  }

  private List<String> leftOvers(String... expected) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> !List.of(expected).contains(n))
          .filter(n -> !n.startsWith("stdout") && !n.startsWith("stderr"))
          .toList();
    }
  }

  private static BasicFileAttributes attributes(Path p) throws IOException {
    return Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
  }

  private Path device(String name, int major, int minor) throws IOException {
    Path node = dir.resolve(name);
    Launch.assumeCommand(
        "creating a device node needs root (CAP_MKNOD)",
        "mknod",
        node.toString(),
        "c",
        String.valueOf(major),
        String.valueOf(minor));
    Launch.assumeCommand(
        "the temporary folder's file system does not allow device nodes (nodev)",
        "sh",
        "-c",
        "printf '' > \"$0\"",
        node.toString());
    return node;
  }

  private Path fifo(String name) {
    Path fifo = dir.resolve(name);
    Launch.assumeCommand("mkfifo is needed for a FIFO", "mkfifo", fifo.toString());
    return fifo;
  }

  // Defect 1: targets are replaced, not written to.

  @Test
  @DisplayName("1. --out to a device node writes to the device and leaves the node in place")
  void out_characterDevice_isWrittenInPlaceAndStaysADevice() throws IOException {
    Path devNull = device("null", 1, 3);
    Object rdev = Files.getAttribute(devNull, "unix:rdev");

    Tool.Run run = evaluate("--out", devNull.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(attributes(devNull).isOther()).as("still a device node").isTrue();
    assertThat(Files.getAttribute(devNull, "unix:rdev")).isEqualTo(rdev);
    assertThat(leftOvers("officers.csv", "visits.csv", "null")).isEmpty();
  }

  @Test
  @DisplayName("1. --json to a FIFO writes to its reader and leaves the FIFO in place")
  void json_fifo_isWrittenToItsReaderAndStaysAFifo() throws Exception {
    Path fifo = fifo("results.fifo");
    CompletableFuture<String> read =
        CompletableFuture.supplyAsync(
            () -> {
              try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
              } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            },
            readers);

    Tool.Run run = evaluate("--json", fifo.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(attributes(fifo).isOther()).as("still a FIFO").isTrue();
    assertThat(read.get(1, TimeUnit.MINUTES)).contains("\"evaluations\"").contains("\"O-1\"");
  }

  @Test
  @DisplayName("1. --out to a symbolic link writes the file it points to and keeps the link")
  void out_symbolicLink_writesItsTargetAndKeepsTheLink() throws IOException {
    Path real = Tool.write(dir, "real.csv", "earlier results");
    Path link = Files.createSymbolicLink(dir.resolve("link.csv"), real.getFileName());

    Tool.Run run = evaluate("--out", link.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Files.isSymbolicLink(link)).as("still a link").isTrue();
    assertThat(Files.readSymbolicLink(link)).isEqualTo(real.getFileName());
    assertThat(Tool.read(real)).startsWith(RESULTS_HEADER);
  }

  @Test
  @DisplayName("1. --out /dev/stdout writes the results to standard output")
  void out_devStdout_writesToStandardOutput() throws IOException {
    // As root, run with a private /dev, so that a tool that replaced /dev/stdout would replace
    // only its private copy.
    List<String> command =
        Launch.withPrivateDev(
            dir,
            Launch.command(
                List.of(),
                "evaluate",
                "--officers",
                officers().toString(),
                "--visits",
                visits().toString(),
                "--year",
                "2019",
                "--out",
                "/dev/stdout"));

    Launch.Result run = Launch.run(command, dir);

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith(RESULTS_HEADER)
        .contains("\nO-1,Nguyễn Thị Lan,,NON_COMPLIANT,,60,5,");
    assertThat(Files.isRegularFile(Path.of("/dev/stdout"), LinkOption.NOFOLLOW_LINKS))
        .as("/dev/stdout replaced by a file")
        .isFalse();
  }

  @Test
  @DisplayName("1. --out - writes the results to standard output instead of the report")
  void out_dash_writesToStandardOutput() throws IOException {
    Tool.Run run = evaluate("--out", "-");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith(RESULTS_HEADER).doesNotContain("Unit report");
    assertThat(Path.of("-")).doesNotExist();
  }

  // Defect 2: an output can destroy an input.

  @Test
  @DisplayName("2. an output named like an input is refused before anything is read")
  void out_sameAsAnInput_exits2AndLeavesTheInputUntouched() throws IOException {
    Path officers = officers();
    String before = Tool.read(officers);

    Tool.Run run =
        Tool.run(
            "evaluate",
            "--officers",
            officers.toString(),
            "--visits",
            dir.resolve("missing-visits.csv").toString(),
            "--year",
            "2019",
            "--out",
            officers.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--out " + officers).contains("--officers");
    assertThat(run.err()).as("nothing was read").doesNotContain("missing-visits.csv");
    assertThat(Tool.read(officers)).isEqualTo(before);
  }

  @Test
  @DisplayName("2. an output that is a link to an input is refused")
  void json_linkToAnInput_exits2AndLeavesTheInputUntouched() throws IOException {
    Path visits = visits();
    String before = Tool.read(visits);
    Path link = Files.createSymbolicLink(dir.resolve("results.json"), visits);

    Tool.Run run = evaluate("--json", link.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--json " + link).contains("--visits");
    assertThat(Tool.read(visits)).isEqualTo(before);
  }

  @Test
  @DisplayName("2. two outputs to one file are refused")
  void outAndJson_sameFile_exits2AndWriteNothing() throws IOException {
    Path x = dir.resolve("x");

    Tool.Run run = evaluate("--out", x.toString(), "--json", x.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("--json " + x).contains("--out");
    assertThat(x).doesNotExist();
  }

  // Defect 3: permissions are lost, hard links broken.

  @Test
  @DisplayName("3. a replaced file keeps its mode")
  void out_existingFileWithMode600_keepsItsMode() throws IOException {
    Path out = Tool.write(dir, "results.csv", "earlier results");
    Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rw-------"));

    Tool.Run run = evaluate("--out", out.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Tool.read(out)).startsWith(RESULTS_HEADER);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out)))
        .isEqualTo("rw-------");
  }

  @Test
  @DisplayName("3. a file with two hard links is written through both")
  void out_fileWithTwoHardLinks_newContentUnderBothNames() throws IOException {
    Path out = Tool.write(dir, "results.csv", "earlier results");
    Path other = Files.createLink(dir.resolve("copy-for-the-office.csv"), out);

    Tool.Run run = evaluate("--out", out.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Tool.read(out)).startsWith(RESULTS_HEADER);
    assertThat(Tool.read(other)).isEqualTo(Tool.read(out));
    assertThat(Files.isSameFile(out, other)).isTrue();
  }

  // Defect 4: failures writing standard output are ignored.

  @Test
  @DisplayName("4. standard output to /dev/full is exit 1 with a message")
  void stdout_devFull_exits1WithAMessage() throws IOException {
    File full = new File("/dev/full");
    assumeTrue(full.exists(), "no /dev/full on this machine");

    Launch.Result run = Launch.run(Launch.command(List.of(), "evaluate", "--sample"), dir, full);

    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .contains("dicoso: cannot write to standard output: No space left on device");
  }

  @Test
  @DisplayName("4. standard output to a full disk is exit 1 with a message")
  void stdout_fullDisk_exits1WithAMessage() throws IOException {
    Path small = Files.createDirectory(dir.resolve("small"));
    List<String> mount = mountNamespace();
    List<String> command = new ArrayList<>(mount);
    command.addAll(
        List.of(
            "sh",
            "-c",
            "mount -t tmpfs -o size=4k tmpfs \"$0\" && exec \"$@\" > \"$0/report.txt\"",
            small.toString()));
    command.addAll(Launch.command(List.of(), "evaluate", "--sample"));

    Launch.Result run = Launch.run(command, dir);

    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .contains("dicoso: cannot write to standard output: No space left on device");
  }

  /** The command prefix that runs a command in a mount namespace of its own, or skips. */
  private static List<String> mountNamespace() {
    List<String> asRoot = List.of("unshare", "--mount");
    List<String> asUser = List.of("unshare", "--user", "--map-root-user", "--mount");
    for (List<String> prefix : List.of(asRoot, asUser)) {
      List<String> probe = new ArrayList<>(prefix);
      probe.addAll(List.of("sh", "-c", "mount -t tmpfs -o size=4k tmpfs /mnt"));
      try {
        Process p = new ProcessBuilder(probe).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        if (Launch.waitFor(p) == 0) {
          return prefix;
        }
      } catch (IOException e) {
        // try the next way
      }
    }
    Launch.assumeCommand(
        "a small file system needs a private mount namespace (root, or user namespaces)",
        "unshare",
        "--user",
        "--map-root-user",
        "--mount",
        "true");
    throw new AssertionError("unreachable");
  }

  // Defect 5: outputs are not replaced as a set.

  @Test
  @DisplayName("5. when --json cannot be written, results.csv is not replaced either")
  void json_cannotBeWritten_resultsCsvIsNotReplaced() throws IOException {
    Path full = device("full", 1, 7);
    Path out = Tool.write(dir, "results.csv", "earlier results");

    Tool.Run run = evaluate("--out", out.toString(), "--json", full.toString());

    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("--json " + full).contains("No space left on device");
    assertThat(Tool.read(out)).isEqualTo("earlier results\n");
    assertThat(attributes(full).isOther()).isTrue();
    assertThat(leftOvers("officers.csv", "visits.csv", "results.csv", "full")).isEmpty();
  }

  // Defect 6: interrupts leave temporary files.

  @Test
  @DisplayName("6. SIGTERM while the outputs are written leaves no temporary file")
  void sigterm_whileWriting_leavesNoTemporaryFile() throws Exception {
    interruptWhileWriting("TERM", 143);
  }

  @Test
  @DisplayName("6. SIGINT (Ctrl-C) while the outputs are written leaves no temporary file")
  void sigint_whileWriting_leavesNoTemporaryFile() throws Exception {
    interruptWhileWriting("INT", 130);
  }

  /**
   * Starts a run whose --json is a regular file and whose --out is a FIFO nobody reads: the tool
   * writes the JSON to its temporary file, then waits for a reader of the FIFO. The signal comes
   * then.
   */
  private void interruptWhileWriting(String signal, int expectedStatus) throws Exception {
    Path fifo = fifo("results.fifo");
    Path json = dir.resolve("results.json");
    List<String> command =
        Launch.command(
            List.of(), "evaluate", "--sample", "--json", json.toString(), "--out", fifo.toString());
    try (WatchService watcher = dir.getFileSystem().newWatchService()) {
      dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
      Process process =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      try {
        assumeSignalNotIgnored(process, signal);
        awaitTemporaryFile(watcher, process, "results.json");

        Launch.assumeCommand(
            "kill is needed to send a signal", "kill", "-" + signal, String.valueOf(process.pid()));
        int status = Launch.waitFor(process);

        assertThat(status).isEqualTo(expectedStatus);
        assertThat(json).doesNotExist();
        assertThat(attributes(fifo).isOther()).as("still a FIFO").isTrue();
        assertThat(leftOvers("results.fifo")).isEmpty();
      } finally {
        process.destroyForcibly();
      }
    }
  }

  /** Skips the test if the tool inherited {@code signal} as ignored (as background jobs do). */
  private static void assumeSignalNotIgnored(Process process, String signal) throws IOException {
    Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
    assumeTrue(Files.exists(status), "no /proc to check the tool's signal dispositions");
    int number = signal.equals("INT") ? 2 : 15;
    String ignored =
        Files.readAllLines(status).stream()
            .filter(l -> l.startsWith("SigIgn:"))
            .map(l -> l.substring("SigIgn:".length()).strip())
            .findFirst()
            .orElse("0");
    boolean isIgnored = (Long.parseUnsignedLong(ignored, 16) & (1L << (number - 1))) != 0;
    if (isIgnored) {
      process.destroyForcibly();
      System.out.println("skipped: SIG" + signal + " is ignored by processes started here");
    }
    assumeTrue(!isIgnored, "SIG" + signal + " is ignored by processes started here");
  }

  /** Waits until a temporary file of {@code name} appears in the folder (or the tool ends). */
  private void awaitTemporaryFile(WatchService watcher, Process process, String name)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(Launch.TIMEOUT_MINUTES);
    while (true) {
      if (!leftOvers("results.fifo", name).isEmpty()) {
        return;
      }
      assertThat(process.isAlive())
          .as("the tool is still writing (it ended with status %s)", exitValueOrNone(process))
          .isTrue();
      assertThat(System.nanoTime()).as("a temporary file appeared in time").isLessThan(deadline);
      WatchKey key = watcher.poll(1, TimeUnit.SECONDS);
      if (key != null) {
        key.pollEvents();
        key.reset();
      }
    }
  }

  private static String exitValueOrNone(Process process) {
    return process.isAlive() ? "none" : String.valueOf(process.exitValue());
  }

  // Defect 16: output errors name the wrong thing.

  @Test
  @DisplayName("16. an output that cannot be written is named as given, without Java's words")
  void out_folderNotWritable_messageNamesThePathGiven() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("read-only"));
    Path out = folder.resolve("results.csv");
    List<String> command =
        Launch.subjectToPermissions(
            dir,
            Launch.command(
                List.of(),
                "evaluate",
                "--officers",
                officers().toString(),
                "--visits",
                visits().toString(),
                "--year",
                "2019",
                "--out",
                out.toString()));
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));

    Launch.Result run = Launch.run(command, dir);

    assertThat(run.status()).as(run.err()).isEqualTo(1);
    assertThat(run.err()).contains("--out " + out).containsIgnoringCase("permission denied");
    assertThat(run.err()).doesNotContain(".tmp").doesNotContainPattern("[A-Z][A-Za-z]*Exception");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
  }
}
