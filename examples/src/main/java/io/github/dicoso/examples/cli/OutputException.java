package io.github.dicoso.examples.cli;

/**
 * An output cannot be written: the message names the output as the user gave it ({@code --out
 * results.csv}, or standard output), says why in words, and says what became of the other outputs.
 * The tool exits with status 1.
 */
public final class OutputException extends Exception {
  private static final long serialVersionUID = 1L;

  /** An output failure described by {@code message}. */
  OutputException(String message) {
    super(message);
  }
}
