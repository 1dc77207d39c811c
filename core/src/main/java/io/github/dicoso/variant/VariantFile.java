package io.github.dicoso.variant;

import static java.util.Objects.requireNonNull;

import io.github.dicoso.Citation;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.internal.Spelling;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Variant files: a {@link Policy} as plain {@code .properties} text, so that staff can try a
 * variant without code. Every key, its type and its national default come from the {@link
 * Parameter} descriptors and are listed in {@code docs/variant-file.md}. In short:
 *
 * <pre>
 * name = hau-giang-trial
 * base = national-2018
 * document = 17-HD/TĐTN-TCKT, 2018-08-02, Tỉnh đoàn Hậu Giang
 * required-days = 30
 * host-level-minimum.BRANCH = 10
 * </pre>
 *
 * <ul>
 *   <li>A file with a {@code base} starts from that policy (looked up by name, by default among
 *       {@link Policies#all()}) and changes the parameters it gives; a file without a base must
 *       give every parameter that cannot be empty.
 *   <li>{@code document} is the issuing document as {@code number, date, issuer} (date ISO {@code
 *       2018-08-02} or Vietnamese {@code 2/8/2018}, either may be left out); {@code
 *       document.authority} ({@code PROVINCIAL} by default in a file with a base, {@code NATIONAL}
 *       without) and {@code document.provision} complete it. A file without a document is a draft:
 *       the parameters it changes cite {@link Citation#draft(String)}.
 *   <li>Every parameter the file gives is cited by the document, unless a {@code citation.KEY}
 *       entry (same form as {@code document}, with the same sub-keys) cites it otherwise; the
 *       parameters the file does not give keep the base's citations.
 *   <li>{@code none} empties an optional value, a set or the quarterly targets.
 *   <li>Unknown keys, bad values, keys given twice and unknown bases are errors that name the line,
 *       the key and the value, and for unknown keys and bases the nearest valid one.
 * </ul>
 *
 * <p>{@link #write(Policy)} writes a policy so that {@link #parse(CharSequence)} reads back an
 * equal policy, citations included.
 *
 * <p>This class does no I/O of its own: it reads from a {@link Reader} the caller opens (as UTF-8)
 * and writes to a string. It is stateless and thread-safe.
 */
public final class VariantFile {
  private static final String NAME = "name";
  private static final String BASE = "base";
  private static final String DOCUMENT = "document";
  private static final String CITATION = "citation";
  private static final List<String> CITATION_FIELDS =
      List.of("number", "date", "issuer", "authority", "provision");
  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
  private static final List<String> KEYS = buildKeys();

  private VariantFile() {}

  /**
   * {@return every key a variant file may hold: {@code name}, {@code base}, {@code document} and
   * its sub-keys, each parameter's key, and {@code citation.KEY} with its sub-keys}
   */
  public static List<String> keys() {
    return KEYS;
  }

  /**
   * Reads a variant file, looking bases up among {@link Policies#all()}.
   *
   * @param reader the file's text, opened and closed by the caller
   * @return the policy
   * @throws IOException if the reader fails
   * @throws IllegalArgumentException naming the line, the key and the value of the first error
   */
  public static Policy read(Reader reader) throws IOException {
    return read(reader, knownBases());
  }

  /**
   * Reads a variant file, looking bases up by name in {@code bases}.
   *
   * @param reader the file's text, opened and closed by the caller
   * @param bases the policies a variant may name as its base, by name
   * @return the policy
   * @throws IOException if the reader fails
   * @throws IllegalArgumentException naming the line, the key and the value of the first error
   */
  public static Policy read(Reader reader, Map<String, Policy> bases) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[4096];
    for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
      text.append(buffer, 0, n);
    }
    return parse(text, bases);
  }

  /**
   * Parses the text of a variant file, looking bases up among {@link Policies#all()}.
   *
   * @param text the file's text
   * @return the policy
   * @throws IllegalArgumentException naming the line, the key and the value of the first error
   */
  public static Policy parse(CharSequence text) {
    return parse(text, knownBases());
  }

  /**
   * Parses the text of a variant file, looking bases up by name in {@code bases}.
   *
   * @param text the file's text
   * @param bases the policies a variant may name as its base, by name
   * @return the policy
   * @throws IllegalArgumentException naming the line, the key and the value of the first error
   */
  public static Policy parse(CharSequence text, Map<String, Policy> bases) {
    return new Parse(PropertiesLines.parse(requireNonNull(text, "text").toString()), bases)
        .policy();
  }

  /**
   * Writes {@code policy} as a variant file; its base, if it names one, is looked up among {@link
   * Policies#all()}.
   *
   * @param policy the policy
   * @return the file's text
   * @throws IllegalArgumentException if the policy names a base that is not known
   */
  public static String write(Policy policy) {
    return write(policy, knownBases());
  }

  /**
   * Writes {@code policy} as a variant file: as its differences from its base, looked up in {@code
   * bases}, or in full when it has no base.
   *
   * @param policy the policy
   * @param bases the policies a variant may name as its base, by name
   * @return the file's text
   * @throws IllegalArgumentException if the policy names a base that {@code bases} lacks
   */
  public static String write(Policy policy, Map<String, Policy> bases) {
    return new Write(requireNonNull(policy, "policy"), bases).text();
  }

  private static Map<String, Policy> knownBases() {
    Map<String, Policy> bases = new LinkedHashMap<>();
    Policies.all().forEach(p -> bases.put(p.name(), p));
    return bases;
  }

  private static List<String> buildKeys() {
    List<String> keys = new ArrayList<>(List.of(NAME, BASE, DOCUMENT));
    CITATION_FIELDS.forEach(f -> keys.add(DOCUMENT + "." + f));
    Parameter.all().forEach(p -> keys.add(p.key()));
    for (Parameter<?> p : Parameter.all()) {
      keys.add(CITATION + "." + p.key());
      CITATION_FIELDS.forEach(f -> keys.add(CITATION + "." + p.key() + "." + f));
    }
    return List.copyOf(keys);
  }

  private static IllegalArgumentException bad(PropertiesLines.Entry e, @Nullable String reason) {
    return new IllegalArgumentException(
        "variant file line "
            + e.line
            + ": key '"
            + e.key
            + "', value '"
            + e.value
            + "': "
            + reason);
  }

  /** One reading of one file. */
  private static final class Parse {
    private final List<PropertiesLines.Entry> entries;
    private final Map<String, Policy> bases;
    private final Map<String, PropertiesLines.Entry> seen = new HashMap<>();
    private PropertiesLines.@Nullable Entry name;
    private PropertiesLines.@Nullable Entry base;
    private final Map<String, CitationSpec> citations = new LinkedHashMap<>();
    private final Map<Parameter<?>, PropertiesLines.Entry> values = new LinkedHashMap<>();

    Parse(List<PropertiesLines.Entry> entries, Map<String, Policy> bases) {
      this.entries = entries;
      this.bases = bases;
    }

    Policy policy() {
      entries.forEach(this::classify);
      if (name == null) {
        throw new IllegalArgumentException(
            "variant file: no 'name' key; every variant needs a name");
      }
      Policy basePolicy = base == null ? null : resolveBase(base);
      Citation.Authority defaultAuthority =
          basePolicy == null ? Citation.Authority.NATIONAL : Citation.Authority.PROVINCIAL;
      CitationSpec documentSpec = citations.get(DOCUMENT);
      Optional<Citation> document =
          Optional.ofNullable(documentSpec).map(d -> d.citation(defaultAuthority));
      Policy.Builder builder = basePolicy == null ? Policy.builder() : Policy.variantOf(basePolicy);
      builder.name(name.value);
      document.ifPresent(builder::document);
      List<String> missing = new ArrayList<>();
      for (Parameter<?> p : Parameter.all()) {
        PropertiesLines.Entry e = values.get(p);
        if (e != null) {
          set(builder, p, e);
        } else if (basePolicy == null) {
          if (p.mayBeEmpty()) {
            setText(builder, p, "none");
          } else {
            missing.add(p.key());
          }
        }
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "variant file: no 'base', so every parameter must be given; missing: "
                + String.join(", ", missing));
      }
      Citation.Authority citedAuthority =
          document.map(Citation::authority).orElse(defaultAuthority);
      for (Parameter<?> p : Parameter.all()) {
        CitationSpec spec = citations.get(CITATION + "." + p.key());
        if (spec != null) {
          builder.cite(p, spec.citation(citedAuthority));
        }
      }
      try {
        return builder.build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new IllegalArgumentException("variant file: " + e.getMessage(), e);
      }
    }

    private static <T> void set(Policy.Builder builder, Parameter<T> p, PropertiesLines.Entry e) {
      T value;
      try {
        value = p.parse(e.value);
      } catch (IllegalArgumentException | DateTimeException ex) {
        throw bad(e, ex.getMessage());
      }
      builder.set(p, value);
    }

    private static <T> void setText(Policy.Builder builder, Parameter<T> p, String text) {
      builder.set(p, p.parse(text));
    }

    private void classify(PropertiesLines.Entry e) {
      String key = e.key;
      Optional<Parameter<?>> parameter = Parameter.forKey(key);
      String canonical = parameter.map(Parameter::key).orElse(key);
      PropertiesLines.Entry first = seen.putIfAbsent(canonical, e);
      if (first != null) {
        throw new IllegalArgumentException(
            "variant file line "
                + e.line
                + ": key '"
                + key
                + "' (value '"
                + e.value
                + "') is given again; it was first given on line "
                + first.line);
      }
      if (key.equals(NAME)) {
        name = e;
      } else if (key.equals(BASE)) {
        base = e;
      } else if (key.equals(DOCUMENT) || key.startsWith(DOCUMENT + ".")) {
        citationField(DOCUMENT, key.substring(DOCUMENT.length()), e);
      } else if (key.startsWith(CITATION + ".")) {
        String rest = key.substring(CITATION.length() + 1);
        for (Parameter<?> p : Parameter.all()) {
          String prefix = p.key();
          if (rest.equalsIgnoreCase(prefix) || startsWithIgnoringCase(rest, prefix + ".")) {
            String field = rest.substring(prefix.length());
            if (field.isEmpty() || CITATION_FIELDS.contains(field.substring(1))) {
              citationField(CITATION + "." + p.key(), field, e);
              return;
            }
          }
        }
        throw unknownKey(e);
      } else if (parameter.isPresent()) {
        values.put(parameter.get(), e);
      } else {
        throw unknownKey(e);
      }
    }

    private static boolean startsWithIgnoringCase(String s, String prefix) {
      return s.regionMatches(true, 0, prefix, 0, prefix.length());
    }

    private void citationField(String prefix, String field, PropertiesLines.Entry e) {
      if (!field.isEmpty() && !CITATION_FIELDS.contains(field.substring(1))) {
        throw unknownKey(e);
      }
      citations
          .computeIfAbsent(prefix, CitationSpec::new)
          .add(field.isEmpty() ? "" : field.substring(1), e);
    }

    private IllegalArgumentException unknownKey(PropertiesLines.Entry e) {
      return new IllegalArgumentException(
          "variant file line "
              + e.line
              + ": unknown key '"
              + e.key
              + "' (value '"
              + e.value
              + "')"
              + Spelling.suggestion(e.key, KEYS));
    }

    private Policy resolveBase(PropertiesLines.Entry e) {
      Policy policy = bases.get(e.value);
      if (policy == null) {
        throw bad(
            e,
            "no base policy of that name"
                + Spelling.suggestion(e.value, bases.keySet())
                + " (known: "
                + String.join(", ", bases.keySet())
                + ")");
      }
      return policy;
    }
  }

  /** The parts of one citation as the file gives them, each with its entry. */
  private static final class CitationSpec {
    private final String prefix;
    private final Map<String, PropertiesLines.Entry> fields = new LinkedHashMap<>();

    CitationSpec(String prefix) {
      this.prefix = prefix;
    }

    void add(String field, PropertiesLines.Entry e) {
      fields.put(field, e);
    }

    Citation citation(Citation.Authority defaultAuthority) {
      PropertiesLines.Entry shorthand = fields.get("");
      Citation.Builder builder = Citation.builder();
      if (shorthand != null) {
        for (String f : List.of("number", "date", "issuer")) {
          PropertiesLines.Entry conflicting = fields.get(f);
          if (conflicting != null) {
            throw bad(
                conflicting,
                "'"
                    + prefix
                    + "' on line "
                    + shorthand.line
                    + " already gives the "
                    + f
                    + "; give either '"
                    + prefix
                    + " = number, date, issuer' or its parts");
          }
        }
        String[] parts = shorthand.value.split(",", 3);
        String number = parts[0].trim();
        if (number.isEmpty()) {
          throw bad(shorthand, "the document number is empty; write 'number, date, issuer'");
        }
        builder.document(number);
        if (parts.length > 1 && !parts[1].trim().isEmpty()) {
          builder.date(date(shorthand, parts[1].trim()));
        }
        if (parts.length > 2 && !parts[2].trim().isEmpty()) {
          builder.issuer(parts[2].trim());
        }
      } else {
        PropertiesLines.Entry number = fields.get("number");
        if (number == null) {
          PropertiesLines.Entry any = fields.values().iterator().next();
          throw bad(
              any,
              "no '"
                  + prefix
                  + "' nor '"
                  + prefix
                  + ".number' gives the document it"
                  + " belongs to");
        }
        builder.document(number.value);
        PropertiesLines.Entry d = fields.get("date");
        if (d != null) {
          builder.date(date(d, d.value.trim()));
        }
        PropertiesLines.Entry issuer = fields.get("issuer");
        if (issuer != null) {
          builder.issuer(issuer.value);
        }
      }
      PropertiesLines.Entry authority = fields.get("authority");
      builder.authority(
          authority == null ? defaultAuthority : authority(authority, authority.value.trim()));
      PropertiesLines.Entry provision = fields.get("provision");
      if (provision != null) {
        builder.provision(provision.value);
      }
      try {
        return builder.build();
      } catch (IllegalArgumentException e) {
        throw bad(
            shorthand != null ? shorthand : fields.values().iterator().next(), e.getMessage());
      }
    }

    private static Citation.Authority authority(PropertiesLines.Entry e, String text) {
      for (Citation.Authority a : Citation.Authority.values()) {
        if (a.name().equalsIgnoreCase(text)) {
          return a;
        }
      }
      List<String> names = new ArrayList<>();
      for (Citation.Authority a : Citation.Authority.values()) {
        names.add(a.name());
      }
      throw bad(
          e,
          "'"
              + text
              + "' is not one of "
              + String.join(", ", names)
              + Spelling.suggestion(text, names));
    }

    private static LocalDate date(PropertiesLines.Entry e, String text) {
      try {
        return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
      } catch (DateTimeException ex) {
        throw bad(e, "'" + text + "' is not a date such as 2018-08-02 or 2/8/2018");
      }
    }
  }

  /** One writing of one policy. */
  private static final class Write {
    private final Policy policy;
    private final @Nullable Policy base;
    private final StringBuilder out = new StringBuilder();

    Write(Policy policy, Map<String, Policy> bases) {
      this.policy = policy;
      this.base =
          policy
              .base()
              .map(
                  name -> {
                    Policy b = bases.get(name);
                    if (b == null) {
                      throw new IllegalArgumentException(
                          "variant file: policy "
                              + policy.name()
                              + " names base '"
                              + name
                              + "', which is not among the known bases ("
                              + String.join(", ", bases.keySet())
                              + "); pass its base to write(policy, bases)");
                    }
                    return b;
                  })
              .orElse(null);
    }

    String text() {
      out.append("# dicoso variant file (docs/variant-file.md)\n");
      line(NAME, policy.name());
      policy.base().ifPresent(b -> line(BASE, b));
      Citation.Authority defaultAuthority =
          base == null ? Citation.Authority.NATIONAL : Citation.Authority.PROVINCIAL;
      policy.document().ifPresent(d -> citation(DOCUMENT, d, defaultAuthority));
      out.append('\n');
      Citation setBy = policy.document().orElse(Citation.draft(policy.name()));
      // the authority a citation.KEY entry gets when it names none, as the reader gives it
      Citation.Authority citedAuthority =
          policy.document().map(Citation::authority).orElse(defaultAuthority);
      for (Parameter<?> p : Parameter.all()) {
        Citation cited = policy.citation(p);
        if (base != null && base.get(p).equals(policy.get(p)) && base.citation(p).equals(cited)) {
          continue;
        }
        parameter(p);
        if (!cited.equals(setBy)) {
          citation(CITATION + "." + p.key(), cited, citedAuthority);
        }
      }
      return out.toString();
    }

    private <T> void parameter(Parameter<T> p) {
      line(p.key(), p.format(policy.get(p)));
    }

    private void citation(String prefix, Citation c, Citation.Authority defaultAuthority) {
      boolean shorthand =
          !c.document().isEmpty()
              && c.document().equals(c.document().trim())
              && !c.document().contains(",")
              && c.issuer().map(i -> !i.isEmpty() && i.equals(i.trim())).orElse(true)
              && !hasLineBreak(c.document())
              && !c.issuer().map(VariantFile::hasLineBreak).orElse(false);
      if (shorthand) {
        String date = c.date().map(LocalDate::toString).orElse("");
        String text =
            c.document()
                + (c.issuer().isPresent()
                    ? ", " + date + ", " + c.issuer().get()
                    : date.isEmpty() ? "" : ", " + date);
        line(prefix, text);
      } else {
        line(prefix + ".number", c.document());
        c.date().ifPresent(d -> line(prefix + ".date", d.toString()));
        c.issuer().ifPresent(i -> line(prefix + ".issuer", i));
      }
      if (c.authority() != defaultAuthority) {
        line(prefix + ".authority", c.authority().name());
      }
      if (!c.provision().isEmpty()) {
        line(prefix + ".provision", c.provision());
      }
    }

    private void line(String key, String value) {
      out.append(key).append(" = ").append(PropertiesLines.escapeValue(value)).append('\n');
    }
  }

  private static boolean hasLineBreak(String s) {
    return s.chars().anyMatch(Character::isISOControl);
  }
}
