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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsCsvTest {
  static ResultRow row(
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

  static String written(List<ResultRow> rows) throws IOException {
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
}
