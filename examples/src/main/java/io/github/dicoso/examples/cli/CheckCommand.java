package io.github.dicoso.examples.cli;

import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.variant.PolicyChecks;
import io.github.dicoso.variant.PolicyProblem;
import io.github.dicoso.variant.VariantFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code check FILE.properties}: reads a variant file and runs the library's static checks on the
 * policy it defines ({@link PolicyChecks}): contradictions nobody can satisfy (errors) and dead or
 * doubtful rules (warnings). Each finding names the file and, where a parameter involved is given
 * in the file, its line. Exit status 0 when there is no error (warnings allowed), 2 when the file
 * cannot be read or the policy has an error.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Checks a variant file (.properties) before it is used with --policy: reads it and lists"
          + " every contradiction (error) and doubtful rule (warning) of the policy it defines.",
      "Exit status 0 when there is no error (warnings allowed), 2 otherwise."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The variant file, e.g. my-province.properties.")
  Path file = Path.of("");

  @Mixin LanguageOption language = new LanguageOption();

  @Override
  public Integer call() throws BadInputException {
    Labels labels = language.labels(spec);
    Locale locale = labels.locale();
    PrintWriter out = spec.commandLine().getOut();
    String text = read(file);
    Policy policy;
    try (Reader reader = new StringReader(text)) {
      policy = VariantFile.read(reader);
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot be read: " + e.getMessage());
    } catch (IllegalArgumentException e) {
      throw new BadInputException(located(String.valueOf(e.getMessage())));
    }
    Map<Parameter<?>, Integer> lines = keyLines(text);
    List<PolicyProblem> problems = PolicyChecks.check(policy);
    long errors =
        problems.stream().filter(p -> p.severity() == PolicyProblem.Severity.ERROR).count();
    for (PolicyProblem problem : problems) {
      Optional<Integer> line =
          problem.parameters().stream()
              .map(lines::get)
              .filter(java.util.Objects::nonNull)
              .min(Integer::compare);
      out.println(
          file
              + line.map(n -> " " + labels.get("check.line", String.valueOf(n))).orElse("")
              + ": "
              + Vocabulary.label(problem.severity(), locale)
              + " "
              + words(problem, labels));
    }
    out.println(
        labels.get(
            "check.summary",
            policy.name(),
            String.valueOf(errors),
            String.valueOf(problems.size() - errors)));
    out.flush();
    return errors > 0 ? DicosoCli.BAD_INPUT : DicosoCli.OK;
  }

  /**
   * A problem in the language: in English its code and the library's message; in Vietnamese the
   * tool's label {@code check.problem.CODE} with the variant-file keys involved in backquotes (the
   * library words its messages in English only).
   */
  static String words(PolicyProblem problem, Labels labels) {
    if (!labels.locale().getLanguage().equals("vi")) {
      return problem.code() + ": " + problem.message();
    }
    String keys =
        problem.parameters().stream()
            .map(p -> "`" + p.key() + "`")
            .collect(java.util.stream.Collectors.joining(", "));
    return labels.get("check.problem." + problem.code().name())
        + (keys.isEmpty() ? "" : " (" + keys + ")");
  }

  /** The file's text, strict UTF-8. */
  private static String read(Path file) throws BadInputException {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
          .toString();
    } catch (NoSuchFileException e) {
      throw new BadInputException(file + ": no such file");
    } catch (CharacterCodingException e) {
      throw new BadInputException(file + ": the file is not valid UTF-8 text");
    } catch (IOException e) {
      throw new BadInputException(file + ": cannot be read: " + e.getMessage());
    }
  }

  /**
   * The reader's message with the file named: {@code variant file line 3: ...} becomes {@code
   * my.properties line 3: ...}.
   */
  private String located(String message) {
    if (message.startsWith("variant file line ")) {
      return file + message.substring("variant file".length());
    }
    if (message.startsWith("variant file: ")) {
      return file + message.substring("variant file".length());
    }
    return file + ": " + message;
  }

  /**
   * The line on which each parameter is given in the file: a logical line of a {@code .properties}
   * file (comments and blank lines skipped, a line ending in an odd number of backslashes continued
   * on the next), its key ending at the first unescaped {@code =}, {@code :} or white space.
   */
  static Map<Parameter<?>, Integer> keyLines(String text) {
    Map<Parameter<?>, Integer> lines = new HashMap<>();
    String[] physical = text.split("\\R", -1);
    boolean continued = false;
    for (int i = 0; i < physical.length; i++) {
      String line = physical[i];
      boolean wasContinued = continued;
      continued = endsWithOddBackslashes(line);
      String stripped = line.stripLeading();
      if (wasContinued
          || stripped.isEmpty()
          || stripped.startsWith("#")
          || stripped.startsWith("!")) {
        continue;
      }
      StringBuilder key = new StringBuilder();
      for (int j = 0; j < stripped.length(); j++) {
        char c = stripped.charAt(j);
        if (c == '\\' && j + 1 < stripped.length()) {
          key.append(stripped.charAt(++j));
        } else if (c == '=' || c == ':' || Character.isWhitespace(c)) {
          break;
        } else {
          key.append(c);
        }
      }
      int number = i + 1;
      Parameter.forKey(key.toString()).ifPresent(p -> lines.putIfAbsent(p, number));
    }
    return lines;
  }

  private static boolean endsWithOddBackslashes(String line) {
    int count = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
      count++;
    }
    return count % 2 == 1;
  }
}
