package io.github.dicoso.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.dicoso.Citation;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policy;
import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A policy in its variant form, as a variant file gives it ({@link
 * io.github.dicoso.variant.VariantFile}): the name, the base it derives from, the issuing document,
 * and the parameters it changes from the base (every parameter, when it has no base), each with its
 * citation where that is not the document's.
 *
 * <pre>{@code
 * {"name": "hau-giang-trial", "base": "national-2018",
 *  "document": {"authority": "PROVINCIAL", "document": "17-HD/TĐTN-TCKT", ...},
 *  "parameters": {"required-days": 30, "subject-levels": "CENTRAL,PROVINCIAL"},
 *  "citations": {}}
 * }</pre>
 *
 * <p>A value is the variant file's text for the parameter, except that a number or {@code
 * true}/{@code false} is a JSON number or boolean. A policy reads back equal, citations included.
 *
 * <p>This class is stateless and thread-safe.
 */
final class PolicyForm {
  private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  private PolicyForm() {}

  static ObjectNode write(Policy policy, Map<String, Policy> bases) {
    Policy base =
        policy
            .base()
            .map(
                name -> {
                  Policy b = bases.get(name);
                  if (b == null) {
                    throw new IllegalArgumentException(
                        "policy "
                            + policy.name()
                            + " names base '"
                            + name
                            + "', which is not among the known bases ("
                            + String.join(", ", bases.keySet())
                            + "); register it with DicosoModule.withBases");
                  }
                  return b;
                })
            .orElse(null);
    ObjectNode o = Wire.object();
    o.put("name", policy.name());
    policy.base().ifPresent(b -> o.put("base", b));
    policy.document().ifPresent(d -> o.set("document", Wire.citation(d)));
    Citation setBy = policy.document().orElse(Citation.draft(policy.name()));
    ObjectNode parameters = o.putObject("parameters");
    ObjectNode citations = o.putObject("citations");
    for (Parameter<?> p : Parameter.all()) {
      Citation cited = policy.citation(p);
      if (base != null && base.get(p).equals(policy.get(p)) && base.citation(p).equals(cited)) {
        continue;
      }
      parameters.set(p.key(), value(formatted(p, policy)));
      if (!cited.equals(setBy)) {
        citations.set(p.key(), Wire.citation(cited));
      }
    }
    return o;
  }

  private static <T> String formatted(Parameter<T> p, Policy policy) {
    return p.format(policy.get(p));
  }

  /** The variant file's text as JSON: a number or boolean as such, anything else a string. */
  private static JsonNode value(String text) {
    if (text.equals("true") || text.equals("false")) {
      return Wire.NODES.booleanNode(Boolean.parseBoolean(text));
    }
    if (NUMBER.matcher(text).matches()) {
      return Wire.NODES.numberNode(new BigDecimal(text));
    }
    return Wire.NODES.textNode(text);
  }

  /**
   * Reads a policy; its base, if it names one, is looked up in {@code bases}, and the policy read
   * is added to them, so that a later policy of the same document may derive from it.
   */
  static Policy read(Fields fields, Map<String, Policy> bases) {
    String name = fields.text("name");
    Fields f = fields.as("policy " + name);
    Optional<String> baseName = f.optionalText("base");
    Policy.Builder b;
    if (baseName.isPresent()) {
      Policy base = bases.get(baseName.get());
      if (base == null) {
        throw Fields.bad(
            f.record(),
            "field \"base\"",
            f.get("base"),
            "is no known policy (known: "
                + String.join(", ", bases.keySet())
                + "); register it with DicosoModule.withBases");
      }
      b = Policy.variantOf(base);
    } else {
      b = Policy.builder();
    }
    b.name(name);
    if (f.has("document")) {
      b.document(f.citation("document"));
    }
    for (Map.Entry<String, JsonNode> e : f.entries("parameters")) {
      Parameter<?> p = parameter(f, "parameters", e.getKey(), e.getValue());
      set(b, p, e.getValue(), f);
    }
    for (Map.Entry<String, JsonNode> e : f.entries("citations")) {
      Parameter<?> p = parameter(f, "citations", e.getKey(), e.getValue());
      b.cite(p, Wire.citation(Fields.of(e.getValue(), f.record() + ", citation of " + e.getKey())));
    }
    Policy policy = Inputs.build(f, b::build);
    bases.putIfAbsent(policy.name(), policy);
    return policy;
  }

  private static Parameter<?> parameter(Fields f, String field, String key, JsonNode value) {
    return Parameter.forKey(key)
        .orElseThrow(
            () ->
                Fields.bad(
                    f.record(),
                    "field \"" + field + "\", key \"" + key + "\"",
                    value,
                    "belongs to no parameter (docs/variant-file.md lists them)"));
  }

  private static <T> void set(Policy.Builder b, Parameter<T> p, JsonNode value, Fields f) {
    String text;
    if (value.isTextual()) {
      text = value.textValue();
    } else if (value.isBoolean()) {
      text = String.valueOf(value.booleanValue());
    } else if (value.isNumber()) {
      text = value.decimalValue().stripTrailingZeros().toPlainString();
    } else {
      throw Fields.bad(
          f.record(), "parameter \"" + p.key() + "\"", value, "is not a string, number or boolean");
    }
    T parsed;
    try {
      parsed = p.parse(text);
    } catch (RuntimeException e) {
      throw Fields.bad(
          f.record(), "parameter \"" + p.key() + "\"", value, String.valueOf(e.getMessage()));
    }
    b.set(p, parsed);
  }
}
