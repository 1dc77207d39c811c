package io.github.dicoso.examples.cli;

import java.util.List;

/**
 * The input cannot be used: the problems found, each naming the file, line, column and value. The
 * tool exits with status 2 and prints the message on standard error.
 */
public final class BadInputException extends Exception {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // an immutable list of records; never serialised in practice
  private final List<InputProblem> problems;

  /** Bad input described by {@code message} alone (a missing file, an unknown policy). */
  public BadInputException(String message) {
    super(message);
    this.problems = List.of();
  }

  /** Bad input with the problems found; {@code message} already lists them. */
  BadInputException(String message, List<InputProblem> problems) {
    super(message);
    this.problems = List.copyOf(problems);
  }

  /** The problems listed in the message (up to the per-file limit); empty when there are none. */
  public List<InputProblem> problems() {
    return problems;
  }
}
