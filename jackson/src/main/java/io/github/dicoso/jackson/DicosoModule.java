package io.github.dicoso.jackson;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.compliance.UnitReport;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import io.github.dicoso.variant.ComparisonResult;
import io.github.dicoso.visit.Visit;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Jackson 2 module of dicoso: it writes and reads, as JSON, the inputs ({@link Officer}, {@link
 * ServicePeriod}, {@link Leave}, {@link Visit}, {@link OfficerRecord}, {@link Population}), the
 * policies ({@link Policy}, in their variant form) and the results ({@link Evaluation} with its
 * {@link DayLedger}, {@link Finding}s and explanation, {@link UnitReport}, {@link
 * PopulationEvaluation}, {@link ComparisonResult}). Everything reads back equal to what was
 * written.
 *
 * <pre>{@code
 * ObjectMapper mapper = new ObjectMapper().registerModule(new DicosoModule());
 * String json = mapper.writeValueAsString(evaluation);
 * Evaluation stored = mapper.readValue(json, Evaluation.class);   // equals evaluation
 * }</pre>
 *
 * <p>Wire forms: days are a JSON number ({@code 59.5}); dates ISO strings ({@code "2019-03-18"});
 * closed ranges {@code {"start": "2019-01-01", "end": "2019-12-31"}}, both ends inclusive; enum
 * constants by name. A document written at the top level starts with its schema and version, {@code
 * "schema": "dicoso-evaluation/1"}, and reading one checks it. The JSON Schema of every document is
 * in the project's {@code docs/schema} folder.
 *
 * <p>A policy is written as its name, its base, its document and the parameters it changes from the
 * base, with their citations: the JSON form of a variant file. Reading it looks the base up by name
 * among the policies the library ships ({@link Policies#all()}), the bases given to {@link
 * #withBases(Iterable)}, and the policies read earlier in the same document (a comparison's
 * variants derive from its baseline).
 *
 * <p>Reading a malformed document throws a {@link
 * com.fasterxml.jackson.databind.JsonMappingException} that names the record, the field and the
 * value ({@code visit V-7: field "start": "2019-13-01" is not an ISO date (2019-03-18)}).
 *
 * <p>Jackson finds this module with {@code ObjectMapper.findAndRegisterModules()} too.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DicosoModule extends Module {
  private final Map<String, Policy> bases;

  /** A module whose policies may derive from the policies the library ships. */
  public DicosoModule() {
    this(Policies.all());
  }

  private DicosoModule(Iterable<Policy> bases) {
    Map<String, Policy> byName = new LinkedHashMap<>();
    bases.forEach(p -> byName.put(p.name(), requireNonNull(p, "base")));
    this.bases = Collections.unmodifiableMap(byName);
  }

  /**
   * A module whose policies may also derive from {@code policies}: a province's own policy that its
   * variants name as their base. A given policy replaces a shipped one of the same name.
   *
   * @param policies the policies a stored policy may name as its base
   * @return the module
   */
  public DicosoModule withBases(Iterable<Policy> policies) {
    requireNonNull(policies, "policies");
    Map<String, Policy> all = new LinkedHashMap<>(bases);
    policies.forEach(p -> all.put(requireNonNull(p, "base").name(), p));
    return new DicosoModule(all.values());
  }

  /** {@return {@code dicoso}} */
  @Override
  public String getModuleName() {
    return "dicoso";
  }

  /** {@return an unknown version: the module's version is that of the dicoso-jackson jar} */
  @Override
  public Version version() {
    return Version.unknownVersion();
  }

  /**
   * Adds the serializers and deserializers of dicoso's types.
   *
   * @param context the mapper's setup context
   */
  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (Document<?> d : documents()) {
      add(d, serializers, deserializers);
    }
    serializers.addSerializer(Days.class, new DaysSerializer());
    deserializers.addDeserializer(Days.class, new DaysDeserializer());
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <T> void add(
      Document<T> d, SimpleSerializers serializers, SimpleDeserializers deserializers) {
    serializers.addSerializer(d.type(), d.serializer());
    deserializers.addDeserializer(d.type(), d.deserializer());
  }

  /** Every kind of document, with the bases of this module. */
  List<Document<?>> documents() {
    return List.of(
        Document.of(
            ServicePeriod.class,
            "service-period",
            "service period",
            Inputs::servicePeriod,
            Inputs::servicePeriod),
        Document.of(Officer.class, "officer", "officer", Inputs::officer, Inputs::officer),
        Document.of(Leave.class, "leave", "leave", Inputs::leave, Inputs::leave),
        Document.of(Visit.class, "visit", "visit", Inputs::visit, Inputs::visit),
        Document.of(
            OfficerRecord.class, "officer-record", "record", Inputs::record, Inputs::record),
        Document.of(
            Population.class, "population", "population", Inputs::population, Inputs::population),
        Document.of(Citation.class, "citation", "citation", Wire::citation, Wire::citation),
        Document.of(
            Policy.class,
            "policy",
            "policy",
            p -> PolicyForm.write(p, bases),
            f -> PolicyForm.read(f, new LinkedHashMap<>(bases))),
        Document.of(
            Evaluation.class, "evaluation", "evaluation", Results::evaluation, Results::evaluation),
        Document.of(DayLedger.class, "ledger", "ledger", Results::ledger, Results::ledger),
        Document.of(
            Finding.class,
            "finding",
            "finding",
            x -> Results.finding(x, "finding " + x.code()),
            Results::finding),
        Document.of(
            UnitReport.class,
            "unit-report",
            "unit report",
            Results::unitReport,
            Results::unitReport),
        Document.of(
            PopulationEvaluation.class,
            "population-evaluation",
            "population evaluation",
            Results::populationEvaluation,
            Results::populationEvaluation),
        Document.of(
            ComparisonResult.class,
            "comparison",
            "comparison",
            c -> Results.comparison(c, bases),
            f -> Results.comparison(f, bases)));
  }

  /** {@code Days} as a JSON number, {@code 59.5}. */
  private static final class DaysSerializer extends StdSerializer<Days> {
    private static final long serialVersionUID = 1L;

    DaysSerializer() {
      super(Days.class);
    }

    @Override
    public void serialize(Days value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      Wire.days(value).serialize(gen, provider);
    }
  }

  /** {@code Days} from a JSON number, a whole or half number of days. */
  private static final class DaysDeserializer extends StdDeserializer<Days> {
    private static final long serialVersionUID = 1L;

    DaysDeserializer() {
      super(Days.class);
    }

    @Override
    public Days deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (!p.hasToken(JsonToken.VALUE_NUMBER_INT) && !p.hasToken(JsonToken.VALUE_NUMBER_FLOAT)) {
        return (Days) ctxt.handleUnexpectedToken(Days.class, p);
      }
      try {
        return Wire.days(ctxt.readTree(p), "value", "days");
      } catch (IllegalArgumentException e) {
        throw com.fasterxml.jackson.databind.JsonMappingException.from(p, e.getMessage(), e);
      }
    }
  }
}
