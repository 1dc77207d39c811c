package io.github.dicoso.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import io.github.dicoso.LeaveLength;
import io.github.dicoso.ProRating;
import io.github.dicoso.RegistrationDeadline;
import io.github.dicoso.VisitDuringLeave;
import io.github.dicoso.accrual.Exclusion;
import io.github.dicoso.accrual.VisitEntry;
import io.github.dicoso.compliance.Hint;
import io.github.dicoso.compliance.ReportCheck;
import io.github.dicoso.compliance.Status;
import io.github.dicoso.compliance.StatusDecision;
import io.github.dicoso.compliance.Step;
import io.github.dicoso.eligibility.EligibilityReason;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.finding.Severity;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.requirement.LeaveOutcome;
import io.github.dicoso.schedule.PaceStatus;
import io.github.dicoso.schedule.PlanChecks;
import io.github.dicoso.schedule.PlanStatus;
import io.github.dicoso.variant.StatusChange;
import io.github.dicoso.variant.StraddleRule;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.threeten.extra.LocalDateRange;

/**
 * The facts of explanation steps and findings, which are typed values by name, as JSON: each fact
 * is {@code {"type": ..., "value": ...}}, so that it reads back as the same Java value ({@code
 * Days} and not a number, {@code Long} and not {@code Integer}, a {@code HostLevel} and not a
 * string).
 *
 * <table>
 *   <caption>Fact types</caption>
 *   <tr><th>type</th><th>value</th></tr>
 *   <tr><td>{@code Days}</td><td>a number of days, {@code 59.5}</td></tr>
 *   <tr><td>{@code Integer}, {@code Long}</td><td>a whole number</td></tr>
 *   <tr><td>{@code Decimal}</td><td>a number, its scale kept</td></tr>
 *   <tr><td>{@code Boolean}, {@code String}</td><td>as JSON has them</td></tr>
 *   <tr><td>{@code LocalDate}</td><td>an ISO date</td></tr>
 *   <tr><td>{@code LocalDateRange}</td><td>a closed range</td></tr>
 *   <tr><td>an enum type, {@code HostLevel}, {@code Step.Outcome}</td><td>the constant's
 *       name</td></tr>
 *   <tr><td>{@code List<T>}, {@code Set<T>}</td><td>an array of values of type {@code T};
 *       {@code List} or {@code Set} alone when empty</td></tr>
 * </table>
 *
 * <p>This class is stateless and thread-safe.
 */
final class Facts {
  /** The enum types of core that a fact may hold, by the name the wire gives them. */
  private static final Map<String, Class<? extends Enum<?>>> ENUMS = enums();

  private Facts() {}

  private static Map<String, Class<? extends Enum<?>>> enums() {
    List<Class<? extends Enum<?>>> all =
        List.of(
            Citation.Authority.class,
            LeaveLength.class,
            ProRating.class,
            RegistrationDeadline.Anchor.class,
            VisitDuringLeave.class,
            Exclusion.class,
            VisitEntry.Outcome.class,
            Hint.Binding.class,
            ReportCheck.Outcome.class,
            Status.class,
            StatusDecision.Reason.class,
            Step.Outcome.class,
            Step.Rule.class,
            EligibilityReason.class,
            FindingCode.class,
            Severity.class,
            LeaveKind.class,
            Employment.class,
            Level.class,
            LeaveOutcome.class,
            PaceStatus.class,
            PlanChecks.Unapproved.class,
            PlanStatus.class,
            StatusChange.Attribution.class,
            StraddleRule.class,
            HostLevel.class,
            KindOfWork.class);
    Map<String, Class<? extends Enum<?>>> byName = new LinkedHashMap<>();
    all.forEach(c -> byName.put(enumName(c), c));
    return Collections.unmodifiableMap(byName);
  }

  /** {@code HostLevel}, {@code Step.Outcome}: the class name inside its package. */
  static String enumName(Class<?> type) {
    String name = type.getName();
    return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
  }

  static ObjectNode write(Map<String, Object> facts, String record) {
    ObjectNode o = Wire.object();
    facts.forEach(
        (name, value) -> {
          ObjectNode fact = o.putObject(name);
          String where = record + ": fact \"" + name + "\"";
          fact.put("type", type(value, where));
          fact.set("value", value(value, where));
        });
    return o;
  }

  private static String type(Object value, String where) {
    if (value instanceof Collection<?> c) {
      String kind = value instanceof Set<?> ? "Set" : "List";
      if (!(value instanceof Set<?>) && !(value instanceof List<?>)) {
        throw cannot(value, where);
      }
      if (c.isEmpty()) {
        return kind;
      }
      String element = type(c.iterator().next(), where);
      for (Object e : c) {
        if (!type(e, where).equals(element)) {
          throw new IllegalArgumentException(
              where + ": a collection of mixed types (" + value + ") cannot be stored");
        }
      }
      return kind + "<" + element + ">";
    }
    if (value instanceof Days) {
      return "Days";
    }
    if (value instanceof Integer) {
      return "Integer";
    }
    if (value instanceof Long) {
      return "Long";
    }
    if (value instanceof BigDecimal) {
      return "Decimal";
    }
    if (value instanceof Boolean) {
      return "Boolean";
    }
    if (value instanceof String) {
      return "String";
    }
    if (value instanceof LocalDate) {
      return "LocalDate";
    }
    if (value instanceof LocalDateRange) {
      return "LocalDateRange";
    }
    if (value instanceof Enum<?> e) {
      String name = enumName(e.getDeclaringClass());
      if (ENUMS.get(name) == e.getDeclaringClass()) {
        return name;
      }
    }
    throw cannot(value, where);
  }

