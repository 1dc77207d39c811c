package io.github.dicoso.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How the tool answers a usage error: one line naming what is wrong (every missing option at once,
 * the nearest known option for a misspelt one) and one line pointing to {@code --help}, on standard
 * error, exit status {@value DicosoCli#BAD_INPUT}. The whole usage is printed only when asked for.
 *
 * <p>This class is stateless and thread-safe.
 */
final class UsageErrors implements IParameterExceptionHandler {
  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    PrintWriter err = command.getErr();
    err.println(qualifiedName(command.getCommandSpec()) + ": " + message(e));
    err.println("see '" + qualifiedName(command.getCommandSpec()) + " --help'");
    err.flush();
    return DicosoCli.BAD_INPUT;
  }

  /**
   * The error in one line: picocli's message, with the input options missing besides picocli's own
   * required ones, and the suggestions for a misspelt option or command.
   */
  private static String message(ParameterException e) {
    String message = firstLine(String.valueOf(e.getMessage()));
    if (e instanceof MissingParameterException) {
      List<String> more = missingInputs(e.getCommandLine().getCommandSpec());
      if (!more.isEmpty()) {
        message =
            message.replaceFirst("^Missing required option: ", "Missing required options: ")
                + ", "
                + String.join(", ", more);
      }
    }
    if (e instanceof UnmatchedArgumentException unmatched) {
      List<String> suggestions = new ArrayList<>(unmatched.getSuggestions());
      if (suggestions.isEmpty() && !unmatched.getUnmatched().isEmpty()) {
        suggestions.addAll(
            nearestOptions(unmatched.getUnmatched().get(0), e.getCommandLine().getCommandSpec()));
      }
      if (!suggestions.isEmpty()) {
        message += "; did you mean " + String.join(" or ", suggestions) + "?";
      }
    }
    return message;
  }

  /** The input options of the command that are missing, as {@link InputOptions} words them. */
  private static List<String> missingInputs(CommandSpec spec) {
    List<String> missing = new ArrayList<>();
    for (CommandSpec mixin : spec.mixins().values()) {
      if (mixin.userObject() instanceof InputOptions input) {
        missing.addAll(MissingInputs.of(input));
      }
    }
    return missing;
  }

  /**
   * The options of {@code spec} nearest to {@code given} by edit distance, if it looks like an
   * option and one is at most two edits away ({@code --yaer} is {@code --year}).
   */
  static List<String> nearestOptions(String given, CommandSpec spec) {
    String name = given.contains("=") ? given.substring(0, given.indexOf('=')) : given;
    List<String> nearest = new ArrayList<>();
    if (!name.startsWith("-")) {
      return nearest;
    }
    int best = 3;
    for (String option : spec.optionsMap().keySet()) {
      int distance = distance(name, option);
      if (distance < best) {
        best = distance;
        nearest.clear();
      }
      if (distance == best) {
        nearest.add(option);
      }
    }
    return nearest;
  }

  /** The Levenshtein distance between {@code a} and {@code b}. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return (end < 0 ? text : text.substring(0, end)).strip();
  }

  /** {@code dicoso evaluate}: the command's name with its parents'. */
  private static String qualifiedName(CommandSpec spec) {
    return spec.qualifiedName();
  }
}
