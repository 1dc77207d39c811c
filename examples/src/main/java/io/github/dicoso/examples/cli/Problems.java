package io.github.dicoso.examples.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Collects the problems of the input files so that all of them are reported at once, in a stable
 * order: by file (in the order the files are read), line, and column (left to right as the file's
 * header has them; a problem of a whole row first, a required column missing from the header after
 * those present). The first {@link #LIMIT_PER_FILE} of each file in that order are listed and the
 * rest counted, so that memory stays bounded however bad a file is.
 *
 * <p>This class is mutable and not thread-safe; one instance serves one run.
 */
final class Problems {
  /** The most problems listed for one file; further ones are counted. */
  static final int LIMIT_PER_FILE = 100;

  /** One problem with where it sorts. */
  private record Ranked(InputProblem problem, int column, long sequence) {}

  private static final Comparator<Ranked> ORDER =
      Comparator.comparingLong((Ranked r) -> r.problem().line())
          .thenComparingInt(Ranked::column)
          .thenComparingLong(Ranked::sequence);

  /** The problems of one file: the first ones in order, and how many in all. */
  private static final class FileProblems {
    final TreeSet<Ranked> listed = new TreeSet<>(ORDER);
    List<String> columns = List.of();
    int count;
  }

  private final Map<String, FileProblems> byFile = new LinkedHashMap<>();
  private long sequence;

  /**
   * The columns of {@code file} in the order its problems sort: the header's, then the required
   * ones it lacks.
   */
  void columns(String file, List<String> columns) {
    of(file).columns = List.copyOf(columns);
  }

  /** Records a problem. */
  void add(InputProblem problem) {
    FileProblems file = of(problem.file());
    file.count++;
    int column =
        problem.column().isEmpty()
            ? -1
            : file.columns.contains(problem.column())
                ? file.columns.indexOf(problem.column())
                : Integer.MAX_VALUE;
    file.listed.add(new Ranked(problem, column, sequence++));
    if (file.listed.size() > LIMIT_PER_FILE) {
      file.listed.pollLast();
    }
  }

  /** Records a problem of {@code file}, {@code line}, {@code column} holding {@code value}. */
  void add(String file, long line, String column, String value, String message) {
    add(new InputProblem(file, line, column, value, message));
  }

  /** Whether no problem was found. */
  boolean isEmpty() {
    return byFile.values().stream().allMatch(f -> f.count == 0);
  }

  /** Whether {@code file} had at least one problem. */
  boolean any(String file) {
    FileProblems problems = byFile.get(file);
    return problems != null && problems.count > 0;
  }

  /** Throws the problems found, if any, as one exception listing them all. */
  void throwIfAny() throws BadInputException {
    if (isEmpty()) {
      return;
    }
    int total = byFile.values().stream().mapToInt(f -> f.count).sum();
    StringBuilder message =
        new StringBuilder()
            .append(total == 1 ? "1 problem" : total + " problems")
            .append(" in the input; nothing was evaluated:");
    List<InputProblem> listed = new ArrayList<>();
    byFile.forEach(
        (file, problems) -> {
          for (Ranked r : problems.listed) {
            listed.add(r.problem());
            message.append(System.lineSeparator()).append("  ").append(r.problem());
          }
          if (problems.count > LIMIT_PER_FILE) {
            message
                .append(System.lineSeparator())
                .append("  ... and ")
                .append(problems.count - LIMIT_PER_FILE)
                .append(" more in ")
                .append(file);
          }
        });
    throw new BadInputException(message.toString(), listed);
  }

  private FileProblems of(String file) {
    return byFile.computeIfAbsent(file, f -> new FileProblems());
  }
}
