package io.github.dicoso.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dicoso.Days;
import io.github.dicoso.ExemptionThreshold;
import io.github.dicoso.LeaveLength;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import io.github.dicoso.ProRating;
import io.github.dicoso.accrual.AccrualRule;
import io.github.dicoso.accrual.CreditedDay;
import io.github.dicoso.accrual.DayLedger;
import io.github.dicoso.accrual.Exclusion;
import io.github.dicoso.accrual.VisitEntry;
import io.github.dicoso.compliance.Evaluation;
import io.github.dicoso.compliance.Explanation;
import io.github.dicoso.compliance.Hint;
import io.github.dicoso.compliance.PopulationEvaluation;
import io.github.dicoso.compliance.Status;
import io.github.dicoso.compliance.StatusDecision;
import io.github.dicoso.compliance.Step;
import io.github.dicoso.compliance.UnitReport;
import io.github.dicoso.eligibility.Eligibility;
import io.github.dicoso.eligibility.EligibilityReason;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.finding.Severity;
import io.github.dicoso.internal.Friends;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.officer.ServicePeriod;
import io.github.dicoso.requirement.Exemption;
import io.github.dicoso.requirement.LeaveEntry;
import io.github.dicoso.requirement.LeaveOutcome;
import io.github.dicoso.requirement.MinimumCheck;
import io.github.dicoso.requirement.Requirement;
import io.github.dicoso.variant.ComparisonResult;
import io.github.dicoso.variant.OfficerComparison;
import io.github.dicoso.variant.Outcome;
import io.github.dicoso.variant.ParameterChange;
import io.github.dicoso.variant.StatusChange;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import io.github.dicoso.visit.Visit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.threeten.extra.LocalDateRange;

