package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class ResultsCsvProperties {

  @Property(tries = 100)
  void read_ofWritten_givesTheSameRows(@ForAll("rows") List<ResultRow> rows) throws Exception {
    Path file = Files.createTempFile("results", ".csv");
    try {
      Files.writeString(file, ResultsCsvTest.written(rows));
      assertThat(ResultsCsv.read(CsvSource.file(file))).isEqualTo(rows);
    } finally {
      Files.delete(file);
    }
  }

  @Provide
  Arbitrary<List<ResultRow>> rows() {
    Arbitrary<String> ids =
        Arbitraries.strings()
            .withChars("=+-@'\",;ABCxyz01 đ\n")
            .ofMinLength(1)
            .ofMaxLength(12)
            .filter(s -> !s.isBlank() && s.strip().equals(s));
    Arbitrary<String> statuses =
        Arbitraries.of("NOT_SUBJECT", "EXEMPT", "COMPLIANT", "NON_COMPLIANT");
    Arbitrary<Long> halves = Arbitraries.longs().between(0, 800);
    Arbitrary<List<String>> findings =
        Arbitraries.of("UNAPPROVED_VISIT", "NO_MEETING_DAY", "KINDS_SUGGESTED").list().ofMaxSize(4);
    return Combinators.combine(ids, statuses, halves, halves, findings)
        .as(ResultsCsvTest::row)
        .list()
        .ofMaxSize(5);
  }
}
