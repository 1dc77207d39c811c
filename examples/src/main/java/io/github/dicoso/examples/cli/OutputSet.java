package io.github.dicoso.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The outputs of one run, written as a set: completely, or not at all.
 *
 * <ol>
 *   <li>Each regular file is written to a temporary file in its own folder ({@link TempFiles},
 *       removed if the JVM is stopped by SIGINT or SIGTERM).
 *   <li>Then the targets written in place (devices, FIFOs, open descriptors, standard output), in
 *       the order given.
 *   <li>Only when all of them are complete are the temporary files put in place: moved over the
 *       target, with the target's permissions (and owner and group where the tool may set them),
 *       or, for a file with more than one hard link or whose owner the tool cannot keep, copied
 *       into it, so that every link sees the new content and the file keeps its owner.
 * </ol>
 *
 * If any step before the last fails, no file is replaced and every temporary file is removed. A
 * target written in place cannot be taken back: what it received stays.
 *
 * <p>Before anything is read, {@link #check} refuses outputs that would overwrite an input or each
 * other.
 *
 * <p>This class is mutable and not thread-safe; one instance serves one run.
 */
final class OutputSet {
  /** What writes one output's content. */
  @FunctionalInterface
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  /** What writes one binary output's content (a workbook): never to the standard output. */
  @FunctionalInterface
  interface BinaryContent {
    void writeTo(OutputStream out) throws IOException;
  }

  /** One output: its target and either its text or its binary content. */
  private record Output(
      OutputTarget target, @Nullable Content text, @Nullable BinaryContent binary) {
    /** Writes the content to {@code stream}, text as UTF-8, and flushes; does not close it. */
    void writeTo(OutputStream stream) throws IOException {
      OutputStream kept =
          new java.io.FilterOutputStream(new java.io.BufferedOutputStream(stream, 1 << 16)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
              out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
              flush(); // the stream belongs to the set, which closes it
            }
          };
      if (binary != null) {
        binary.writeTo(kept);
      } else {
        Writer out =
            new BufferedWriter(new OutputStreamWriter(kept, StandardCharsets.UTF_8), 1 << 16);
        java.util.Objects.requireNonNull(text).writeTo(out);
        out.flush();
      }
      kept.flush();
    }
  }

  /** A regular file written to its temporary file, waiting to be put in place. */
  private record Written(OutputTarget target, Path temporary, boolean copyInto) {}

  private final PrintWriter standardOutput;
  private final List<Output> outputs = new ArrayList<>();

  /** An empty set whose {@link OutputTarget.Kind#STANDARD_OUTPUT} targets go to {@code out}. */
  OutputSet(PrintWriter standardOutput) {
    this.standardOutput = standardOutput;
  }

  /**
   * Checks, before anything is read, that no output is one of the {@code inputs} (by option) and no
   * two outputs are the same file or stream.
   *
   * @throws BadInputException naming the two options
   */
  static void check(List<OutputTarget> targets, Map<String, Path> inputs) throws BadInputException {
    for (int i = 0; i < targets.size(); i++) {
      OutputTarget target = targets.get(i);
      for (Map.Entry<String, Path> input : inputs.entrySet()) {
        if (target.refersTo(input.getValue())) {
          throw new BadInputException(
              target
                  + ": is also the input "
                  + input.getKey()
                  + " "
                  + Echo.of(input.getValue().toString())
                  + "; writing it would destroy the input, so give the output another name");
        }
      }
      for (OutputTarget earlier : targets.subList(0, i)) {
        if (target.sameAs(earlier)) {
          throw new BadInputException(
              target + ": is also the output " + earlier + "; give each output its own file");
        }
      }
    }
  }

  /** Adds an output; outputs in place are written in the order added. */
  OutputSet add(OutputTarget target, Content content) {
    outputs.add(new Output(target, content, null));
    return this;
  }

  /**
   * Adds a binary output (a workbook); outputs in place are written in the order added.
   *
   * @throws IllegalArgumentException if {@code target} is the standard output, which takes text
   *     only (refuse it before anything is read, as {@code --xlsx -})
   */
  OutputSet addBinary(OutputTarget target, BinaryContent content) {
    if (target.kind() == OutputTarget.Kind.STANDARD_OUTPUT) {
      throw new IllegalArgumentException(target + ": a binary output cannot go to standard output");
    }
    outputs.add(new Output(target, null, content));
    return this;
  }

  /** Whether an output goes to the standard output (so the printed report must not). */
  boolean writesStandardOutput() {
    return outputs.stream().anyMatch(o -> o.target().kind() == OutputTarget.Kind.STANDARD_OUTPUT);
  }

  /**
   * Writes every output, completely or not at all.
   *
   * @throws OutputException naming the output that failed and why, and saying what became of the
   *     others
   */
  void write() throws OutputException {
    List<Written> written = new ArrayList<>();
    try {
      for (Output output : outputs) {
        if (output.target().kind() == OutputTarget.Kind.FILE) {
          written.add(toTemporaryFile(output));
        }
      }
      for (Output output : outputs) {
        switch (output.target().kind()) {
          case IN_PLACE -> inPlace(output);
          case STANDARD_OUTPUT -> toStandardOutput(output);
          case FILE -> {}
        }
      }
      putInPlace(written);
    } catch (OutputException e) {
      throw removeTemporaryFiles(written, e);
    } catch (RuntimeException e) {
      OutputException none = new OutputException("");
      OutputException left = removeTemporaryFiles(written, none);
      if (left != none) {
        e.addSuppressed(left);
      }
      throw e;
    }
  }

  /**
   * Removes the temporary files not put in place; {@code failure} with the name of any that cannot
   * be removed, so that no file the tool leaves behind goes unmentioned.
   */
  private static OutputException removeTemporaryFiles(
      List<Written> written, OutputException failure) {
    StringBuilder left = new StringBuilder();
    for (Written w : written) {
      try {
        TempFiles.instance().deleteIfOpen(w.temporary());
      } catch (IOException e) {
        left.append("; the temporary file ")
            .append(w.temporary())
            .append(" of ")
            .append(w.target())
            .append(" cannot be removed: ")
            .append(IoMessages.describe(e));
      }
    }
    return left.isEmpty() ? failure : new OutputException(failure.getMessage() + left);
  }

  private Written toTemporaryFile(Output output) throws OutputException {
    OutputTarget target = output.target();
    Path file = target.path();
    Path temporary = null;
    try {
      PosixFileAttributes existing = posixAttributes(file);
      TempFiles.TempFile created = TempFiles.instance().create(file);
      temporary = created.path();
      boolean copyInto;
      try (FileChannel channel = created.channel()) {
        copyInto =
            existing != null && (hasOtherLinks(file) || !keepAttributes(temporary, existing));
        output.writeTo(Channels.newOutputStream(channel));
        channel.force(true);
      }
      return new Written(target, temporary, copyInto);
    } catch (IOException e) {
      if (temporary != null) {
        try {
          TempFiles.instance().delete(temporary);
        } catch (IOException again) {
          e.addSuppressed(again);
        }
      }
      throw new OutputException(
          "cannot write " + target + ": " + IoMessages.describe(e) + "; no output was replaced");
    }
  }

  private void inPlace(Output output) throws OutputException {
    OutputTarget target = output.target();
    try (OutputStream stream =
        Files.newOutputStream(target.path(), StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
      output.writeTo(stream);
    } catch (IOException e) {
      throw new OutputException(
          "cannot write "
              + target
              + ": "
              + IoMessages.describe(e)
              + "; no output file was replaced");
    }
  }

  private void toStandardOutput(Output output) throws OutputException {
    try {
      java.util.Objects.requireNonNull(output.text()).writeTo(standardOutput);
    } catch (IOException e) {
      throw new OutputException(
          "cannot write "
              + output.target()
              + ": "
              + IoMessages.describe(e)
              + "; no output file was replaced");
    }
    java.util.Optional<String> failure = CheckedPrintWriter.failure(standardOutput);
    if (failure.isPresent()) {
      throw new OutputException(
          "cannot write to standard output: "
              + failure.get()
              + (outputs.stream().anyMatch(o -> o.target().kind() == OutputTarget.Kind.FILE)
                  ? "; no output file was replaced"
                  : ""));
    }
  }

  /** Puts every temporary file in place, while a signal waits for the set to be complete. */
  private static void putInPlace(List<Written> written) throws OutputException {
    TempFiles.instance()
        .whileHeld(
            () -> {
              List<OutputTarget> done = new ArrayList<>();
              for (Written w : written) {
                try {
                  if (w.copyInto()) {
                    copyInto(w.temporary(), w.target().path());
                  } else {
                    move(w.temporary(), w.target().path());
                  }
                  TempFiles.instance().moved(w.temporary());
                  done.add(w.target());
                } catch (IOException e) {
                  throw new OutputException(
                      "cannot replace "
                          + w.target()
                          + ": "
                          + IoMessages.describe(e)
                          + (done.isEmpty()
                              ? "; no output was replaced"
                              : "; already replaced: " + done));
                }
              }
            });
  }

  private static void move(Path temporary, Path target) throws IOException {
    try {
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Overwrites {@code target}'s content with {@code temporary}'s, keeping the file itself. */
  private static void copyInto(Path temporary, Path target) throws IOException {
    try (OutputStream out =
        Files.newOutputStream(
            target, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
      Files.copy(temporary, out);
    }
    Files.delete(temporary);
  }

  /** Whether {@code file} has more than one hard link, which replacing it would cut off. */
  private static boolean hasOtherLinks(Path file) throws IOException {
    try {
      return Files.getAttribute(file, "unix:nlink", LinkOption.NOFOLLOW_LINKS) instanceof Integer n
          && n > 1;
    } catch (UnsupportedOperationException | IllegalArgumentException e) {
      return false; // a file system without link counts has no hard links to keep
    }
  }

  /**
   * Gives {@code temporary} the permissions of the file it replaces (first, before any content is
   * written, so that the content is never more exposed than before), and its owner and group.
   *
   * @return whether the owner and group could be kept; if not, the content is to be copied into the
   *     existing file rather than replace it
   */
  private static boolean keepAttributes(Path temporary, PosixFileAttributes existing)
      throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    view.setPermissions(existing.permissions());
    PosixFileAttributes now = view.readAttributes();
    try {
      if (!now.owner().equals(existing.owner())) {
        view.setOwner(existing.owner());
      }
      if (!now.group().equals(existing.group())) {
        view.setGroup(existing.group());
      }
      return true;
    } catch (FileSystemException e) {
      return false; // not permitted: the owner is kept by copying into the file instead
    }
  }

  private static @Nullable PosixFileAttributes posixAttributes(Path file) throws IOException {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      return null;
    }
    return Files.readAttributes(file, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
  }
}