/**
 * The results as JSON, with everything they hold as data (never rendered text): evaluations with
 * their ledger, findings and explanation steps; unit reports; population evaluations; comparisons
 * of variants. Values a result derives from its fields (an evaluation's {@code credited}, a
 * ledger's {@code days}) are written for readers of the JSON and not read back.
 *
 * <p>Results have no public constructor: they are read back through the package-private factories
 * core keeps for that ({@link Friends}). A day ledger is rebuilt by core's own {@link AccrualRule}
 * from its stored entries, and the rebuilt entries must equal the stored ones.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Results {
  private Results() {}

  // --- evaluation ---

  static ObjectNode evaluation(Evaluation e) {
    String record = "evaluation of officer " + e.officerId();
    ObjectNode o = Wire.object();
    o.put("officerId", e.officerId());
    o.put("officerName", e.officerName());
    o.put("department", e.department());
    o.put("policyName", e.policyName());
    o.set("period", Wire.range(e.period()));
    o.put("status", e.status().name());
    o.set("required", Wire.days(e.required()));
    o.set("credited", Wire.days(e.credited()));
    o.set("shortfall", Wire.days(e.shortfall()));
    o.set("eligibility", eligibility(e.eligibility()));
    e.exemption().ifPresent(x -> o.set("exemption", exemption(x)));
    e.requirement().ifPresent(r -> o.set("requirement", requirement(r)));
    ArrayNode leaves = o.putArray("leaves");
    e.leaves().forEach(l -> leaves.add(leaveEntry(l)));
    o.set("minimums", minimums(e.minimums()));
    o.set("decision", decision(e.decision()));
    e.hint().ifPresent(h -> o.set("hint", hint(h)));
    o.set("findings", findings(e.findings(), record));
    o.set("explanation", explanation(e.explanation(), record));
    o.put("visitsOutsidePeriod", e.visitsOutsidePeriod());
    o.put("leavesOutsidePeriod", e.leavesOutsidePeriod());
    o.set("ledger", ledger(e.ledger()));
    return o;
  }

  static Evaluation evaluation(Fields fields) {
    Fields f = fields.as("evaluation of officer " + Inputs.idOf(fields, "officerId"));
    String record = f.record();
    return Inputs.build(
        f,
        () ->
            Friends.create(
                Evaluation.class,
                f.text("officerId"),
                f.text("officerName", ""),
                f.text("department", ""),
                f.text("policyName"),
                f.range("period"),
                f.enumValue("status", Status.class),
                f.days("required"),
                ledger(f.object("ledger", record + ", ledger")),
                eligibility(f.object("eligibility", record + ", eligibility")),
                f.optional("exemption").map(n -> exemption(Fields.of(n, record + ", exemption"))),
                f.optional("requirement")
                    .map(n -> requirement(Fields.of(n, record + ", requirement"))),
                f.list("leaves", (n, where) -> leaveEntry(Fields.of(n, record + ", " + where))),
                minimums(f, "minimums"),
                decision(f.object("decision", record + ", decision")),
                findings(f, "findings"),
                explanation(f.object("explanation", record + ", explanation")),
                f.optional("hint").map(n -> hint(Fields.of(n, record + ", hint"))),
                f.integer("visitsOutsidePeriod"),
                f.integer("leavesOutsidePeriod")));
  }

  // --- ledger ---

  static ObjectNode ledger(DayLedger ledger) {
    ObjectNode o = Wire.object();
    o.put("officerId", ledger.officerId());
    o.set("period", Wire.range(ledger.period()));
    o.set("credited", Wire.days(ledger.credited()));
    o.set("byKind", Wire.daysByName(ledger.byKind()));
    o.set("byHostLevel", Wire.daysByName(ledger.byHostLevel()));
    ArrayNode entries = o.putArray("entries");
    for (VisitEntry e : ledger.entries()) {
      ObjectNode entry = entries.addObject();
      entry.set("visit", Inputs.visit(e.visit()));
      entry.put("outcome", e.outcome().name());
      entry.set("kinds", Wire.names(e.kinds()));
      entry.set("creditedDates", Wire.ranges(e.creditedDates()));
      ObjectNode excluded = entry.putObject("excludedDates");
      e.excludedDates().forEach((reason, dates) -> excluded.set(reason.name(), Wire.ranges(dates)));
    }
    ArrayNode days = o.putArray("days");
    for (CreditedDay d : ledger.days().values()) {
      ObjectNode day = days.addObject();
      day.put("date", d.date().toString());
      day.set("credit", Wire.days(d.credit()));
      day.set("kinds", Wire.names(d.kinds()));
      day.set("hostLevels", Wire.names(d.hostLevels()));
      day.set("hostUnits", Wire.texts(d.hostUnits()));
      day.set("visitIds", Wire.texts(d.visitIds()));
    }
    return o;
  }

  /** One stored ledger entry. */
  private record StoredEntry(
      Visit visit,
      Set<KindOfWork> kinds,
      List<LocalDateRange> creditedDates,
      Map<Exclusion, List<LocalDateRange>> excludedDates) {}

  /**
   * The ledger rebuilt by {@link AccrualRule} from its stored entries: the entries give each visit
   * with its kinds, and each date of it credited or excluded with the reason. The rule is applied
   * with a policy that excludes, for the evidence a visit lacks, exactly when some entry shows that
   * exclusion; with the dates of service all but those excluded as outside service; and with the
   * dates excluded for a leave. The rebuilt entries must equal the stored ones.
   */
  static DayLedger ledger(Fields fields) {
    String officerId = fields.text("officerId");
    Fields f = fields.as("ledger of officer " + officerId);
    LocalDateRange period = f.range("period");
    List<StoredEntry> stored =
        f.list("entries", (n, where) -> entry(Fields.of(n, f.record() + ", " + where)));
    EnumSet<Exclusion> shown = EnumSet.noneOf(Exclusion.class);
    TreeSet<java.time.LocalDate> outOfService = new TreeSet<>();
    List<LocalDateRange> onLeave = new ArrayList<>();
    Map<String, Set<KindOfWork>> kinds = new HashMap<>();
    List<Visit> visits = new ArrayList<>();
    for (StoredEntry e : stored) {
      shown.addAll(e.excludedDates().keySet());
      e.excludedDates()
          .getOrDefault(Exclusion.OUTSIDE_SERVICE, List.of())
          .forEach(r -> r.stream().forEach(outOfService::add));
      onLeave.addAll(e.excludedDates().getOrDefault(Exclusion.DURING_LEAVE, List.of()));
      kinds.put(e.visit().id(), e.kinds());
      visits.add(e.visit());
    }
    Policy evidence =
        Policy.builder()
            .name("stored-ledger")
            .set(Parameter.COUNT_INVITED_ONLY, !shown.contains(Exclusion.INVITED_ONLY))
            .set(Parameter.COUNT_UNAPPROVED, !shown.contains(Exclusion.UNAPPROVED))
            .set(Parameter.COUNT_WITHOUT_TRAVEL_ORDER, !shown.contains(Exclusion.NO_TRAVEL_ORDER))
            .set(Parameter.HALF_DAY_CREDIT, !shown.contains(Exclusion.HALF_DAY_NOT_CREDITED))
            .build();
    Officer.Builder officer =
        Officer.builder().id(officerId).level(Level.CENTRAL).employment(Employment.FULL_TIME);
    if (!outOfService.isEmpty()) {
      List<ServicePeriod> served = new ArrayList<>();
      java.time.LocalDate from = period.getStart();
      for (java.time.LocalDate d : outOfService) {
        if (d.isAfter(from)) {
          served.add(ServicePeriod.of(from, d.minusDays(1)));
        }
        from = d.plusDays(1);
      }
      if (!from.isAfter(period.getEndInclusive())) {
        served.add(ServicePeriod.of(from, period.getEndInclusive()));
      }
      if (served.isEmpty()) {
        // in post on no date of the period: one day of service just before it
        served.add(
            ServicePeriod.of(period.getStart().minusDays(1), period.getStart().minusDays(1)));
      }
      officer.servicePeriods(served);
    }
    DayLedger ledger =
        Inputs.build(
            f,
            () ->
                AccrualRule.ledger(
                    evidence,
                    officer.build(),
                    period,
                    visits,
                    v -> kinds.getOrDefault(v.id(), Set.of()),
                    onLeave));
    List<VisitEntry> rebuilt = ledger.entries();
    for (int i = 0; i < stored.size(); i++) {
      StoredEntry s = stored.get(i);
      VisitEntry r = rebuilt.get(i);
      if (!s.kinds().equals(r.kinds())
          || !s.creditedDates().equals(r.creditedDates())
          || !s.excludedDates().equals(r.excludedDates())) {
        throw new IllegalArgumentException(
            f.record()
                + ", entry of visit "
                + s.visit().id()
                + ": the stored kinds and dates (kinds "
                + s.kinds()
                + ", credited "
                + s.creditedDates()
                + ", excluded "
                + s.excludedDates()
                + ") are not what the accrual rule gives for them (kinds "
                + r.kinds()
                + ", credited "
                + r.creditedDates()
                + ", excluded "
                + r.excludedDates()
                + ")");
      }
    }
    return ledger;
  }

  private static StoredEntry entry(Fields f) {
    Visit visit = Inputs.visit(f.object("visit", f.record() + ", visit"));
    Fields e = f.as(f.record() + " (visit " + visit.id() + ")");
    EnumSet<KindOfWork> kinds = EnumSet.noneOf(KindOfWork.class);
    kinds.addAll(
        e.list("kinds", (n, where) -> Wire.enumValue(n, KindOfWork.class, where, e.record())));
    Map<Exclusion, List<LocalDateRange>> excluded = new EnumMap<>(Exclusion.class);
    for (Map.Entry<String, JsonNode> x : e.entries("excludedDates")) {
      Exclusion reason =
          Wire.enumValue(
              Wire.NODES.textNode(x.getKey()), Exclusion.class, "excluded dates", e.record());
      excluded.put(
          reason, Fields.of(Wire.object().set("dates", x.getValue()), e.record()).ranges("dates"));
    }
    return new StoredEntry(visit, kinds, e.ranges("creditedDates"), excluded);
  }

  // --- the parts of an evaluation ---

  static ObjectNode eligibility(Eligibility e) {
    ObjectNode o = Wire.object();
    o.put("officerId", e.officerId());
    o.set("period", Wire.range(e.period()));
    o.put("reason", e.reason().name());
    o.put("subject", e.subject());
    o.put("level", e.level().name());
    o.put("employment", e.employment().name());
    o.put("committeeMember", e.committeeMember());
    o.set("citation", Wire.citation(e.citation()));
    return o;
  }

  static Eligibility eligibility(Fields f) {
    return Inputs.build(
        f,
        () ->
            Friends.create(
                Eligibility.class,
                f.text("officerId"),
                f.range("period"),
                f.enumValue("reason", EligibilityReason.class),
                f.citation("citation"),
                f.enumValue("level", Level.class),
                f.enumValue("employment", Employment.class),
                f.bool("committeeMember")));
  }

  static ObjectNode exemption(Exemption x) {
    ObjectNode o = Wire.object();
    o.put("kind", x.kind().name());
    o.set("leaves", Inputs.leaves(x.leaves()));
    o.set("leaveDates", Wire.range(x.leaveDates()));
    o.set("measuredDates", Wire.range(x.measuredDates()));
    o.put("measured", x.measured().name());
    o.put("threshold", x.threshold().toString());
    o.set("citation", Wire.citation(x.citation()));
    return o;
  }

  static Exemption exemption(Fields f) {
    return Inputs.build(
        f,
        () ->
            Friends.create(
                Exemption.class,
                f.enumValue("kind", LeaveKind.class),
                Inputs.leaves(f, "leaves"),
                f.range("leaveDates"),
                f.range("measuredDates"),
                f.enumValue("measured", LeaveLength.class),
                ExemptionThreshold.parse(f.text("threshold")),
                f.citation("citation")));
  }

  static ObjectNode requirement(Requirement r) {
    ObjectNode o = Wire.object();
    o.put("officerId", r.officerId());
    o.set("period", Wire.range(r.period()));
    o.set("quota", Wire.days(r.quota()));
    o.put("periodDays", r.periodDays());
    o.put("serviceDays", r.serviceDays());
    o.put("daysAway", r.daysAway());
    o.put("proRating", r.proRating().name());
    o.set("required", Wire.days(r.required()));
    o.set("citations", Wire.citations(r.citations()));
    return o;
  }

  static Requirement requirement(Fields f) {
    return Inputs.build(
        f,
        () ->
            Friends.create(
                Requirement.class,
                f.text("officerId"),
                f.range("period"),
                f.days("quota"),
                f.longValue("periodDays"),
                f.longValue("serviceDays"),
                f.longValue("daysAway"),
                f.enumValue("proRating", ProRating.class),
                f.days("required"),
                Wire.citations(f, "citations")));
  }

  static ObjectNode leaveEntry(LeaveEntry l) {
    ObjectNode o = Wire.object();
    o.set("leave", Inputs.leave(l.leave()));
    o.put("outcome", l.outcome().name());
    o.put("daysAway", l.daysAway());
    o.put("daysCredited", l.daysCredited());
    return o;
  }

  static LeaveEntry leaveEntry(Fields f) {
    return Inputs.build(
        f,
        () ->
            Friends.create(
                LeaveEntry.class,
                Inputs.leave(f.object("leave", f.record() + ", leave")),
                f.enumValue("outcome", LeaveOutcome.class),
                f.longValue("daysAway"),
                f.longValue("daysCredited")));
  }

  static ArrayNode minimums(List<MinimumCheck> minimums) {
    ArrayNode a = Wire.array();
    for (MinimumCheck m : minimums) {
      ObjectNode o = a.addObject();
      o.put("parameter", m.parameter().key());
      o.put("target", m.target().name());
      o.set("policyMinimum", Wire.days(m.policyMinimum()));
      o.set("minimum", Wire.days(m.minimum()));
      o.set("credited", Wire.days(m.credited()));
      o.put("binding", m.binding());
      o.put("met", m.met());
      o.set("citation", Wire.citation(m.citation()));
    }
    return a;
  }

  static List<MinimumCheck> minimums(Fields f, String field) {
    return f.list(field, (n, where) -> minimum(Fields.of(n, f.record() + ", " + where)));
  }

  private static MinimumCheck minimum(Fields f) {
    String key = f.text("parameter");
    Parameter<Optional<Days>> parameter = null;
    Enum<?> target = null;
    for (HostLevel l : HostLevel.values()) {
      if (Parameter.hostLevelMinimum(l).key().equals(key)) {
        parameter = Parameter.hostLevelMinimum(l);
        target = Wire.enumValue(f.get("target"), HostLevel.class, "field \"target\"", f.record());
      }
    }
    for (KindOfWork k : KindOfWork.values()) {
      if (Parameter.kindMinimum(k).key().equals(key)) {
        parameter = Parameter.kindMinimum(k);
        target = Wire.enumValue(f.get("target"), KindOfWork.class, "field \"target\"", f.record());
      }
    }
    if (parameter == null || target == null) {
      throw f.bad("parameter", f.get("parameter"), "is not a host-level or kind-minimum key");
    }
    Parameter<Optional<Days>> p = parameter;
    Enum<?> t = target;
    return Inputs.build(
        f,
        () ->
            Friends.create(
                MinimumCheck.class,
                p,
                t,
                f.days("policyMinimum"),
                f.days("minimum"),
                f.days("credited"),
                f.bool("binding"),
                f.citation("citation")));
  }

  static ObjectNode decision(StatusDecision d) {
    ObjectNode o = Wire.object();
    o.put("status", d.status().name());
    o.put("reason", d.reason().name());
    o.set("credited", Wire.days(d.credited()));
    o.set("required", Wire.days(d.required()));
    o.set("unmetMinimums", minimums(d.unmetMinimums()));
    o.set("advisoryUnmet", minimums(d.advisoryUnmet()));
    o.set("citation", Wire.citation(d.citation()));
    return o;
  }

  static StatusDecision decision(Fields f) {
    return Inputs.build(
        f,
        () ->
            Friends.create(
                StatusDecision.class,
                f.enumValue("status", Status.class),
                f.enumValue("reason", StatusDecision.Reason.class),
                f.days("credited"),
                f.days("required"),
                minimums(f, "unmetMinimums"),
                minimums(f, "advisoryUnmet"),
                f.citation("citation")));
  }

  static ObjectNode hint(Hint h) {
    ObjectNode o = Wire.object();
    o.set("moreDays", Wire.days(h.moreDays()));
    o.put("binding", h.binding().name());
    o.set("hostLevelDeficits", Wire.daysByName(h.hostLevelDeficits()));
    o.set("kindDeficits", Wire.daysByName(h.kindDeficits()));
    return o;
  }

  static Hint hint(Fields f) {
    return Inputs.build(
        f,
        () ->
            Friends.create(
                Hint.class,
                f.days("moreDays"),
                f.enumValue("binding", Hint.Binding.class),
                daysByName(f, "hostLevelDeficits", HostLevel.class),
                daysByName(f, "kindDeficits", KindOfWork.class)));
  }

  private static <E extends Enum<E>> Map<E, Days> daysByName(
      Fields f, String field, Class<E> type) {
    Map<E, Days> map = new EnumMap<>(type);
    for (Map.Entry<String, JsonNode> e : f.entries(field)) {
      String where = "field \"" + field + "\", key \"" + e.getKey() + "\"";
      map.put(
          Wire.enumValue(Wire.NODES.textNode(e.getKey()), type, where, f.record()),
          Wire.days(e.getValue(), where, f.record()));
    }
    return map;
  }

  private static <E extends Enum<E>> Map<E, Integer> countsByName(
      Fields f, String field, Class<E> type) {
    Map<E, Integer> map = new EnumMap<>(type);
    for (Map.Entry<String, JsonNode> e : f.entries(field)) {
      String where = "field \"" + field + "\", key \"" + e.getKey() + "\"";
      JsonNode v = e.getValue();
      if (!v.isIntegralNumber() || !v.canConvertToInt()) {
        throw Fields.bad(f.record(), where, v, "is not a whole number");
      }
      map.put(
          Wire.enumValue(Wire.NODES.textNode(e.getKey()), type, where, f.record()), v.intValue());
    }
    return map;
  }

  // --- findings and explanations ---

  static ArrayNode findings(List<Finding> findings, String record) {
    ArrayNode a = Wire.array();
    findings.forEach(x -> a.add(finding(x, record)));
    return a;
  }

  static ObjectNode finding(Finding x, String record) {
    ObjectNode o = Wire.object();
    o.put("code", x.code().name());
    o.put("severity", x.severity().name());
    o.set("citation", Wire.citation(x.citation()));
    x.officerId().ifPresent(id -> o.put("officerId", id));
    o.set("visitIds", Wire.texts(x.visitIds()));
    o.set("dates", Wire.ranges(x.dates()));
    o.set("facts", Facts.write(x.facts(), record + ", finding " + x.code()));
    return o;
  }

  static List<Finding> findings(Fields f, String field) {
    return f.list(field, (n, where) -> finding(Fields.of(n, f.record() + ", " + where)));
  }

  static Finding finding(Fields f) {
    return Inputs.build(
        f,
        () ->
            Friends.create(
                Finding.class,
                f.enumValue("code", FindingCode.class),
                f.enumValue("severity", Severity.class),
                f.citation("citation"),
                f.optionalText("officerId"),
                f.list("visitIds", (n, where) -> text(n, where, f)),
                f.ranges("dates"),
                Facts.read(f, "facts")));
  }

  private static String text(JsonNode n, String where, Fields f) {
    if (!n.isTextual()) {
      throw Fields.bad(f.record(), where, n, "is not a string");
    }
    return n.textValue();
  }

  static ObjectNode explanation(Explanation x, String record) {
    ObjectNode o = Wire.object();
    o.put("status", x.status().name());
    o.set("summary", Facts.write(x.summary(), record + ", explanation summary"));
    ArrayNode steps = o.putArray("steps");
    for (Step s : x.steps()) {
      ObjectNode step = steps.addObject();
      if (s.outcome().getDeclaringClass() != outcomeType(s.rule())) {
        throw new IllegalArgumentException(
            record
                + ": step "
                + s.rule()
                + " has outcome "
                + s.outcome()
                + " of type "
                + s.outcome().getDeclaringClass().getName()
                + ", not "
                + outcomeType(s.rule()).getName());
      }
      step.put("rule", s.rule().name());
      step.put("outcome", s.outcome().name());
      step.set("facts", Facts.write(s.facts(), record + ", step " + s.rule()));
      step.set("citations", Wire.citations(s.citations()));
    }
    return o;
  }

  static Explanation explanation(Fields f) {
    List<Step> steps = f.list("steps", (n, where) -> step(Fields.of(n, f.record() + ", " + where)));
    return Inputs.build(
        f,
        () ->
            Friends.create(
                Explanation.class,
                f.enumValue("status", Status.class),
                Facts.read(f, "summary"),
                steps));
  }

  private static Step step(Fields f) {
    Step.Rule rule = f.enumValue("rule", Step.Rule.class);
    Enum<?> outcome =
        Facts.enumValue(f.get("outcome"), outcomeType(rule), "field \"outcome\"", f.record());
    return Inputs.build(
        f,
        () ->
            Friends.create(
                Step.class, rule, outcome, Facts.read(f, "facts"), Wire.citations(f, "citations")));
  }

  /** The type of a rule's outcome, as {@link Step.Rule} states it. */
  private static Class<? extends Enum<?>> outcomeType(Step.Rule rule) {
    return switch (rule) {
      case ELIGIBILITY -> EligibilityReason.class;
      case EXEMPTION -> Status.class;
      case EXCLUSION -> Exclusion.class;
      case STATUS -> StatusDecision.Reason.class;
      default -> Step.Outcome.class;
    };
  }

  // --- unit reports and population evaluations ---

  static ObjectNode unitReport(UnitReport r) {
    ObjectNode o = Wire.object();
    o.put("name", r.name());
    o.put("inScope", r.inScope());
    o.put("subject", r.subject());
    o.put("notSubject", r.notSubject());
    o.put("exempt", r.exempt());
    o.set("exemptByReason", Wire.countsByName(r.exemptByReason()));
    o.put("evaluated", r.evaluated());
    o.put("compliant", r.compliant());
    o.put("nonCompliant", r.nonCompliant());
    o.set("nonCompliantBy", Wire.countsByName(r.nonCompliantBy()));
    r.rate().ifPresent(x -> o.put("rate", x));
    o.set("totalCredited", Wire.days(r.totalCredited()));
    r.averageCredited().ifPresent(x -> o.put("averageCredited", x));
    r.minCredited().ifPresent(x -> o.set("minCredited", Wire.days(x)));
    r.medianCredited().ifPresent(x -> o.put("medianCredited", x));
    r.maxCredited().ifPresent(x -> o.set("maxCredited", Wire.days(x)));
    o.set("hostUnits", Wire.texts(r.hostUnits()));
    ArrayNode departments = o.putArray("byDepartment");
    r.byDepartment().values().forEach(d -> departments.add(unitReport(d)));
    return o;
  }

  static UnitReport unitReport(Fields fields) {
    Fields f = fields.as("unit report " + Inputs.idOf(fields, "name"));
    Map<String, UnitReport> departments = new TreeMap<>();
    for (UnitReport d :
        f.list("byDepartment", (n, where) -> unitReport(Fields.of(n, f.record() + ", " + where)))) {
      if (departments.put(d.name(), d) != null) {
        throw new IllegalArgumentException(
            f.record() + ": department '" + d.name() + "' is given more than once");
      }
    }
    return Inputs.build(
        f,
        () ->
            Friends.create(
                UnitReport.class,
                f.text("name"),
                f.integer("inScope"),
                f.integer("subject"),
                f.integer("notSubject"),
                countsByName(f, "exemptByReason", LeaveKind.class),
                f.integer("exempt"),
                f.integer("evaluated"),
                f.integer("compliant"),
                f.integer("nonCompliant"),
                countsByName(f, "nonCompliantBy", Hint.Binding.class),
                f.decimal("rate", UnitReport.RATE_SCALE),
                f.days("totalCredited"),
                f.decimal("averageCredited", UnitReport.AVERAGE_SCALE),
                f.optionalDays("minCredited"),
                f.decimal("medianCredited", UnitReport.AVERAGE_SCALE),
                f.optionalDays("maxCredited"),
                new TreeSet<>(f.list("hostUnits", (n, where) -> text(n, where, f))),
                departments));
  }

  static ObjectNode populationEvaluation(PopulationEvaluation p) {
    String record = "evaluation of " + p.policyName() + " " + p.period();
    ObjectNode o = Wire.object();
    o.put("policyName", p.policyName());
    o.set("period", Wire.range(p.period()));
    ArrayNode evaluations = o.putArray("evaluations");
    p.evaluations().values().forEach(e -> evaluations.add(evaluation(e)));
    o.set("findings", findings(p.findings(), record));
    o.set("unmatchedVisits", Inputs.visits(p.unmatchedVisits()));
    o.set("unmatchedLeaves", Inputs.leaves(p.unmatchedLeaves()));
    o.put("visitsOutsidePeriod", p.visitsOutsidePeriod());
    o.put("leavesOutsidePeriod", p.leavesOutsidePeriod());
    return o;
  }

  static PopulationEvaluation populationEvaluation(Fields fields) {
    Fields f = fields.as("population evaluation under " + Inputs.idOf(fields, "policyName"));
    Map<String, Evaluation> byId = new TreeMap<>();
    for (Evaluation e :
        f.list("evaluations", (n, where) -> evaluation(Fields.of(n, f.record() + ", " + where)))) {
      if (byId.put(e.officerId(), e) != null) {
        throw new IllegalArgumentException(
            f.record() + ": officer " + e.officerId() + " is evaluated more than once");
      }
    }
    return Inputs.build(
        f,
        () ->
            Friends.create(
                PopulationEvaluation.class,
                f.text("policyName"),
                f.range("period"),
                byId,
                findings(f, "findings"),
                Inputs.visits(f, "unmatchedVisits"),
                Inputs.leaves(f, "unmatchedLeaves"),
                f.integer("visitsOutsidePeriod"),
                f.integer("leavesOutsidePeriod")));
  }

  // --- comparisons of variants ---

  static ObjectNode comparison(ComparisonResult c, Map<String, Policy> bases) {
    Map<String, Policy> known = new LinkedHashMap<>(bases);
    ObjectNode o = Wire.object();
    o.put("unitName", c.unitName());
    o.set("baseline", PolicyForm.write(c.baseline(), known));
    known.putIfAbsent(c.baseline().name(), c.baseline());
    ArrayNode variants = o.putArray("variants");
    for (Policy v : c.variants()) {
      variants.add(PolicyForm.write(v, known));
      known.putIfAbsent(v.name(), v);
    }
    ObjectNode changes = o.putObject("parameterChanges");
    c.parameterChanges()
        .forEach(
            (name, list) -> {
              ArrayNode a = changes.putArray(name);
              list.forEach(x -> a.add(parameterChange(x)));
            });
    ObjectNode evaluations = o.putObject("evaluations");
    c.evaluations().forEach((name, e) -> evaluations.set(name, populationEvaluation(e)));
    ArrayNode officers = o.putArray("officers");
    for (OfficerComparison oc : c.officers()) {
      ObjectNode officer = officers.addObject();
      officer.put("officerId", oc.officerId());
      officer.put("officerName", oc.officerName());
      ObjectNode outcomes = officer.putObject("outcomes");
      oc.outcomes().forEach((name, x) -> outcomes.set(name, outcome(x)));
    }
    ArrayNode statusChanges = o.putArray("statusChanges");
    for (StatusChange s : c.statusChanges()) {
      ObjectNode change = statusChanges.addObject();
      change.put("officerId", s.officerId());
      change.put("officerName", s.officerName());
      change.put("variant", s.variant());
      change.set("baseline", outcome(s.baseline()));
      change.set("underVariant", outcome(s.underVariant()));
      ArrayNode reasons = change.putArray("reasons");
      s.reasons().forEach(r -> reasons.add(parameterChange(r)));
      change.put("attribution", s.attribution().name());
    }
    ObjectNode reports = o.putObject("reports");
    c.reports().forEach((name, r) -> reports.set(name, unitReport(r)));
    return o;
  }

  static ComparisonResult comparison(Fields fields, Map<String, Policy> bases) {
    Fields f = fields.as("comparison of " + Inputs.idOf(fields, "unitName"));
    Map<String, Policy> known = new LinkedHashMap<>(bases);
    Policy baseline = PolicyForm.read(f.object("baseline", f.record() + ", baseline"), known);
    List<Policy> variants =
        f.list(
            "variants",
            (n, where) -> PolicyForm.read(Fields.of(n, f.record() + ", " + where), known));
    Map<String, List<ParameterChange>> changes = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : f.entries("parameterChanges")) {
      Fields holder = Fields.of(Wire.object().set("changes", e.getValue()), f.record());
      changes.put(
          e.getKey(),
          holder.list(
              "changes",
              (n, where) ->
                  parameterChange(
                      Fields.of(n, f.record() + ", changes of " + e.getKey() + ", " + where))));
    }
    Map<String, PopulationEvaluation> evaluations = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : f.entries("evaluations")) {
      evaluations.put(
          e.getKey(),
          populationEvaluation(
              Fields.of(e.getValue(), f.record() + ", evaluation under " + e.getKey())));
    }
    List<OfficerComparison> officers =
        f.list(
            "officers", (n, where) -> officerComparison(Fields.of(n, f.record() + ", " + where)));
    List<StatusChange> statusChanges =
        f.list(
            "statusChanges", (n, where) -> statusChange(Fields.of(n, f.record() + ", " + where)));
    Map<String, UnitReport> reports = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : f.entries("reports")) {
      reports.put(
          e.getKey(),
          unitReport(Fields.of(e.getValue(), f.record() + ", report under " + e.getKey())));
    }
    return Inputs.build(
        f,
        () ->
            Friends.create(
                ComparisonResult.class,
                f.text("unitName"),
                baseline,
                variants,
                changes,
                evaluations,
                officers,
                statusChanges,
                reports));
  }

  private static ObjectNode parameterChange(ParameterChange c) {
    ObjectNode o = Wire.object();
    o.put("parameter", c.parameter().key());
    o.put("before", c.before());
    o.put("after", c.after());
    o.set("citation", Wire.citation(c.citation()));
    return o;
  }

  private static ParameterChange parameterChange(Fields f) {
    String key = f.text("parameter");
    Parameter<?> p =
        Parameter.forKey(key)
            .orElseThrow(() -> f.bad("parameter", f.get("parameter"), "belongs to no parameter"));
    return Inputs.build(
        f,
        () ->
            Friends.create(
                ParameterChange.class,
                p,
                f.text("before"),
                f.text("after"),
                f.citation("citation")));
  }

  private static ObjectNode outcome(Outcome x) {
    ObjectNode o = Wire.object();
    o.put("policyName", x.policyName());
    o.set("period", Wire.range(x.period()));
    o.put("status", x.status().name());
    o.set("required", Wire.days(x.required()));
    o.set("credited", Wire.days(x.credited()));
    return o;
  }

  private static Outcome outcome(Fields f) {
    return Inputs.build(
        f,
        () ->
            Friends.create(
                Outcome.class,
                f.text("policyName"),
                f.range("period"),
                f.enumValue("status", Status.class),
                f.days("required"),
                f.days("credited")));
  }

  private static OfficerComparison officerComparison(Fields fields) {
    Fields f = fields.as("comparison of officer " + Inputs.idOf(fields, "officerId"));
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : f.entries("outcomes")) {
      outcomes.put(
          e.getKey(), outcome(Fields.of(e.getValue(), f.record() + ", under " + e.getKey())));
    }
    return Inputs.build(
        f,
        () ->
            Friends.create(
                OfficerComparison.class, f.text("officerId"), f.text("officerName", ""), outcomes));
  }

  private static StatusChange statusChange(Fields fields) {
    Fields f = fields.as("status change of officer " + Inputs.idOf(fields, "officerId"));
    return Inputs.build(
        f,
        () ->
            Friends.create(
                StatusChange.class,
                f.text("officerId"),
                f.text("officerName", ""),
                f.text("variant"),
                outcome(f.object("baseline", f.record() + ", baseline")),
                outcome(f.object("underVariant", f.record() + ", underVariant")),
                f.list(
                    "reasons",
                    (n, where) -> parameterChange(Fields.of(n, f.record() + ", " + where))),
                f.enumValue("attribution", StatusChange.Attribution.class)));
  }
}
