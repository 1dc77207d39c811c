package io.github.dicoso.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dicoso.compliance.OfficerRecord;
import io.github.dicoso.compliance.Population;
import io.github.dicoso.leave.Leave;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The inputs as JSON: officers with their service periods, leaves, visits, officer records and
 * populations. Every field of the value is written; when read, a field the value's builder does not
 * require may be left out and takes the builder's default.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Inputs {
  private Inputs() {}

  // --- service periods ---

  static ObjectNode servicePeriod(ServicePeriod p) {
    ObjectNode o = Wire.object();
    o.put("start", p.start().toString());
    p.end().ifPresent(e -> o.put("end", e.toString()));
    return o;
  }

  static ServicePeriod servicePeriod(Fields f) {
    return build(
        f,
        () ->
            f.has("end")
                ? ServicePeriod.of(f.date("start"), f.date("end"))
                : ServicePeriod.from(f.date("start")));
  }

  // --- officers ---

  static ObjectNode officer(Officer officer) {
    ObjectNode o = Wire.object();
    o.put("id", officer.id());
    o.put("name", officer.name());
    o.put("level", officer.level().name());
    o.put("employment", officer.employment().name());
    o.put("committeeMember", officer.committeeMember());
    o.put("department", officer.department());
    ArrayNode periods = o.putArray("servicePeriods");
    officer.servicePeriods().forEach(p -> periods.add(servicePeriod(p)));
    return o;
  }

  static Officer officer(Fields fields) {
    Fields f = fields.as("officer " + idOf(fields, "id"));
    Officer.Builder b =
        Officer.builder()
            .id(f.text("id"))
            .name(f.text("name", ""))
            .level(f.enumValue("level", Level.class))
            .employment(f.enumValue("employment", Employment.class))
            .committeeMember(f.bool("committeeMember", false))
            .department(f.text("department", ""));
    b.servicePeriods(
        f.list(
            "servicePeriods",
            (n, where) -> servicePeriod(Fields.of(n, f.record() + ", " + where))));
    return build(f, b::build);
  }

  // --- leaves ---

  static ObjectNode leave(Leave leave) {
    ObjectNode o = Wire.object();
    leave.id().ifPresent(id -> o.put("id", id));
    o.put("officerId", leave.officerId());
    o.put("kind", leave.kind().name());
    o.put("start", leave.start().toString());
    o.put("end", leave.end().toString());
    return o;
  }

  static Leave leave(Fields fields) {
    String id = fields.has("id") ? idOf(fields, "id") : "of officer " + idOf(fields, "officerId");
    Fields f = fields.as("leave " + id);
    Leave.Builder b =
        Leave.builder()
            .officerId(f.text("officerId"))
            .kind(f.enumValue("kind", LeaveKind.class))
            .start(f.date("start"))
            .end(f.date("end"));
    f.optionalText("id").ifPresent(b::id);
    return build(f, b::build);
  }

  // --- visits ---

  static ObjectNode visit(Visit v) {
    ObjectNode o = Wire.object();
    o.put("id", v.id());
    o.put("officerId", v.officerId());
    o.put("start", v.start().toString());
    o.put("end", v.end().toString());
    o.set("kinds", Wire.names(v.kinds()));
    o.put("hostUnit", v.hostUnit());
    o.put("hostLevel", v.hostLevel().name());
    o.put("invitedOnly", v.invitedOnly());
    o.put("approved", v.approved());
    o.put("travelOrder", v.travelOrder());
    o.put("halfDay", v.halfDay());
    v.reportDate().ifPresent(d -> o.put("reportDate", d.toString()));
    o.put("description", v.description());
    return o;
  }

  static Visit visit(Fields fields) {
    Fields f = fields.as("visit " + idOf(fields, "id"));
    Visit.Builder b =
        Visit.builder()
            .id(f.text("id"))
            .officerId(f.text("officerId"))
            .start(f.date("start"))
            .hostUnit(f.text("hostUnit"))
            .hostLevel(f.enumValue("hostLevel", HostLevel.class))
            .invitedOnly(f.bool("invitedOnly", false))
            .approved(f.bool("approved", true))
            .travelOrder(f.bool("travelOrder", true))
            .halfDay(f.bool("halfDay", false))
            .description(f.text("description", ""))
            .kinds(
                f.list(
                    "kinds", (n, where) -> Wire.enumValue(n, KindOfWork.class, where, f.record())));
    f.optionalDate("end").ifPresent(b::end);
    f.optionalDate("reportDate").ifPresent(b::reportDate);
    return build(f, b::build);
  }

  // --- records and populations ---

  static ObjectNode record(OfficerRecord r) {
    ObjectNode o = Wire.object();
    o.set("officer", officer(r.officer()));
    o.set("visits", visits(r.visits()));
    o.set("leaves", leaves(r.leaves()));
    return o;
  }

  static OfficerRecord record(Fields fields) {
    Officer officer = officer(fields.object("officer", fields.record() + ", field \"officer\""));
    Fields f = fields.as("record of officer " + officer.id());
    List<Visit> visits = visits(f, "visits");
    List<Leave> leaves = leaves(f, "leaves");
    return build(f, () -> OfficerRecord.of(officer, visits, leaves));
  }

  static ObjectNode population(Population p) {
    ObjectNode o = Wire.object();
    ArrayNode records = o.putArray("records");
    p.records().forEach(r -> records.add(record(r)));
    o.set("unmatchedVisits", visits(p.unmatchedVisits()));
    o.set("unmatchedLeaves", leaves(p.unmatchedLeaves()));
    return o;
  }

  /**
   * The population: a population without unmatched visits or leaves is read as {@link
   * Population#of(Iterable)}; otherwise as the flat lists of {@link Population#of(Iterable,
   * Iterable, Iterable)}, which group the records' own visits and leaves back in the order given
   * and keep the unmatched ones (already in that method's order).
   */
  static Population population(Fields f) {
    List<OfficerRecord> records =
        f.list("records", (n, where) -> record(Fields.of(n, f.record() + ", " + where)));
    List<Visit> unmatchedVisits = visits(f, "unmatchedVisits");
    List<Leave> unmatchedLeaves = leaves(f, "unmatchedLeaves");
    if (unmatchedVisits.isEmpty() && unmatchedLeaves.isEmpty()) {
      return build(f, () -> Population.of(records));
    }
    List<Officer> officers = new ArrayList<>();
    List<Visit> visits = new ArrayList<>();
    List<Leave> leaves = new ArrayList<>();
    for (OfficerRecord r : records) {
      officers.add(r.officer());
      visits.addAll(r.visits());
      leaves.addAll(r.leaves());
    }
    visits.addAll(unmatchedVisits);
    leaves.addAll(unmatchedLeaves);
    Population p = build(f, () -> Population.of(officers, visits, leaves));
    if (!p.unmatchedVisits().equals(unmatchedVisits)
        || !p.unmatchedLeaves().equals(unmatchedLeaves)) {
      throw new IllegalArgumentException(
          f.record()
              + ": the unmatched visits or leaves name an officer of the population, or are out"
              + " of order (by officer id, start and id)");
    }
    return p;
  }

  static ArrayNode visits(List<Visit> visits) {
    ArrayNode a = Wire.array();
    visits.forEach(v -> a.add(visit(v)));
    return a;
  }

  static ArrayNode leaves(List<Leave> leaves) {
    ArrayNode a = Wire.array();
    leaves.forEach(l -> a.add(leave(l)));
    return a;
  }

  static List<Visit> visits(Fields f, String field) {
    return f.list(field, (n, where) -> visit(Fields.of(n, f.record() + ", " + where)));
  }

  static List<Leave> leaves(Fields f, String field) {
    return f.list(field, (n, where) -> leave(Fields.of(n, f.record() + ", " + where)));
  }

  /** The id in {@code field} for naming the record, or {@code ?} when it is missing. */
  static String idOf(Fields f, String field) {
    JsonNode id = f.optional(field).orElse(null);
    return id != null && id.isTextual() ? id.textValue() : "?";
  }

  /** Calls a core builder or factory, naming the record in the error it throws. */
  static <T> T build(Fields f, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      String message = String.valueOf(e.getMessage());
      if (message.startsWith(f.record() + ":")) {
        throw e;
      }
      throw new IllegalArgumentException(f.record() + ": " + message, e);
    }
  }
}
