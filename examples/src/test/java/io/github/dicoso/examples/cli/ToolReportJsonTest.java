package io.github.dicoso.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dicoso.Policies;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.compliance.UnitReport;
import io.github.dicoso.jackson.DicosoModule;
import io.github.dicoso.officer.Officer;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool's {@code --json} is one JSON form with the library's: valid against
 * docs/schema/tool-report.schema.json, and its evaluations and unit report read back with {@link
 * DicosoModule} equal to the library's own on the sample.
 */
class ToolReportJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new DicosoModule());

  @TempDir Path dir;

  private String sampleJson() throws Exception {
    Path json = dir.resolve("results.json");
    Tool.Run run = Tool.run("evaluate", "--sample", "--json", json.toString());
    assertThat(run.status()).as(run.err()).isZero();
    return Tool.read(json);
  }

  private static PopulationEvaluation librarySample() throws Exception {
    Dataset data =
        InputFiles.read(
            Sample.officers(), Sample.visits(), Sample.leaves(), w -> {}, Progress.none());
    return Evaluator.of(Policies.national2018())
        .evaluateAll(Population.of(data.officers(), data.visits(), data.leaves()), Sample.YEAR);
  }

  @Test
  void sampleJson_isValidAgainstTheToolReportSchema() throws Exception {
    String json = sampleJson();

    assertThat(ToolReportSchemas.errors(json)).isEmpty();
    JsonNode root = MAPPER.readTree(json);
    assertThat(root.get("schema").asText()).isEqualTo("dicoso-tool-report/1");
    assertThat(root.get("unknownOfficerVisits")).isNotEmpty();
    assertThat(root.get("inputLeaves"))
        .anySatisfy(l -> assertThat(l.get("outcome").asText()).isEqualTo("UNKNOWN_OFFICER"));
  }

  @Test
  void schema_rejectsDaysAsTextAnUnknownFieldAndAnUnknownOutcome() throws Exception {
    ObjectNode root = (ObjectNode) MAPPER.readTree(sampleJson());
    ObjectNode daysAsText = root.deepCopy();
    ((ObjectNode) daysAsText.get("evaluations").get(0)).put("credited", "59.5");
    ObjectNode extra = root.deepCopy();
    extra.put("officers", 25);
    ObjectNode outcome = root.deepCopy();
    ((ObjectNode) outcome.get("inputLeaves").get(0)).put("outcome", "LOST");

    assertThat(ToolReportSchemas.errors(daysAsText.toString())).isNotEmpty();
    assertThat(ToolReportSchemas.errors(extra.toString())).isNotEmpty();
    assertThat(ToolReportSchemas.errors(outcome.toString())).isNotEmpty();
  }

  @Test
  void evaluationsReadBackWithTheModule_equalTheLibrarysEvaluationOfTheSample() throws Exception {
    JsonNode root = MAPPER.readTree(sampleJson());
    PopulationEvaluation library = librarySample();
    Dataset data =
        InputFiles.read(
            Sample.officers(), Sample.visits(), Sample.leaves(), w -> {}, Progress.none());

    List<Evaluation> read =
        MAPPER.readerForListOf(Evaluation.class).readValue(root.get("evaluations"));
    UnitReport unit =
        MAPPER.treeToValue(
            withSchema(root.get("unitReport"), "dicoso-unit-report/1"), UnitReport.class);

    List<Evaluation> expected =
        data.officers().stream()
            .map(Officer::id)
            .map(id -> library.evaluation(id).orElseThrow())
            .toList();
    assertThat(read).hasSize(25).isEqualTo(expected);
    assertThat(unit).isEqualTo(library.report(Sample.NAME));
    // each one, given its schema field, is a dicoso-evaluation/1 document of its own
    for (int i = 0; i < read.size(); i++) {
      JsonNode one = withSchema(root.get("evaluations").get(i), "dicoso-evaluation/1");
      assertThat(MAPPER.treeToValue(one, Evaluation.class)).isEqualTo(expected.get(i));
    }
  }

  private static JsonNode withSchema(JsonNode nested, String schema) {
    ObjectNode document = MAPPER.createObjectNode().put("schema", schema);
    document.setAll((ObjectNode) nested);
    return document;
  }
}
