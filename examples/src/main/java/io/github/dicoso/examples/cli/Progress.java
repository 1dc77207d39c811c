package io.github.dicoso.examples.cli;

import java.io.PrintWriter;

/**
 * Progress of a large run on standard error: rows read every {@value #EVERY} rows, and the steps
 * after reading. Shown only when the tool runs in a terminal, so that redirected output stays
 * clean; silent for small inputs.
 *
 * <p>This class is mutable and not thread-safe; one instance serves one run.
 */
class Progress {
  /** Rows between two progress lines; an input smaller than this shows no progress. */
  static final long EVERY = 10_000;

  private static final Progress NONE = new Progress();

  private Progress() {}

  /** Progress that shows nothing. */
  static Progress none() {
    return NONE;
  }

  /** Progress written to {@code err}. */
  static Progress to(PrintWriter err) {
    return new Progress() {
      private boolean large;

      @Override
      void rowRead(String file, long count) {
        if (count % EVERY == 0) {
          large = true;
          err.printf("\r%s: %,d rows read", file, count);
          err.flush();
        }
      }

      @Override
      void fileDone(String file, long count) {
        if (count >= EVERY) {
          err.printf("\r%s: %,d rows read%n", file, count);
          err.flush();
        }
      }

      @Override
      void step(String message) {
        if (large) {
          err.println(message);
          err.flush();
        }
      }
    };
  }

  /** Called after each row of {@code file} is read. */
  void rowRead(String file, long count) {}

  /** Called when {@code file} has been read. */
  void fileDone(String file, long count) {}

  /** A step of a large run, e.g. {@code evaluating 25,000 officers}. */
  void step(String message) {}
}
