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
        id,
        "Nguyễn Văn " + id,
        "Văn phòng",
        status,
        status.equals("EXEMPT") ? "MATERNITY" : "",
        required,
        credited,
        required.minusFloorZero(credited),
        kinds,
        levels,
        findings);
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
            "O-1,Nguyễn Văn O-1,Văn phòng,NON_COMPLIANT,,60,59.5,0.5,0,0,0,59.5,59.5,0,0,"
                + "NO_TRAVEL_ORDER;UNAPPROVED_VISIT");
  }

  @Test
  void read_badDays_namesTheColumnAndValue(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("results.csv");
    String csv = written(List.of(row("O-1", "COMPLIANT", 120, 120, List.of())));
    Files.writeString(file, csv.replace(",60,60,", ",60,sixty,"));

    assertThatThrownBy(() -> ResultsCsv.read(CsvSource.file(file)))
        .hasMessageContaining("line 2, column credited_days, value 'sixty'");
  }

  /** The sample's results.csv, by officer id: column name to value. */
  private static Map<String, Map<String, String>> sampleRows(Path dir) throws IOException {
    Path out = dir.resolve("results.csv");
    Tool.Run run = Tool.run("evaluate", "--sample", "--out", out.toString());
    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = Files.readAllLines(out);
    List<String> header = List.of(lines.get(0).split(",", -1));
    Map<String, Map<String, String>> rows = new java.util.LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      Map<String, String> row = new java.util.HashMap<>();
      for (int i = 0; i < header.size(); i++) {
        row.put(header.get(i), cells[i]);
      }
      rows.put(cells[0], row);
    }
    return rows;
  }

  @Test
  void write_sample_givesNameDepartmentAndTheStatusReasonAsCodes(@TempDir Path dir)
      throws IOException {
    Map<String, Map<String, String>> rows = sampleRows(dir);

    // officers.csv: BT-06 Võ Đức Thắng, Văn phòng, PART_TIME: not subject for his employment
    assertThat(rows.get("BT-06"))
        .containsEntry("name", "Võ Đức Thắng")
        .containsEntry("department", "Văn phòng")
        .containsEntry("status", "NOT_SUBJECT")
        .containsEntry("status_reason", "EMPLOYMENT_NOT_SUBJECT");
    // leaves.csv: BT-09 on maternity leave 2019-04-15..2019-10-14
    assertThat(rows.get("BT-09"))
        .containsEntry("name", "Đỗ Thị Hương")
        .containsEntry("department", "Ban Tổ chức - Kiểm tra")
        .containsEntry("status", "EXEMPT")
        .containsEntry("status_reason", "MATERNITY");
    // BT-11 on study leave 2019-02-01..2019-09-30 (8 months, long-term)
    assertThat(rows.get("BT-11")).containsEntry("status_reason", "STUDY");
    // BT-21, a district officer: the district level is not subject nationally
    assertThat(rows.get("BT-21"))
        .containsEntry("department", "Ủy viên BCH (Huyện đoàn Hàm Tân)")
        .containsEntry("status_reason", "LEVEL_NOT_SUBJECT");
    // BT-05 is held to the requirement (59.5 of 60): no reason
    assertThat(rows.get("BT-05"))
        .containsEntry("status", "NON_COMPLIANT")
        .containsEntry("status_reason", "")
        .containsEntry("credited_days", "59.5");
  }
}
