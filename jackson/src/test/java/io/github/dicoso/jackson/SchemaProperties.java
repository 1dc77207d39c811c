package io.github.dicoso.jackson;

import static io.github.dicoso.jackson.Mappers.write;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dicoso.Policy;
import io.github.dicoso.compliance.Evaluator;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.compliance.PopulationEvaluation;
import java.time.Year;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Written documents of generated inputs and policies are valid against docs/schema. */
class SchemaProperties {
  @Property(tries = 100)
  void evaluationsAndReports_matchTheirSchemas(
      @ForAll("records") OfficerRecord record, @ForAll("policies") Policy policy) {
    PopulationEvaluation evaluation =
        Evaluator.of(policy).evaluateAll(Population.of(java.util.List.of(record)), Year.of(2019));

    assertThat(Schemas.errors("officer-record", write(record))).isEmpty();
    assertThat(Schemas.errors("population-evaluation", write(evaluation))).isEmpty();
    assertThat(Schemas.errors("unit-report", write(evaluation.report("unit")))).isEmpty();
  }

  @Property(tries = 100)
  void policies_matchTheirSchema(@ForAll("shippedVariants") Policy policy) {
    assertThat(Schemas.errors("policy", write(policy))).isEmpty();
  }

  @Provide
  Arbitrary<OfficerRecord> records() {
    return RecordArbitraries.records();
  }

  @Provide
  Arbitrary<Policy> policies() {
    return RecordArbitraries.policies();
  }

  @Provide
  Arbitrary<Policy> shippedVariants() {
    return PolicyArbitraries.variantsOfShippedPolicies();
  }
}
