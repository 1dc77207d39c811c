package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dicoso.Days;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsCsvTest {
  private static ResultRow row(
      String id, String status, long requiredHalves, long creditedHalves, List<String> findings) {
    Map<KindOfWork, Days> kinds = new EnumMap<>(KindOfWork.class);
    kinds.put(KindOfWork.MEETING, Days.ofHalves(creditedHalves));
    Map<HostLevel, Days> levels = new EnumMap<>(HostLevel.class);
    levels.put(HostLevel.BRANCH, Days.ofHalves(creditedHalves));
    Days required = Days.ofHalves(requiredHalves);
    Days credited = Days.ofHalves(creditedHalves);
    return new ResultRow(
        id, status, required, credited, required.minusFloorZero(credited), kinds, levels, findings);
  }

  private static String written(List<ResultRow> rows) throws IOException {
    StringWriter out = new StringWriter();
    ResultsCsv.write(rows, out);
    return out.toString();
  }

  @Test
  void write_halfDays_writesThemAsDecimals() throws IOException {
    String csv =
        written(
            List.of(
                row(
                    "O-1",
                    "NON_COMPLIANT",
                    120,
                    119,
                    List.of("NO_TRAVEL_ORDER", "UNAPPROVED_VISIT"))));

    assertThat(csv.lines().skip(1).findFirst())
        .hasValue(
            "O-1,NON_COMPLIANT,60,59.5,0.5,0,0,0,59.5,59.5,0,0,NO_TRAVEL_ORDER;UNAPPROVED_VISIT");
  }

  @Test
  void read_badDays_namesTheColumnAndValue(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("results.csv");
    String csv = written(List.of(row("O-1", "COMPLIANT", 120, 120, List.of())));
    Files.writeString(file, csv.replace(",60,60,", ",60,sixty,"));

    assertThatThrownBy(() -> ResultsCsv.read(CsvSource.file(file)))
        .hasMessageContaining("line 2, column credited_days, value 'sixty'");
  }

  @Property(tries = 100)
  void read_ofWritten_givesTheSameRows(@ForAll("rows") List<ResultRow> rows) throws Exception {
    Path file = Files.createTempFile("results", ".csv");
    try {
      Files.writeString(file, written(rows));
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
