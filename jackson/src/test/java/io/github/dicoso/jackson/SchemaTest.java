package io.github.dicoso.jackson;

import static io.github.dicoso.jackson.Mappers.MAPPER;
import static io.github.dicoso.jackson.Mappers.write;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dicoso.Policies;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.variant.ComparisonResult;
import io.github.dicoso.variant.VariantComparison;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every kind of document, as the module writes it, is valid against its schema in docs/schema. */
class SchemaTest {
  private static final OfficerRecord RECORD = DicosoModuleTest.record();
  private static final Evaluation EVALUATION = DicosoModuleTest.evaluation();

  @Test
  void inputs_matchTheirSchemas() {
    assertThat(Schemas.errors("officer", write(RECORD.officer()))).isEmpty();
    assertThat(Schemas.errors("service-period", write(RECORD.officer().servicePeriods().get(0))))
        .isEmpty();
    assertThat(Schemas.errors("visit", write(RECORD.visits().get(1)))).isEmpty();
    assertThat(Schemas.errors("leave", write(RECORD.leaves().get(0)))).isEmpty();
    assertThat(Schemas.errors("officer-record", write(RECORD))).isEmpty();
    assertThat(Schemas.errors("population", write(Population.of(List.of(RECORD))))).isEmpty();
  }

  @Test
  void policies_matchTheirSchema() {
    for (var policy : Policies.all()) {
      assertThat(Schemas.errors("policy", write(policy))).as(policy.name()).isEmpty();
    }
    assertThat(Schemas.errors("citation", write(Policies.national2018().document().orElseThrow())))
        .isEmpty();
  }

  @Test
  void results_matchTheirSchemas() {
    PopulationEvaluation population =
        Evaluator.of(Policies.hostLevelSplit())
            .evaluateAll(Population.of(List.of(RECORD)), Year.of(2019));
    ComparisonResult comparison =
        VariantComparison.of(Policies.national2018(), Policies.thirtyDayYear())
            .compare(Population.of(List.of(RECORD)), Year.of(2019));

    assertThat(Schemas.errors("evaluation", write(EVALUATION))).isEmpty();
    assertThat(Schemas.errors("ledger", write(EVALUATION.ledger()))).isEmpty();
    assertThat(Schemas.errors("finding", write(EVALUATION.findings().get(0)))).isEmpty();
    assertThat(Schemas.errors("population-evaluation", write(population))).isEmpty();
    assertThat(Schemas.errors("unit-report", write(population.report("Tỉnh đoàn")))).isEmpty();
    assertThat(Schemas.errors("comparison", write(comparison))).isEmpty();
  }

  @Test
  void schema_rejectsDaysAsTextAnUnknownFieldAndAnotherKind() throws Exception {
    ObjectNode json = (ObjectNode) MAPPER.readTree(write(EVALUATION));
    json.put("credited", "59.5");
    ObjectNode extra = (ObjectNode) MAPPER.readTree(write(RECORD.officer()));
    extra.put("rank", "deputy");

    assertThat(Schemas.errors("evaluation", json.toString())).isNotEmpty();
    assertThat(Schemas.errors("officer", extra.toString())).isNotEmpty();
    assertThat(Schemas.errors("evaluation", write(RECORD.officer()))).isNotEmpty();
  }
}
