package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code template}: the empty workbook and CSV files, never overwriting a file. */
class TemplateCommandTest {
  @TempDir Path dir;

  @Test
  void template_newFolder_writesTheWorkbookAndTheCsvHeaders() throws IOException {
    Path folder = dir.resolve("mau");

    Tool.Run run = Tool.run("template", folder.toString());

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(Tool.read(folder.resolve("officers.csv")))
        .isEqualTo(String.join(",", InputFiles.OFFICERS.columns()) + "\r\n");
    assertThat(Tool.read(folder.resolve("visits.csv")))
        .isEqualTo(String.join(",", InputFiles.VISITS.columns()) + "\r\n");
    assertThat(Tool.read(folder.resolve("leaves.csv")))
        .isEqualTo(String.join(",", InputFiles.LEAVES.columns()) + "\r\n");
    try (ReadableWorkbook book =
        new ReadableWorkbook(folder.resolve(TemplateCommand.WORKBOOK).toFile())) {
      List<Sheet> sheets = book.getSheets().toList();
      assertThat(sheets.stream().map(Sheet::getName))
          .containsExactly("officers", "visits", "leaves", "help");
      assertThat(header(sheets.get(0))).isEqualTo(InputFiles.OFFICERS.columns());
      assertThat(header(sheets.get(1))).isEqualTo(InputFiles.VISITS.columns());
      assertThat(header(sheets.get(2))).isEqualTo(InputFiles.LEAVES.columns());
      List<Row> help = sheets.get(3).read();
      String all =
          help.stream()
              .map(
                  r ->
                      r.stream()
                          .map(c -> c == null ? "" : c.getText())
                          .collect(Collectors.joining("|")))
              .collect(Collectors.joining("\n"));
      assertThat(all)
          .contains("visits|host_level|có / yes|DISTRICT | COMMUNE | BRANCH|Cấp của đơn vị cơ sở")
          .contains("leaves|kind|có / yes|STUDY | SICK | MATERNITY | OTHER")
          .contains("officers|service|không / no");
      long columns =
          InputFiles.OFFICERS.columns().size()
              + InputFiles.VISITS.columns().size()
              + InputFiles.LEAVES.columns().size();
      assertThat(help).hasSize(4 + (int) columns); // title, two notes, header (row 4 is empty)
    }
  }

  @Test
  void template_workbookAsInput_isAcceptedAsEmptyTables() {
    Tool.run("template", dir.toString());
    String book = dir.resolve(TemplateCommand.WORKBOOK).toString();

    Tool.Run run =
        Tool.run(
            "evaluate", "--officers", book, "--visits", book, "--leaves", book, "--year", "2019");

    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("unknown column");
  }

  @Test
  void template_existingFile_exits2NamingItAndWritesNothing() throws IOException {
    Path visits = Tool.write(dir, "visits.csv", "my own data");

    Tool.Run run = Tool.run("template", dir.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains(visits + ": already exists");
    assertThat(Tool.read(visits)).isEqualTo("my own data\n");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(visits);
    }
  }

  private static List<String> header(Sheet sheet) throws IOException {
    return sheet.read().get(0).stream().map(c -> c.getText()).toList();
  }
}
