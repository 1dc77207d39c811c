package io.github.dicoso.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ScheduleExampleTest {
  @Test
  void main_binhThuanQ2_printsFindingsAndPacing() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      ScheduleExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    String text = out.toString(StandardCharsets.UTF_8);

    assertThat(text)
        .contains("2019-Q2: 04-01..04-05, 05-06..05-10, 06-03..06-07")
        .contains("Planned visit P-5 (2019-05-09..2019-05-13) lies outside every window")
        .contains("Visit V-7 was carried out without approval: it was never registered")
        .contains("Huyện đoàn Hàm Tân receives 3 delegations")
        .contains("Nguyễn Thị Lan: AT_RISK")
        .contains("with no new credit: UNREACHABLE");
  }
}
