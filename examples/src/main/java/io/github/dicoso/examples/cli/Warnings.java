package io.github.dicoso.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The warnings printed on standard error, in the run's language. The readers word their warnings in
 * English where they notice them (deep in the reading of a file, where no language is known); this
 * class words the ones a run on ordinary data meets (unknown columns, empty rows at the end, a file
 * with no rows, a doubtful policy) in Vietnamese with the labels {@code warning.*}, and prefixes
 * every warning with the language's word for it. A warning it does not know is printed as worded.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Warnings {
  /** A known English warning and the label that words it, its groups the label's arguments. */
  private record Known(Pattern english, String key) {}

  private static final List<Known> KNOWN =
      List.of(
          new Known(
              Pattern.compile("(.+): unknown columns? (.+) ignored \\(known columns: (.+)\\)"),
              "warning.unknownColumns"),
          new Known(
              Pattern.compile("(.+): 1 empty row at the end \\(\\S+ (.+)\\) ignored"),
              "warning.emptyRow"),
          new Known(
              Pattern.compile("(.+): (\\d+) empty rows at the end \\(\\S+ (.+)\\) ignored"),
              "warning.emptyRows"),
          new Known(Pattern.compile("(.+) has no rows: .*"), "warning.noRows"),
          new Known(Pattern.compile("(.+): no plan to review"), "warning.noPlan"));

  /** A doubtful policy, as {@link PolicyOption} words it: {@code --policy X: WARNING CODE: ...}. */
  private static final Pattern POLICY_PROBLEM =
      Pattern.compile("(--policy .+): (?:ERROR|WARNING) ([A-Z][A-Z_]+): .*");

  private Warnings() {}

  /** A sink printing each warning on {@code err} in the language of {@code labels}. */
  static Consumer<String> to(PrintWriter err, Labels labels) {
    return message -> {
      err.println(labels.get("warning.prefix") + ": " + inLanguage(message, labels));
      err.flush();
    };
  }

  /** Prints one warning worded with the label {@code key} and its {@code arguments}. */
  static void print(PrintWriter err, Labels labels, String key, Object... arguments) {
    err.println(labels.get("warning.prefix") + ": " + labels.get(key, arguments));
    err.flush();
  }

  /** {@code a, 'b'} as {@code `a`, `b`}: names to type as they are. */
  private static String quoted(String names) {
    List<String> quoted = new java.util.ArrayList<>();
    for (String name : Pattern.compile(", ").split(names, -1)) {
      String bare =
          name.length() > 1 && name.startsWith("'") && name.endsWith("'")
              ? name.substring(1, name.length() - 1)
              : name;
      quoted.add("`" + bare + "`");
    }
    return String.join(", ", quoted);
  }

  /** {@code message} in the language of {@code labels}: as worded when English or unknown. */
  static String inLanguage(String message, Labels labels) {
    if (!labels.locale().getLanguage().equals("vi")) {
      return message;
    }
    Matcher problem = POLICY_PROBLEM.matcher(message);
    if (problem.matches()) {
      return labels
          .find("check.problem." + problem.group(2))
          .map(words -> problem.group(1) + ": " + words)
          .orElse(message);
    }
    for (Known known : KNOWN) {
      Matcher m = known.english().matcher(message);
      if (m.matches()) {
        Object[] groups = new Object[m.groupCount()];
        for (int i = 0; i < groups.length; i++) {
          groups[i] = String.valueOf(m.group(i + 1));
        }
        if (known.key().equals("warning.unknownColumns")) {
          // column names are what the user types in the header: quoted as such
          groups[1] = quoted(groups[1].toString());
          groups[2] = quoted(groups[2].toString());
        }
        return labels.get(known.key(), groups);
      }
    }
    return message;
  }
}
