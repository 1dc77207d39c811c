package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The run evaluates its officers a chunk at a time, and its outputs go through them again a chunk
 * at a time: whatever the chunk size, every output is the same, character for character, as the
 * output of one chunk holding every officer.
 */
class ChunkedRunTest {
  private static final Policy NATIONAL = Policies.national2018();

  /**
   * The sample with its visits in reverse file order (so that the visits of one chunk are spread
   * over the file) and, added: visits of unknown officers, visits wholly outside the year, and a
   * leave of an unknown officer.
   */
  private static Dataset data() throws BadInputException {
    Dataset sample =
        InputFiles.read(
            Sample.officers(), Sample.visits(), Sample.leaves(), w -> {}, Progress.none());
    List<Visit> visits = new ArrayList<>(sample.visits());
    Collections.reverse(visits);
    String first = sample.officers().get(0).id();
    String last = sample.officers().get(sample.officers().size() - 1).id();
    visits.add(7, visit("X-1", "NOBODY", LocalDate.of(2019, 5, 2)));
    visits.add(visit("X-2", first, LocalDate.of(2018, 12, 30)));
    visits.add(3, visit("X-3", last, LocalDate.of(2020, 1, 2)));
    visits.add(visit("X-4", "NOBODY", LocalDate.of(2020, 1, 2)));
    List<Leave> leaves = new ArrayList<>(sample.leaves());
    List<Long> lines = new ArrayList<>(sample.leaveLines());
    leaves.add(
        Leave.of("NOBODY", LeaveKind.SICK, LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 9)));
    lines.add(99L);
    return new Dataset(sample.officers(), leaves, lines, visits);
  }

  private static Visit visit(String id, String officer, LocalDate day) {
    return Visit.builder()
        .id(id)
        .officerId(officer)
        .start(day)
        .end(day)
        .addKinds(KindOfWork.THEMATIC)
        .hostUnit("Xã đoàn Tân Thắng")
        .hostLevel(HostLevel.COMMUNE)
        .build();
  }

  /** Every output of the run (the workbook aside: it holds the time it was written). */
  private static Map<String, String> outputs(Dataset data, Labels labels, int chunk)
      throws IOException {
    RunReport report =
        Evaluations.evaluate(
            NATIONAL, Sample.YEAR, data, Sample.NAME, labels, Progress.none(), chunk);
    Map<String, String> outputs = new TreeMap<>();
    StringWriter csv = new StringWriter();
    ResultsCsv.write(report.rows(), csv);
    outputs.put("csv", csv.toString());
    StringWriter json = new StringWriter();
    JsonReport.write(report, json);
    outputs.put("json", json.toString());
    StringWriter html = new StringWriter();
    HtmlReport.write(report, labels, html);
    outputs.put("html", html.toString());
    StringWriter text = new StringWriter();
    TextReport.print(report, labels, new PrintWriter(text));
    outputs.put("text", text.toString());
    List<OfficerSheet> sheets =
        SheetFolder.sheets(
            report, data.officers(), data.leaves(), NATIONAL, Optional.of(Sample.NAME));
    for (int i = 0; i < sheets.size(); i++) {
      StringWriter sheet = new StringWriter();
      sheets.get(i).write(labels, sheet);
      outputs.put("sheet " + data.officers().get(i).id(), sheet.toString());
    }
    return outputs;
  }

  @ParameterizedTest(name = "chunks of {0} officers")
  @ValueSource(ints = {1, 2, 7, 24})
  void everyOutput_isTheSameWhateverTheChunkSize(int chunk) throws Exception {
    Dataset data = data();
    for (String language : List.of("en", "vi")) {
      Labels labels = Labels.of(language);
      Map<String, String> whole = outputs(data, labels, 1_000);
      Map<String, String> chunked = outputs(data, labels, chunk);

      assertThat(chunked.keySet()).isEqualTo(whole.keySet());
      whole.forEach(
          (output, text) ->
              assertThat(chunked.get(output)).as(language + " " + output).isEqualTo(text));
    }
  }

  @ParameterizedTest(name = "chunks of {0} officers")
  @ValueSource(ints = {1, 7, 1_000})
  void theAddedVisitsAndLeave_areAccountedFor(int chunk) throws Exception {
    Dataset data = data();
    RunReport report =
        Evaluations.evaluate(
            NATIONAL, Sample.YEAR, data, Sample.NAME, Labels.of("en"), Progress.none(), chunk);

    // the sample's own two visits of unknown officers, and the two added
    assertThat(report.unknownOfficerVisits())
        .extracting(Visit::id)
        .contains("X-1", "X-4")
        .hasSize(4);
    assertThat(report.outsidePeriodVisits())
        .extracting(Visit::id)
        .containsSubsequence("X-3", "X-2");
    assertThat(report.excludedVisits())
        .filteredOn(v -> v.visitId().startsWith("X-"))
        .extracting(RunReport.ExcludedVisit::visitId, RunReport.ExcludedVisit::reason)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("X-3", "OUTSIDE_PERIOD"),
            org.assertj.core.groups.Tuple.tuple("X-1", "UNKNOWN_OFFICER"),
            org.assertj.core.groups.Tuple.tuple("X-2", "OUTSIDE_PERIOD"));
    assertThat(report.leaves()).hasSize(data.leaves().size());
    assertThat(report.leaves().get(report.leaves().size() - 1).outcome())
        .isEqualTo("UNKNOWN_OFFICER");
    assertThat(report.officers()).hasSize(data.officers().size());
    for (int i = 0; i < data.officers().size(); i++) {
      assertThat(report.evaluations().get(i).officerId()).isEqualTo(data.officers().get(i).id());
      assertThat(report.officers().get(i).row().officerId()).isEqualTo(data.officers().get(i).id());
    }
  }
}
