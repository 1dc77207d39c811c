package io.github.dicoso.examples.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of the input files so that all of them are reported at once, listing up to
 * {@link #LIMIT_PER_FILE} per file and counting the rest.
 *
 * <p>This class is mutable and not thread-safe; one instance serves one run.
 */
final class Problems {
  /** The most problems listed for one file; further ones are counted. */
  static final int LIMIT_PER_FILE = 100;

  private final List<InputProblem> listed = new ArrayList<>();
  private final Map<String, Integer> countByFile = new LinkedHashMap<>();

  /** Records a problem. */
  void add(InputProblem problem) {
    int count = countByFile.merge(problem.file(), 1, Integer::sum);
    if (count <= LIMIT_PER_FILE) {
      listed.add(problem);
    }
  }

  /** Records a problem of {@code file}, {@code line}, {@code column} holding {@code value}. */
  void add(String file, long line, String column, String value, String message) {
    add(new InputProblem(file, line, column, value, message));
  }

  /** Whether no problem was found. */
  boolean isEmpty() {
    return countByFile.isEmpty();
  }

  /** Whether {@code file} had at least one problem. */
  boolean any(String file) {
    return countByFile.containsKey(file);
  }

  /** Throws the problems found, if any, as one exception listing them all. */
  void throwIfAny() throws BadInputException {
    if (isEmpty()) {
      return;
    }
    int total = countByFile.values().stream().mapToInt(Integer::intValue).sum();
    StringBuilder message =
        new StringBuilder()
            .append(total == 1 ? "1 problem" : total + " problems")
            .append(" in the input; nothing was evaluated:");
    for (InputProblem p : listed) {
      message.append(System.lineSeparator()).append("  ").append(p);
    }
    countByFile.forEach(
        (file, count) -> {
          if (count > LIMIT_PER_FILE) {
            message
                .append(System.lineSeparator())
                .append("  ... and ")
                .append(count - LIMIT_PER_FILE)
                .append(" more in ")
                .append(file);
          }
        });
    throw new BadInputException(message.toString(), listed);
  }
}
