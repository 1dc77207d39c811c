package io.github.dicoso.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.dicoso.Citation;
import io.github.dicoso.Days;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import org.threeten.extra.LocalDateRange;

/**
 * The fields of one stored record (a JSON object), read with errors that name the record, the field
 * and the value: {@code visit V-7: field "start": "2019-13-01" is not an ISO date (2019-03-18)}.
 *
 * <p>Instances are confined to one reading.
 */
final class Fields {
  private final JsonNode node;
  private final String record;

  private Fields(JsonNode node, String record) {
    this.node = node;
    this.record = record;
  }

  /** The fields of {@code node}, which must be a JSON object, as the record {@code record}. */
  static Fields of(JsonNode node, String record) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(
          record + ": expected a JSON object, found " + describe(node));
    }
    return new Fields(node, record);
  }

  /** {@return the record's name, as errors give it} */
  String record() {
    return record;
  }

  /** The same fields, named {@code newRecord} in errors (once the record's id is known). */
  Fields as(String newRecord) {
    return new Fields(node, newRecord);
  }

  /** {@return whether the field is present and not null} */
  boolean has(String field) {
    JsonNode v = node.get(field);
    return v != null && !v.isNull();
  }

  /** The field's value, required. */
  JsonNode get(String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException(record + ": field \"" + field + "\" is missing");
    }
    return v;
  }

  /** The field's value, if present and not null. */
  Optional<JsonNode> optional(String field) {
    return has(field) ? Optional.of(node.get(field)) : Optional.empty();
  }

  /** The field as an object's fields, required. */
  Fields object(String field, String nestedRecord) {
    JsonNode v = get(field);
    if (!v.isObject()) {
      throw bad(field, v, "is not a JSON object");
    }
    return new Fields(v, nestedRecord);
  }

  String text(String field) {
    JsonNode v = get(field);
    if (!v.isTextual()) {
      throw bad(field, v, "is not a string");
    }
    return v.textValue();
  }

  String text(String field, String absent) {
    return has(field) ? text(field) : absent;
  }

  Optional<String> optionalText(String field) {
    return has(field) ? Optional.of(text(field)) : Optional.empty();
  }

  boolean bool(String field) {
    JsonNode v = get(field);
    if (!v.isBoolean()) {
      throw bad(field, v, "is not true or false");
    }
    return v.booleanValue();
  }

  boolean bool(String field, boolean absent) {
    return has(field) ? bool(field) : absent;
  }

  int integer(String field) {
    JsonNode v = get(field);
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      throw bad(field, v, "is not a whole number");
    }
    return v.intValue();
  }

  long longValue(String field) {
    JsonNode v = get(field);
    if (!v.isIntegralNumber() || !v.canConvertToLong()) {
      throw bad(field, v, "is not a whole number");
    }
    return v.longValue();
  }

  /** A decimal at {@code scale} places, as a report writes it ({@code 0.6667} at scale 4). */
  Optional<BigDecimal> decimal(String field, int scale) {
    if (!has(field)) {
      return Optional.empty();
    }
    JsonNode v = get(field);
    return Optional.of(Wire.decimal(v, scale, "field \"" + field + "\"", record));
  }

  LocalDate date(String field) {
    return Wire.date(get(field), "field \"" + field + "\"", record);
  }

  Optional<LocalDate> optionalDate(String field) {
    return has(field) ? Optional.of(date(field)) : Optional.empty();
  }

  LocalDateRange range(String field) {
    return Wire.range(get(field), "field \"" + field + "\"", record);
  }

  List<LocalDateRange> ranges(String field) {
    return list(field, (n, where) -> Wire.range(n, where, record));
  }

  Days days(String field) {
    return Wire.days(get(field), "field \"" + field + "\"", record);
  }

  Optional<Days> optionalDays(String field) {
    return has(field) ? Optional.of(days(field)) : Optional.empty();
  }

  Citation citation(String field) {
    return Wire.citation(object(field, record + ", " + field));
  }

  <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    JsonNode v = get(field);
    return Wire.enumValue(v, type, "field \"" + field + "\"", record);
  }

  /**
   * The elements of the array field, each read by {@code element} given the element's node and
   * where it is ({@code field "visits", element 3}); an absent field is an empty list.
   */
  <T> List<T> list(String field, BiFunction<JsonNode, String, T> element) {
    if (!has(field)) {
      return List.of();
    }
    JsonNode v = get(field);
    if (!v.isArray()) {
      throw bad(field, v, "is not a JSON array");
    }
    List<T> out = new ArrayList<>(v.size());
    for (int i = 0; i < v.size(); i++) {
      out.add(element.apply(v.get(i), "field \"" + field + "\", element " + (i + 1)));
    }
    return out;
  }

  /** The names and values of the object field, in order; an absent field has none. */
  List<Map.Entry<String, JsonNode>> entries(String field) {
    if (!has(field)) {
      return List.of();
    }
    JsonNode v = get(field);
    if (!v.isObject()) {
      throw bad(field, v, "is not a JSON object");
    }
    return new ArrayList<>(v.properties());
  }

  IllegalArgumentException bad(String field, JsonNode value, String why) {
    return bad(record, "field \"" + field + "\"", value, why);
  }

  static IllegalArgumentException bad(String record, String where, JsonNode value, String why) {
    return new IllegalArgumentException(record + ": " + where + ": " + describe(value) + " " + why);
  }

  static String describe(JsonNode value) {
    String text = value.toString();
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }

  /** The names of {@code type}'s constants, for errors. */
  static String names(Class<? extends Enum<?>> type) {
    return String.join(
        ", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new));
  }
}
