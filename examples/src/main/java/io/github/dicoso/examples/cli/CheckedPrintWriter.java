package io.github.dicoso.examples.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A {@link PrintWriter} that keeps the first error of the stream under it. A plain {@code
 * PrintWriter} swallows errors and only says that one happened ({@link #checkError()}); the tool
 * needs the cause ({@code No space left on device}, {@code Broken pipe}) for its message.
 *
 * <p>This class is thread-safe as {@link PrintWriter} is.
 */
final class CheckedPrintWriter extends PrintWriter {
  private final Recorder recorder;

  /** A writer of UTF-8 text to {@code out}, flushed at every line. */
  static CheckedPrintWriter of(OutputStream out) {
    return new CheckedPrintWriter(
        new Recorder(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
  }

  private CheckedPrintWriter(Recorder recorder) {
    super(recorder, true);
    this.recorder = recorder;
  }

  /** The first error writing to the stream, if there was one; flushes first. */
  Optional<IOException> error() {
    flush();
    synchronized (lock) {
      return Optional.ofNullable(recorder.error);
    }
  }

  /**
   * Why writing to {@code out} failed, in words, if it did: the cause where {@code out} keeps it,
   * else a general phrase. Flushes {@code out}.
   */
  static Optional<String> failure(PrintWriter out) {
    if (!out.checkError()) {
      return Optional.empty();
    }
    return Optional.of(
        out instanceof CheckedPrintWriter checked
            ? checked.error().map(IoMessages::describe).orElse("an input/output error")
            : "an input/output error");
  }

  /** Passes everything on and remembers the first failure. */
  private static final class Recorder extends FilterWriter {
    private @Nullable IOException error;

    Recorder(Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws IOException {
      try {
        super.write(c);
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void write(char[] buffer, int offset, int length) throws IOException {
      try {
        super.write(buffer, offset, length);
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
      try {
        super.write(text, offset, length);
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        super.flush();
      } catch (IOException e) {
        throw record(e);
      }
    }

    @Override
    public void close() throws IOException {
      try {
        super.close();
      } catch (IOException e) {
        throw record(e);
      }
    }

    private IOException record(IOException e) {
      if (error == null) {
        error = e;
      }
      return e;
    }
  }
}
