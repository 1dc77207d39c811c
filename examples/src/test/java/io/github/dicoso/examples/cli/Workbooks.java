package io.github.dicoso.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes small Excel workbooks for tests: each sheet a list of rows, each value a string, a number,
 * a boolean, a {@link LocalDate} (a real Excel date cell in the format {@code dd/mm/yyyy}), {@link
 * #FORMATTED} (a cell with a style and no value, as a spreadsheet leaves behind) or {@code null}
 * (no cell); a {@code null} row is a row the sheet does not store.
 */
final class Workbooks {
  /** A cell with a style and no value. */
  static final Object FORMATTED = new Object();

  private Workbooks() {}

  /** A workbook of sheets in order. */
  static Map<String, List<List<Object>>> sheets() {
    return new LinkedHashMap<>();
  }

  /** Writes {@code sheets} to {@code file}. */
  static Path write(Path file, Map<String, List<List<Object>>> sheets) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      Workbook book = new Workbook(out, "dicoso-test", "1.0");
      for (Map.Entry<String, List<List<Object>>> sheet : sheets.entrySet()) {
        Worksheet ws = book.newWorksheet(sheet.getKey());
        List<List<Object>> rows = sheet.getValue();
        for (int r = 0; r < rows.size(); r++) {
          List<Object> row = rows.get(r);
          if (row == null) {
            continue;
          }
          for (int c = 0; c < row.size(); c++) {
            Object value = row.get(c);
            if (value == null) {
              continue;
            }
            if (value == FORMATTED) {
              ws.style(r, c).fillColor("FFFF00").set();
            } else if (value instanceof LocalDate date) {
              ws.value(r, c, date);
              ws.style(r, c).format("dd/mm/yyyy").set();
            } else if (value instanceof Number number) {
              ws.value(r, c, number);
            } else if (value instanceof Boolean b) {
              ws.value(r, c, b);
            } else {
              ws.value(r, c, value.toString());
            }
          }
        }
      }
      book.finish();
    }
    return file;
  }
}
