package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sample's results written and read back: nothing lost. */
class SampleRoundTripTest {
  @TempDir Path dir;

  private static Dataset sample() throws BadInputException {
    return InputFiles.read(
        Sample.officers(), Sample.visits(), Sample.leaves(), w -> {}, Progress.none());
  }

  @Test
  void resultsCsv_writtenAndReadBack_givesTheSameRows() throws Exception {
    Path out = dir.resolve("results.csv");
    Tool.Run run = Tool.run("evaluate", "--sample", "--out", out.toString());
    assertThat(run.status()).as(run.err()).isZero();

    List<ResultRow> read = ResultsCsv.read(CsvSource.file(out));

    RunReport report =
        Evaluations.evaluate(
            io.github.dicoso.Policies.national2018(),
            Sample.YEAR,
            sample(),
            Sample.NAME,
            Labels.of("en"),
            Progress.none());
    assertThat(read).isEqualTo(report.rows());
    assertThat(read).anySatisfy(r -> assertThat(r.credited().isWhole()).isFalse());
  }

  @Test
  void json_accountsForEveryOfficerVisitAndLeaveOfTheInput() throws Exception {
    Path json = dir.resolve("results.json");
    Tool.Run run = Tool.run("evaluate", "--sample", "--json", json.toString());
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(json.toFile());
    Dataset input = sample();

    List<String> officers = new ArrayList<>();
    List<String> visits = new ArrayList<>();
    root.get("evaluations")
        .forEach(
            o -> {
              officers.add(o.get("officerId").asText());
              o.get("ledger")
                  .get("entries")
                  .forEach(v -> visits.add(v.get("visit").get("id").asText()));
            });
    root.get("unknownOfficerVisits")
        .forEach(
            v -> {
              assertThat(v.get("reason").asText()).isEqualTo("UNKNOWN_OFFICER");
              visits.add(v.get("visit").get("id").asText());
            });
    assertThat(officers)
        .containsExactlyElementsOf(input.officers().stream().map(o -> o.id()).toList());
    assertThat(visits)
        .containsExactlyInAnyOrderElementsOf(input.visits().stream().map(v -> v.id()).toList());
    long unknownLeaves =
        input.leaves().stream()
            .filter(l -> !input.officersById().containsKey(l.officerId()))
            .count();
    assertThat(root.get("inputLeaves")).hasSize(input.leaves().size());
    assertThat(root.get("inputLeaves"))
        .filteredOn(l -> l.get("outcome").asText().equals("UNKNOWN_OFFICER"))
        .hasSize((int) unknownLeaves);
  }

  @Test
  void json_summaryAgreesWithThePerOfficerResults() throws Exception {
    Path json = dir.resolve("results.json");
    Tool.run("evaluate", "--sample", "--json", json.toString());
    JsonNode root = new ObjectMapper().readTree(json.toFile());

    int evaluated = 0;
    int compliant = 0;
    BigDecimal total = BigDecimal.ZERO;
    for (JsonNode o : root.get("evaluations")) {
      String status = o.get("status").asText();
      if (status.equals("COMPLIANT") || status.equals("NON_COMPLIANT")) {
        evaluated++;
        total = total.add(o.get("credited").decimalValue());
        if (status.equals("COMPLIANT")) {
          compliant++;
          assertThat(o.get("credited").decimalValue())
              .isGreaterThanOrEqualTo(o.get("required").decimalValue());
        }
      }
    }
    JsonNode summary = root.get("unitReport");
    assertThat(summary.get("evaluated").asInt()).isEqualTo(evaluated);
    assertThat(summary.get("compliant").asInt()).isEqualTo(compliant);
    assertThat(summary.get("nonCompliant").asInt()).isEqualTo(evaluated - compliant);
    assertThat(summary.get("totalCredited").decimalValue()).isEqualByComparingTo(total);
    assertThat(summary.get("subject").asInt() - summary.get("exempt").asInt()).isEqualTo(evaluated);
  }

  @Test
  void sample_coversTheCasesItIsMeantToShow() throws Exception {
    RunReport report =
        Evaluations.evaluate(
            io.github.dicoso.Policies.national2018(),
            Sample.YEAR,
            sample(),
            Sample.NAME,
            Labels.of("en"),
            Progress.none());

    assertThat(report.rows())
        .extracting(ResultRow::status)
        .contains("NOT_SUBJECT", "EXEMPT", "COMPLIANT", "NON_COMPLIANT");
    assertThat(report.rows())
        .flatExtracting(ResultRow::findings)
        .contains(
            "INVITED_ONLY_NOT_COUNTED",
            "UNAPPROVED_VISIT",
            "NO_TRAVEL_ORDER",
            "KINDS_SUGGESTED",
            "NO_MEETING_DAY",
            "OUTSIDE_SERVICE",
            "OUTSIDE_PERIOD",
            "UNTAGGED_VISIT");
    assertThat(report.excludedVisits())
        .extracting(RunReport.ExcludedVisit::reason)
        .contains("UNKNOWN_OFFICER", "INVITED_ONLY");
    assertThat(report.summary().exemptByReason()).containsOnlyKeys("STUDY", "SICK", "MATERNITY");
  }
}
