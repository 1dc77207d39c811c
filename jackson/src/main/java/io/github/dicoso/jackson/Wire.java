package io.github.dicoso.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.threeten.extra.LocalDateRange;

/**
 * The wire forms of the values every document uses: days are a JSON number ({@code 59.5}), dates
 * ISO strings, closed ranges {@code {"start": ..., "end": ...}} with both ends inclusive, enum
 * constants by name, citations objects.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Wire {
  static final JsonNodeFactory NODES = new JsonNodeFactory(true);
  private static final BigDecimal TWO = BigDecimal.valueOf(2);

  private Wire() {}

  static ObjectNode object() {
    return NODES.objectNode();
  }

  static ArrayNode array() {
    return NODES.arrayNode();
  }

  // --- writing ---

  static JsonNode days(Days days) {
    long halves = days.halves();
    return halves % 2 == 0
        ? NODES.numberNode(halves / 2)
        : NODES.numberNode(BigDecimal.valueOf(halves).divide(TWO));
  }

  static JsonNode date(LocalDate date) {
    return NODES.textNode(date.toString());
  }

  static ObjectNode range(LocalDateRange range) {
    if (range.isUnboundedStart() || range.isUnboundedEnd()) {
      throw new IllegalArgumentException("range " + range + " is unbounded; only closed ranges");
    }
    ObjectNode o = object();
    o.put("start", range.getStart().toString());
    o.put("end", range.getEndInclusive().toString());
    return o;
  }

  static ArrayNode ranges(Collection<LocalDateRange> ranges) {
    ArrayNode a = array();
    ranges.forEach(r -> a.add(range(r)));
    return a;
  }

  static ArrayNode names(Collection<? extends Enum<?>> constants) {
    ArrayNode a = array();
    constants.forEach(c -> a.add(c.name()));
    return a;
  }

  static ArrayNode texts(Collection<String> texts) {
    ArrayNode a = array();
    texts.forEach(a::add);
    return a;
  }

  static ObjectNode daysByName(Map<? extends Enum<?>, Days> map) {
    ObjectNode o = object();
    map.forEach((k, v) -> o.set(k.name(), days(v)));
    return o;
  }

  static ObjectNode countsByName(Map<? extends Enum<?>, Integer> map) {
    ObjectNode o = object();
    map.forEach((k, v) -> o.put(k.name(), v));
    return o;
  }

  static ObjectNode citation(Citation c) {
    ObjectNode o = object();
    o.put("authority", c.authority().name());
    o.put("document", c.document());
    c.date().ifPresent(d -> o.put("date", d.toString()));
    c.issuer().ifPresent(i -> o.put("issuer", i));
    o.put("provision", c.provision());
    return o;
  }

  static ArrayNode citations(List<Citation> citations) {
    ArrayNode a = array();
    citations.forEach(c -> a.add(citation(c)));
    return a;
  }

  static void putOptional(ObjectNode o, String field, Optional<? extends JsonNode> value) {
    value.ifPresent(v -> o.set(field, v));
  }

  // --- reading ---

  static Days days(JsonNode v, String where, String record) {
    if (!v.isNumber()) {
      throw Fields.bad(record, where, v, "is not a number of days (59.5)");
    }
    BigDecimal halves = v.decimalValue().multiply(TWO);
    if (halves.signum() < 0 || halves.stripTrailingZeros().scale() > 0) {
      throw Fields.bad(record, where, v, "is not a whole or half number of days, at least 0");
    }
    try {
      return Days.ofHalves(halves.longValueExact());
    } catch (ArithmeticException e) {
      throw Fields.bad(record, where, v, "is too large a number of days");
    }
  }

  static LocalDate date(JsonNode v, String where, String record) {
    if (v.isTextual()) {
      try {
        return LocalDate.parse(v.textValue());
      } catch (DateTimeException e) {
        // reported below
      }
    }
    throw Fields.bad(record, where, v, "is not an ISO date (2019-03-18)");
  }

  static LocalDateRange range(JsonNode v, String where, String record) {
    if (!v.isObject()) {
      throw Fields.bad(
          record, where, v, "is not a closed range {\"start\": \"...\", \"end\": \"...\"}");
    }
    Fields f = Fields.of(v, record + ", " + where);
    LocalDate start = f.date("start");
    LocalDate end = f.date("end");
    if (end.isBefore(start)) {
      throw Fields.bad(record, where, v, "ends before it starts");
    }
    return LocalDateRange.ofClosed(start, end);
  }

  static <E extends Enum<E>> E enumValue(JsonNode v, Class<E> type, String where, String record) {
    if (v.isTextual()) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(v.textValue())) {
          return e;
        }
      }
    }
    throw Fields.bad(record, where, v, "is not one of " + Fields.names(type));
  }

  static BigDecimal decimal(JsonNode v, int scale, String where, String record) {
    if (!v.isNumber()) {
      throw Fields.bad(record, where, v, "is not a number");
    }
    try {
      return new BigDecimal(v.asText()).setScale(scale);
    } catch (ArithmeticException | NumberFormatException e) {
      throw Fields.bad(record, where, v, "is not a number of at most " + scale + " decimal places");
    }
  }

  static Citation citation(Fields f) {
    Citation.Builder b =
        Citation.builder()
            .authority(f.enumValue("authority", Citation.Authority.class))
            .document(f.text("document"))
            .provision(f.text("provision", ""));
    f.optionalDate("date").ifPresent(b::date);
    f.optionalText("issuer").ifPresent(b::issuer);
    try {
      return b.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new IllegalArgumentException(f.record() + ": " + e.getMessage(), e);
    }
  }

  static List<Citation> citations(Fields f, String field) {
    return f.list(field, (n, where) -> citation(Fields.of(n, f.record() + ", " + where)));
  }
}
