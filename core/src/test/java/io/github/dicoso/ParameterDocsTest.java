package io.github.dicoso;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The table of variant-file keys in the README and in {@code docs/variant-file.md} is the one the
 * {@link Parameter} descriptors give, between the markers {@code <!-- parameters:start -->} and
 * {@code <!-- parameters:end -->}. Run with {@code -Ddicoso.docs.update=true} to rewrite it.
 */
class ParameterDocsTest {
  private static final String START = "<!-- parameters:start -->";
  private static final String END = "<!-- parameters:end -->";

  /** The table: one row per parameter, its key, type, national default, meaning and source. */
  static String table() {
    StringBuilder s = new StringBuilder();
    s.append("| key | type | national default | meaning | source of the default |\n");
    s.append("|---|---|---|---|---|\n");
    for (Parameter<?> p : Parameter.all()) {
      s.append("| `")
          .append(p.key())
          .append("` | ")
          .append(p.valueType())
          .append(" | `")
          .append(defaultText(p))
          .append("` | ")
          .append(p.meaning())
          .append(" | ")
          .append(Vocabulary.citation(p.nationalCitation(), Locale.ENGLISH).replace("|", "/"))
          .append(" |\n");
    }
    return s.toString();
  }

  private static <T> String defaultText(Parameter<T> p) {
    return p.format(p.nationalDefault());
  }

  @ParameterizedTest
  @ValueSource(strings = {"../README.md", "../docs/variant-file.md"})
  void keyTable_isTheOneTheDescriptorsGive(String file) throws IOException {
    Path path = Path.of(file);
    String text = Files.readString(path, StandardCharsets.UTF_8);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    assertThat(start).as("%s has the start marker", file).isNotNegative();
    assertThat(end).as("%s has the end marker", file).isGreaterThan(start);
    String expected = START + "\n" + table() + END;
    String actual = text.substring(start, end + END.length());
    if (Boolean.getBoolean("dicoso.docs.update") && !actual.equals(expected)) {
      Files.writeString(
          path,
          text.substring(0, start) + expected + text.substring(end + END.length()),
          StandardCharsets.UTF_8);
      actual = expected;
    }
    assertThat(actual)
        .as("%s: run the tests with -Ddicoso.docs.update=true to rewrite the table", file)
        .isEqualTo(expected);
  }

  @Test
  void table_hasOneRowPerParameter() {
    assertThat(table().lines().count()).isEqualTo(Parameter.all().size() + 2L);
  }
}
