package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CsvSyntaxTest {
  private static Optional<CsvSyntax.QuoteError> find(String text) throws IOException {
    return CsvSyntax.find(new StringReader(text));
  }

  @Test
  void find_wellFormedText_findsNothing() throws IOException {
    assertThat(find("a,b\r\n\"x, \"\"y\"\"\",\"multi\nline\"\n1,2\n")).isEmpty();
  }

  @Test
  void find_unclosedQuote_isWhereItOpens() throws IOException {
    CsvSyntax.QuoteError error = find("a,b,c\n1,2,3\n4,\"open,6\n7,8,9\n").orElseThrow();

    assertThat(error.line()).isEqualTo(3);
    assertThat(error.character()).isEqualTo(3);
    assertThat(error.field()).isEqualTo(1);
    assertThat(error.excerpt()).isEqualTo("\"open,6");
    assertThat(error.message()).contains("never closed");
  }

  @Test
  void find_textAfterAClosingQuote_isWhereTheTextStarts() throws IOException {
    CsvSyntax.QuoteError error = find("a,b\r\n\"x\"y,2\r\n").orElseThrow();

    assertThat(error.line()).isEqualTo(2);
    assertThat(error.character()).isEqualTo(4);
    assertThat(error.field()).isZero();
    assertThat(error.excerpt()).isEqualTo("y,2");
  }

  @Test
  void find_byteOrderMarkAndWideCharacters_countAsEditorsCount() throws IOException {
    CsvSyntax.QuoteError error = find("\uFEFFa,b\n😀,\"x\n").orElseThrow();

    assertThat(error.line()).isEqualTo(2);
    assertThat(error.character()).isEqualTo(3);
  }
}