  private static IllegalArgumentException cannot(Object value, String where) {
    return new IllegalArgumentException(
        where
            + ": a value of type "
            + value.getClass().getName()
            + " ("
            + value
            + ") cannot be stored");
  }

  private static JsonNode value(Object value, String where) {
    if (value instanceof Collection<?> c) {
      ArrayNode a = Wire.array();
      c.forEach(e -> a.add(value(e, where)));
      return a;
    }
    if (value instanceof Days d) {
      return Wire.days(d);
    }
    if (value instanceof Integer i) {
      return Wire.NODES.numberNode(i);
    }
    if (value instanceof Long l) {
      return Wire.NODES.numberNode(l);
    }
    if (value instanceof BigDecimal b) {
      return Wire.NODES.numberNode(b);
    }
    if (value instanceof Boolean b) {
      return Wire.NODES.booleanNode(b);
    }
    if (value instanceof String s) {
      return Wire.NODES.textNode(s);
    }
    if (value instanceof LocalDate d) {
      return Wire.date(d);
    }
    if (value instanceof LocalDateRange r) {
      return Wire.range(r);
    }
    if (value instanceof Enum<?> e) {
      return Wire.NODES.textNode(e.name());
    }
    throw cannot(value, where);
  }

  static Map<String, Object> read(Fields f, String field) {
    Map<String, Object> facts = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : f.entries(field)) {
      String where = "fact \"" + e.getKey() + "\"";
      Fields fact = Fields.of(e.getValue(), f.record() + ", " + where);
      facts.put(e.getKey(), read(fact.text("type"), fact.get("value"), fact.record()));
    }
    return facts;
  }

  private static Object read(String type, JsonNode v, String record) {
    String where = "value of type " + type;
    if (type.equals("List") || type.equals("Set")) {
      if (!v.isArray() || !v.isEmpty()) {
        throw Fields.bad(record, where, v, "is not an empty array");
      }
      return type.equals("List") ? List.of() : Set.of();
    }
    if ((type.startsWith("List<") || type.startsWith("Set<")) && type.endsWith(">")) {
      boolean list = type.startsWith("List<");
      String element = type.substring(list ? 5 : 4, type.length() - 1);
      if (!v.isArray()) {
        throw Fields.bad(record, where, v, "is not an array");
      }
      Collection<Object> out = list ? new ArrayList<>() : new LinkedHashSet<>();
      for (JsonNode e : v) {
        out.add(read(element, e, record));
      }
      return list
          ? Collections.unmodifiableList((List<Object>) out)
          : Collections.unmodifiableSet((Set<Object>) out);
    }
    return switch (type) {
      case "Days" -> Wire.days(v, where, record);
      case "Integer" -> {
        if (v.isIntegralNumber() && v.canConvertToInt()) {
          yield v.intValue();
        }
        throw Fields.bad(record, where, v, "is not a whole number");
      }
      case "Long" -> {
        if (v.isIntegralNumber() && v.canConvertToLong()) {
          yield v.longValue();
        }
        throw Fields.bad(record, where, v, "is not a whole number");
      }
      case "Decimal" -> {
        if (v.isNumber()) {
          yield new BigDecimal(v.asText());
        }
        throw Fields.bad(record, where, v, "is not a number");
      }
      case "Boolean" -> {
        if (v.isBoolean()) {
          yield v.booleanValue();
        }
        throw Fields.bad(record, where, v, "is not true or false");
      }
      case "String" -> {
        if (v.isTextual()) {
          yield v.textValue();
        }
        throw Fields.bad(record, where, v, "is not a string");
      }
      case "LocalDate" -> Wire.date(v, where, record);
      case "LocalDateRange" -> Wire.range(v, where, record);
      default -> {
        Class<? extends Enum<?>> e = ENUMS.get(type);
        if (e == null) {
          throw new IllegalArgumentException(
              record
                  + ": unknown fact type \""
                  + type
                  + "\" (known: Days, Integer, Long, Decimal,"
                  + " Boolean, String, LocalDate, LocalDateRange, List<T>, Set<T>, "
                  + String.join(", ", ENUMS.keySet())
                  + ")");
        }
        yield enumValue(v, e, where, record);
      }
    };
  }

  /** The constant of {@code type} named by {@code v}. */
  static Enum<?> enumValue(JsonNode v, Class<? extends Enum<?>> type, String where, String record) {
    if (v.isTextual()) {
      for (Enum<?> c : type.getEnumConstants()) {
        if (c.name().equals(v.textValue())) {
          return c;
        }
      }
    }
    throw Fields.bad(record, where, v, "is not one of " + Fields.names(type));
  }
}
