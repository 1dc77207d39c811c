package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every {@code java} and {@code chromium} command of the README's shell blocks, run as written from
 * the repository root in a process of its own, in the order the README gives them: each must exit
 * 0, and a comment line right below a command ({@code # 2019: written, ...}) is output it must
 * print.
 *
 * <p>Two liberties keep the repository clean: the commands run in a scratch folder in which {@code
 * examples} is a link to the repository's {@code examples} (so that {@code --out results.csv} is
 * written there, not into the checkout), and {@code /tmp/} in a command stands for another scratch
 * folder. {@code java -jar examples/target/dicoso.jar} and {@code java -cp
 * examples/target/dicoso.jar} run the same classes from the test class path, since the jar is built
 * after the tests. The {@code chromium} commands (rendering the report and a sheet) run Debian's
 * {@code /usr/bin/chromium} and are skipped where it is absent. The {@code ./mvnw} commands are the
 * build itself and are not run here; a command naming a PostgreSQL server on {@code localhost} is
 * run by {@code HrJobPostgresTest} against a server it starts.
 */
class ReadmeCommandsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String JAR = "examples/target/dicoso.jar";
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir Path work;
  @TempDir Path tmp;

  /** One command of the README, its line, and the output lines the README shows below it. */
  private record Command(int line, List<String> words, List<String> expected) {}

  @Test
  void everyReadmeCommandRunsAsWritten() throws IOException {
    Files.createSymbolicLink(work.resolve("examples"), ROOT.resolve("examples"));
    List<Command> commands = commands(Files.readAllLines(ROOT.resolve("README.md")));
    assertThat(commands).as("java commands in the README").hasSizeGreaterThan(10);
    int run = 0;
    int skipped = 0;
    for (Command command : commands) {
      if (String.join(" ", command.words()).contains("jdbc:postgresql://localhost")
          || (command.words().get(0).equals("chromium") && !Files.isExecutable(CHROMIUM))) {
        skipped++;
        continue;
      }
      List<String> launched =
          command.words().get(0).equals("chromium")
              ? chromium(command.words())
              : launch(command.words());
      Launch.Result result = Launch.run(launched, work);
      String where = "README.md line " + command.line() + ": " + String.join(" ", command.words());
      assertThat(result.status()).as(where + "\n" + result.err()).isZero();
      assertThat(result.out() + result.err()).as(where).isNotBlank();
      for (String expected : command.expected()) {
        assertThat(result.out() + result.err()).as(where).contains(expected);
      }
      run++;
    }
    assertThat(run).isEqualTo(commands.size() - skipped);
    assertThat(skipped).isLessThanOrEqualTo(3);
    if (Files.isExecutable(CHROMIUM)) {
      assertThat(work.resolve("sheet.pdf")).isNotEmptyFile();
      assertThat(work.resolve("report.png")).isNotEmptyFile();
    }
  }

  /** A chromium command of the README, with {@code $PWD} the folder the commands run in. */
  private List<String> chromium(List<String> words) {
    List<String> command = new ArrayList<>();
    command.add(CHROMIUM.toString());
    for (String word : words.subList(1, words.size())) {
      command.add(word.replace("$PWD", work.toString()));
    }
    return command;
  }

  /**
   * The command's words with the jar replaced by the test class path and /tmp/ by a scratch folder.
   */
  private List<String> launch(List<String> words) {
    assertThat(words.get(0)).isEqualTo("java");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    int i = 1;
    if (words.get(1).equals("-jar")) {
      assertThat(words.get(2)).isEqualTo(JAR);
      command.addAll(List.of("-cp", System.getProperty("java.class.path")));
      command.add(DicosoCli.class.getName());
      i = 3;
    } else {
      assertThat(words.subList(1, 3)).containsExactly("-cp", JAR);
      command.addAll(List.of("-cp", System.getProperty("java.class.path")));
      i = 3;
    }
    for (String word : words.subList(i, words.size())) {
      command.add(word.startsWith("/tmp/") ? tmp.resolve(word.substring(5)).toString() : word);
    }
    return command;
  }

  /** The java commands of the README's {@code sh} blocks, continuation lines joined. */
  static List<Command> commands(List<String> readme) {
    List<Command> commands = new ArrayList<>();
    boolean inBlock = false;
    StringBuilder pending = new StringBuilder();
    int start = 0;
    for (int n = 0; n < readme.size(); n++) {
      String line = readme.get(n);
      if (line.startsWith("```")) {
        inBlock = line.equals("```sh");
        continue;
      }
      if (!inBlock) {
        continue;
      }
      if (pending.length() == 0) {
        start = n + 1;
        if (line.startsWith("# ") && !commands.isEmpty()) {
          Command last = commands.get(commands.size() - 1);
          List<String> expected = new ArrayList<>(last.expected());
          expected.add(line.substring(2).strip());
          commands.set(commands.size() - 1, new Command(last.line(), last.words(), expected));
          continue;
        }
      }
      String text = withoutComment(line).strip();
      if (text.endsWith("\\")) {
        pending.append(text, 0, text.length() - 1).append(' ');
        continue;
      }
      pending.append(text);
      String full = pending.toString().strip();
      pending.setLength(0);
      int and = full.lastIndexOf("&& ");
      String java = and >= 0 ? full.substring(and + 3).strip() : full;
      if (java.startsWith("java ") || java.startsWith("chromium ")) {
        commands.add(new Command(start, words(java), List.of()));
      }
    }
    return commands;
  }

  /** The line without a shell comment ({@code #} after a space, outside quotes). */
  private static String withoutComment(String line) {
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  /** Splits a command into words as a POSIX shell does for plain words and quoted strings. */
  private static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }

  @Test
  void readsCommandsContinuationsAndExpectedOutput() {
    List<Command> commands =
        commands(
            List.of(
                "text",
                "```sh",
                "./mvnw -B -q package && java -cp " + JAR + " a.B   # comment",
                "# 2019: written",
                "java -jar " + JAR + " evaluate --unit \"Tỉnh đoàn X\" \\",
                "    --year 2019 # a # comment",
                "```",
                "```java",
                "java -jar not.run",
                "```"));
    assertThat(commands)
        .containsExactly(
            new Command(3, List.of("java", "-cp", JAR, "a.B"), List.of("2019: written")),
            new Command(
                5,
                List.of("java", "-jar", JAR, "evaluate", "--unit", "Tỉnh đoàn X", "--year", "2019"),
                List.of()));
  }
}
