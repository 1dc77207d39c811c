package io.github.dicoso.examples.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code template DIR}: writes empty input files to fill in: the workbook {@code
 * dicoso-template.xlsx} (sheets officers, visits and leaves with every column as a header, and a
 * help sheet describing each column and its allowed values in Vietnamese and English) and the CSV
 * files {@code officers.csv}, {@code visits.csv} and {@code leaves.csv} with their header rows. An
 * existing file is never overwritten: the command then writes nothing and exits with status 2.
 */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Writes empty input files to fill in: dicoso-template.xlsx (sheets officers, visits, leaves"
          + " and a help sheet in Vietnamese and English) and officers.csv, visits.csv,"
          + " leaves.csv with every column as a header.",
      "Never overwrites a file: if one exists, nothing is written (exit status 2)."
    })
final class TemplateCommand implements Callable<Integer> {
  /** The workbook's file name. */
  static final String WORKBOOK = "dicoso-template.xlsx";

  /** The help sheet's name. */
  static final String HELP = "help";

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "DIR", description = "The folder to write to; created if missing.")
  Path folder = Path.of("");

  @Override
  public Integer call() throws BadInputException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (Files.exists(folder) && !Files.isDirectory(folder)) {
      throw new BadInputException(folder + ": is a file, not a folder");
    }
    List<Path> targets = new ArrayList<>();
    targets.add(folder.resolve(WORKBOOK));
    ColumnHelp.TABLES.keySet().forEach(t -> targets.add(folder.resolve(t + ".csv")));
    for (Path target : targets) {
      if (Files.exists(target)) {
        throw new BadInputException(
            target + ": already exists; the template never overwrites a file (nothing written)");
      }
    }
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      FileWrites.create(targets.get(0), TemplateCommand::workbook);
      written.add(targets.get(0));
      int i = 1;
      for (Map.Entry<String, CsvTable.Schema> table : ColumnHelp.TABLES.entrySet()) {
        String header = String.join(",", table.getValue().columns()) + "\r\n";
        FileWrites.create(targets.get(i++), o -> o.write(header.getBytes(StandardCharsets.UTF_8)));
        written.add(targets.get(i - 1));
      }
    } catch (FileAlreadyExistsException e) {
      undo(written);
      throw new BadInputException(
          e.getFile() + ": already exists; the template never overwrites a file (nothing written)");
    } catch (IOException e) {
      undo(written);
      err.println("dicoso: cannot write the template in " + folder + ": " + e);
      err.flush();
      return DicosoCli.FAILED;
    }
    targets.forEach(out::println);
    out.flush();
    return DicosoCli.OK;
  }

  /** Removes the files this run wrote, so that a failed run leaves none. */
  private static void undo(List<Path> written) {
    for (Path file : written) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        // best effort: the error reported is the first one
      }
    }
  }

  /** The workbook: one sheet per table with its header row, and the help sheet. */
  static void workbook(OutputStream stream) throws IOException {
    Workbook book = new Workbook(stream, "dicoso", "1.0");
    for (Map.Entry<String, CsvTable.Schema> table : ColumnHelp.TABLES.entrySet()) {
      Worksheet sheet = book.newWorksheet(table.getKey());
      List<String> columns = table.getValue().columns();
      for (int c = 0; c < columns.size(); c++) {
        String column = columns.get(c);
        sheet.value(0, c, column);
        sheet
            .style(0, c)
            .bold()
            .fillColor(table.getValue().required().contains(column) ? "FFE699" : "DDEBF7")
            .set();
        sheet.width(c, Math.max(12, column.length() + 4));
        if (column.equals("start") || column.equals("end") || column.equals("report_date")) {
          sheet.style(c).format("yyyy-mm-dd").set();
        } else {
          sheet.style(c).format("@").set();
        }
      }
      sheet.freezePane(0, 1);
    }
    Worksheet help = book.newWorksheet(HELP);
    help.value(0, 0, "Hướng dẫn điền / How to fill in");
    help.style(0, 0).bold().set();
    help.value(
        1,
        0,
        "Mỗi dòng một cán bộ, một chuyến đi cơ sở hoặc một đợt nghỉ; ô vàng ở dòng 1 là cột bắt"
            + " buộc. Không đổi tên trang tính và tên cột; cột có thể theo thứ tự bất kỳ.");
    help.value(
        2,
        0,
        "One row per officer, visit or leave; yellow headers are required columns. Keep the sheet"
            + " and column names; columns may be in any order.");
    String[] header = {
      "Trang tính / Sheet",
      "Cột / Column",
      "Bắt buộc / Required",
      "Giá trị / Allowed values",
      "Mô tả",
      "Description"
    };
    for (int c = 0; c < header.length; c++) {
      help.value(4, c, header[c]);
      help.style(4, c).bold().fillColor("DDEBF7").set();
    }
    int row = 5;
    for (Map.Entry<String, CsvTable.Schema> table : ColumnHelp.TABLES.entrySet()) {
      for (String column : table.getValue().columns()) {
        ColumnHelp.Entry entry =
            ColumnHelp.of(table.getKey(), column)
                .orElseThrow(() -> new IllegalStateException("no help for " + column));
        help.value(row, 0, table.getKey());
        help.value(row, 1, column);
        help.value(
            row, 2, table.getValue().required().contains(column) ? "có / yes" : "không / no");
        help.value(row, 3, entry.allowed());
        help.value(row, 4, entry.vietnamese());
        help.value(row, 5, entry.english());
        row++;
      }
    }
    double[] widths = {12, 18, 14, 42, 52, 52};
    for (int c = 0; c < widths.length; c++) {
      help.width(c, widths[c]);
    }
    book.finish();
  }
}
