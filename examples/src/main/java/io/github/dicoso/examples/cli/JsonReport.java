package io.github.dicoso.examples.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.jackson.DicosoModule;
import io.github.dicoso.variant.ComparisonResult;
import io.github.dicoso.visit.Visit;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON output, a {@value #SCHEMA} document (docs/schema/tool-report.schema.json): the library's
 * own JSON, as {@link DicosoModule} writes it, with what the tool adds around it.
 *
 * <ul>
 *   <li>{@code policy}, {@code policyDocument}, {@code year} and {@code period}: the run;
 *   <li>{@code evaluations}: each officer's {@link Evaluation}, in input order, exactly as the
 *       module writes an evaluation nested in a document (read each back with the module);
 *   <li>{@code unitReport}: the library's unit report, as the module writes it;
 *   <li>{@code unknownOfficerVisits}: the visits of officers not in the officers file, which no
 *       evaluation holds, each with its {@code reason} ({@code UNKNOWN_OFFICER});
 *   <li>{@code outsidePeriodVisits}: the visits of known officers wholly outside the period, which
 *       no evaluation holds (each evaluation only counts them), each with its {@code reason}
 *       ({@code OUTSIDE_PERIOD});
 *   <li>{@code inputLeaves}: every leave of the input with its {@code line}, whether it was {@code
 *       applied}, its {@code outcome} (the library's leave outcome, or {@code UNKNOWN_OFFICER}) and
 *       its {@code daysAway}.
 * </ul>
 *
 * <p>The evaluations are written one at a time, so the output never holds more than one of them as
 * JSON. This class is stateless and thread-safe.
 */
final class JsonReport {
  /** The value of the top-level {@code schema} field. */
  static final String SCHEMA = "dicoso-tool-report/1";

  /** The mapper the report is written with: the library's module, nothing else. */
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new DicosoModule());

  private JsonReport() {}

  /** Writes {@code report} as one JSON object. */
  static void write(RunReport report, Writer out) throws IOException {
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("schema", SCHEMA);
      json.writeStringField("policy", report.policy());
      json.writeStringField("policyDocument", report.policyDocument());
      json.writeNumberField("year", report.year());
      json.writeObjectFieldStart("period");
      json.writeStringField("start", report.period().getStart().toString());
      json.writeStringField("end", report.period().getEndInclusive().toString());
      json.writeEndObject();

      json.writeArrayFieldStart("evaluations");
      for (Evaluation evaluation : report.evaluations()) {
        MAPPER.writeValue(json, evaluation);
      }
      json.writeEndArray();

      json.writeFieldName("unitReport");
      MAPPER.writeValue(json, report.unit());

      json.writeArrayFieldStart("unknownOfficerVisits");
      for (Visit visit : report.unknownOfficerVisits()) {
        json.writeStartObject();
        json.writeFieldName("visit");
        MAPPER.writeValue(json, visit);
        json.writeStringField("reason", "UNKNOWN_OFFICER");
        json.writeEndObject();
      }
      json.writeEndArray();

      json.writeArrayFieldStart("outsidePeriodVisits");
      for (Visit visit : report.outsidePeriodVisits()) {
        json.writeStartObject();
        json.writeFieldName("visit");
        MAPPER.writeValue(json, visit);
        json.writeStringField("reason", "OUTSIDE_PERIOD");
        json.writeEndObject();
      }
      json.writeEndArray();

      json.writeArrayFieldStart("inputLeaves");
      for (RunReport.AccountedLeave leave : report.leaves()) {
        json.writeStartObject();
        json.writeNumberField("line", leave.line());
        json.writeFieldName("leave");
        MAPPER.writeValue(json, leave.leave());
        json.writeBooleanField("applied", leave.applied());
        json.writeStringField("outcome", leave.outcome());
        json.writeNumberField("daysAway", leave.daysAway());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write(System.lineSeparator());
  }

  /**
   * Writes a comparison as the library's own {@code dicoso-comparison/1} document
   * (docs/schema/comparison.schema.json), as {@link DicosoModule} writes it: the policies, what
   * each variant changes, the full evaluation under each policy (with the visits and leaves of
   * officers not in the officers file), each officer's outcomes, the status changes and the unit
   * reports.
   */
  static void writeComparison(ComparisonResult result, Writer out) throws IOException {
    try (JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      MAPPER.writeValue(json, result);
    }
    out.write(System.lineSeparator());
  }
}
