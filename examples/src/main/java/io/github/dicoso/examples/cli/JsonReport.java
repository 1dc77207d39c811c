package io.github.dicoso.examples.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.github.dicoso.Days;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON output: the policy and period, per officer the same values as {@code results.csv} (with
 * the findings in full) and what became of each of the officer's visits, the unit {@code summary},
 * {@code excluded_visits}, {@code excluded_leaves} (of officers not in the officers file) and
 * {@code leaves}: every leave of the input with its line, whether it was applied and its outcome
 * (EXEMPTS, REDUCES with {@code days_away}, or the reason it was not). Days are JSON numbers
 * written {@code 60} or {@code 59.5}.
 *
 * <p>This class is stateless and thread-safe.
 */
final class JsonReport {
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

  private JsonReport() {}

  /** Writes {@code report} as one JSON object. */
  static void write(RunReport report, Writer out) throws IOException {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("policy", report.policy());
      json.writeStringField("policy_document", report.policyDocument());
      json.writeNumberField("year", report.year());
      json.writeObjectFieldStart("period");
      json.writeStringField("start", report.period().getStart().toString());
      json.writeStringField("end", report.period().getEndInclusive().toString());
      json.writeEndObject();

      json.writeArrayFieldStart("officers");
      for (RunReport.OfficerResult officer : report.officers()) {
        officer(json, officer);
      }
      json.writeEndArray();

      summary(json, report.summary());

      json.writeArrayFieldStart("excluded_visits");
      for (RunReport.ExcludedVisit visit : report.excludedVisits()) {
        json.writeStartObject();
        json.writeStringField("visit_id", visit.visitId());
        json.writeStringField("officer_id", visit.officerId());
        json.writeStringField("reason", visit.reason());
        json.writeStringField("detail", visit.detail());
        json.writeEndObject();
      }
      json.writeEndArray();

      json.writeArrayFieldStart("excluded_leaves");
      for (RunReport.ExcludedLeave leave : report.excludedLeaves()) {
        json.writeStartObject();
        json.writeStringField("officer_id", leave.officerId());
        json.writeStringField("kind", leave.kind());
        json.writeStringField("start", leave.start().toString());
        json.writeStringField("end", leave.end().toString());
        json.writeStringField("reason", leave.reason());
        json.writeEndObject();
      }
      json.writeEndArray();

      json.writeArrayFieldStart("leaves");
      for (RunReport.AccountedLeave leave : report.leaves()) {
        json.writeStartObject();
        json.writeNumberField("line", leave.line());
        json.writeStringField("officer_id", leave.officerId());
        json.writeStringField("kind", leave.kind());
        json.writeStringField("start", leave.start().toString());
        json.writeStringField("end", leave.end().toString());
        json.writeBooleanField("applied", leave.applied());
        json.writeStringField("outcome", leave.outcome());
        json.writeNumberField("days_away", leave.daysAway());
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.write(System.lineSeparator());
  }

  private static void officer(JsonGenerator json, RunReport.OfficerResult officer)
      throws IOException {
    ResultRow row = officer.row();
    json.writeStartObject();
    json.writeStringField("officer_id", row.officerId());
    json.writeStringField("name", officer.name());
    json.writeStringField("department", officer.department());
    json.writeStringField("status", row.status());
    json.writeStringField("reason", officer.reason());
    days(json, "required_days", row.required());
    days(json, "credited_days", row.credited());
    days(json, "shortfall_days", row.shortfall());
    for (Map.Entry<KindOfWork, Days> e : row.byKind().entrySet()) {
      days(json, e.getKey().name().toLowerCase(Locale.ROOT) + "_days", e.getValue());
    }
    for (HostLevel level : List.of(HostLevel.BRANCH, HostLevel.COMMUNE, HostLevel.DISTRICT)) {
      days(json, level.name().toLowerCase(Locale.ROOT) + "_days", row.daysAt(level));
    }
    json.writeArrayFieldStart("findings");
    for (RunReport.FindingLine finding : officer.findings()) {
      json.writeStartObject();
      json.writeStringField("code", finding.code());
      json.writeStringField("severity", finding.severity());
      json.writeStringField("message", finding.message());
      json.writeArrayFieldStart("visits");
      for (String visit : finding.visitIds()) {
        json.writeString(visit);
      }
      json.writeEndArray();
      json.writeStringField("citation", finding.citation());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("visits");
    for (RunReport.VisitOutcome visit : officer.visits()) {
      json.writeStartObject();
      json.writeStringField("visit_id", visit.visitId());
      json.writeStringField("outcome", visit.outcome());
      json.writeNumberField("credited_dates", visit.creditedDates());
      json.writeArrayFieldStart("exclusions");
      for (String exclusion : visit.exclusions()) {
        json.writeString(exclusion);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void summary(JsonGenerator json, RunReport.Summary summary) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeNumberField("in_scope", summary.inScope());
    json.writeNumberField("subject", summary.subject());
    json.writeNumberField("exempt", summary.exempt());
    json.writeObjectFieldStart("exempt_by_reason");
    for (Map.Entry<String, Integer> e :
        new java.util.TreeMap<>(summary.exemptByReason()).entrySet()) {
      json.writeNumberField(e.getKey(), e.getValue());
    }
    json.writeEndObject();
    json.writeNumberField("evaluated", summary.evaluated());
    json.writeNumberField("compliant", summary.compliant());
    json.writeNumberField("non_compliant", summary.nonCompliant());
    decimal(json, "compliance_rate", summary.complianceRate());
    days(json, "total_days", summary.totalDays());
    decimal(json, "average_days", summary.averageDays());
    json.writeNumberField("host_units_covered", summary.hostUnitsCovered());
    json.writeEndObject();
  }

  private static void days(JsonGenerator json, String field, Days days) throws IOException {
    json.writeFieldName(field);
    json.writeNumber(days.toBigDecimal());
  }

  private static void decimal(JsonGenerator json, String field, Optional<BigDecimal> value)
      throws IOException {
    json.writeFieldName(field);
    if (value.isPresent()) {
      json.writeNumber(value.get());
    } else {
      json.writeNull();
    }
  }
}
