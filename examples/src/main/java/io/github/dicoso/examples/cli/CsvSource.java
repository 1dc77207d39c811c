package io.github.dicoso.examples.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Where a CSV file is read from: a file on disk or a resource bundled with the tool. The name is
 * what problems report.
 *
 * <p>This class is immutable and thread-safe.
 */
abstract class CsvSource {
  private final String name;

  CsvSource(String name) {
    this.name = name;
  }

  /** A file on disk, named in messages as the user gave it. */
  static CsvSource file(Path path) {
    return new CsvSource(path.toString()) {
      @Override
      InputStream open() throws IOException {
        if (Files.isDirectory(path)) {
          throw new FileSystemException(path.toString(), null, "it is a folder");
        }
        return Files.newInputStream(path);
      }
    };
  }

  /** A resource bundled with the tool, e.g. {@code /sample/officers.csv}. */
  static CsvSource resource(String resource) {
    String name = resource.substring(resource.lastIndexOf('/') + 1);
    return new CsvSource(name) {
      @Override
      InputStream open() throws IOException {
        InputStream in = CsvSource.class.getResourceAsStream(resource);
        if (in == null) {
          throw new NoSuchFileException(resource, null, "resource not bundled with the tool");
        }
        return in;
      }
    };
  }

  /** The name problems report. */
  String name() {
    return name;
  }

  abstract InputStream open() throws IOException;

  /** How text dates are written in this source: ISO unless the user chose a pattern. */
  DatePattern dates() {
    return DatePattern.ISO;
  }

  /** A reader of the content as strict UTF-8: a malformed byte sequence is an error. */
  Reader reader() throws IOException {
    return new BufferedReader(
        new InputStreamReader(
            open(),
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        1 << 16);
  }

  /** Whether {@code e} says the content is not UTF-8. */
  static boolean isEncodingError(IOException e) {
    return e instanceof CharacterCodingException
        || e.getCause() instanceof CharacterCodingException;
  }

  @Override
  public String toString() {
    return name;
  }
}
