package io.github.dicoso.examples.cli;

import java.io.IOException;
import java.io.Reader;
import java.util.Optional;

/**
 * Finds where a CSV file breaks the quoting rules of RFC 4180, for a message that points at the
 * place the user must fix: a quoted value that is never closed is reported where its quote opens
 * (the parser only notices at the end of the file), a closing quote followed by more text where
 * that text starts. Lines and characters count from 1, as an editor shows them; a byte order mark
 * is not a character.
 *
 * <p>This class is stateless and thread-safe.
 */
final class CsvSyntax {
  private CsvSyntax() {}

  /**
   * One quoting error.
   *
   * @param line the line, 1-based
   * @param character the character in the line, 1-based
   * @param field the field of the record, 0-based
   * @param excerpt the text from that place to the end of its line
   * @param message what is wrong and how to fix it
   */
  record QuoteError(long line, long character, int field, String excerpt, String message) {}

  /** The first quoting error of the text {@code in} reads, if any; reads to the end. */
  static Optional<QuoteError> find(Reader in) throws IOException {
    Scanner s = new Scanner(in);
    return s.run();
  }

  /** One pass over the text, one character at a time. */
  private static final class Scanner {
    private final Reader in;
    private long line = 1;
    private long character = 0;
    private int pending = -2; // a character read ahead; -2 for none

    Scanner(Reader in) {
      this.in = in;
    }

    Optional<QuoteError> run() throws IOException {
      int field = 0;
      boolean atFieldStart = true;
      int c = next();
      if (c == '\uFEFF') {
        character = 0;
        c = next();
      }
      while (c >= 0) {
        if (atFieldStart && c == '"') {
          long openLine = line;
          long openCharacter = character;
          StringBuilder excerpt = new StringBuilder("\"");
          boolean closed = false;
          while (true) {
            int q = next();
            if (q < 0) {
              break;
            }
            if (line == openLine && excerpt.length() <= Echo.LIMIT) {
              excerpt.appendCodePoint(q);
            }
            if (q == '"') {
              int after = peek();
              if (after == '"') {
                next();
                continue;
              }
              closed = true;
              if (after >= 0 && after != ',' && after != '\r' && after != '\n') {
                next();
                return Optional.of(
                    new QuoteError(
                        line,
                        character,
                        field,
                        restOfLine(after),
                        "text follows the closing quote of a quoted value; a \" inside a"
                            + " quoted value is written \"\", and the whole value is quoted"));
              }
              break;
            }
          }
          if (!closed) {
            return Optional.of(
                new QuoteError(
                    openLine,
                    openCharacter,
                    field,
                    excerpt.toString(),
                    "a quoted value opens here (character "
                        + openCharacter
                        + ") and is never closed; a \" inside a quoted value is written \"\""));
          }
          atFieldStart = false;
          c = next();
          continue;
        }
        if (c == ',') {
          field++;
          atFieldStart = true;
        } else if (c == '\n') {
          field = 0;
          atFieldStart = true;
        } else if (c != '\r') {
          atFieldStart = false;
        }
        c = next();
      }
      return Optional.empty();
    }

    /** {@code first} and the rest of its line, up to the message's limit. */
    private String restOfLine(int first) throws IOException {
      StringBuilder s = new StringBuilder().appendCodePoint(first);
      for (int c = peek(); c >= 0 && c != '\r' && c != '\n' && s.length() <= Echo.LIMIT; ) {
        s.appendCodePoint(next());
        c = peek();
      }
      return s.toString();
    }

    private int peek() throws IOException {
      if (pending == -2) {
        pending = in.read();
      }
      return pending;
    }

    /** The next character, counting lines (a CR LF pair, a lone CR or LF ends one). */
    private int next() throws IOException {
      int c;
      if (pending != -2) {
        c = pending;
        pending = -2;
      } else {
        c = in.read();
      }
      if (c < 0) {
        return c;
      }
      if (c == '\n' || (c == '\r' && peek() != '\n')) {
        line++;
        character = 0;
      } else if (c != '\r') {
        // a low surrogate is the second half of a character already counted
        if (!Character.isLowSurrogate((char) c)) {
          character++;
        }
      }
      return c;
    }
  }
}
