package io.github.dicoso.variant;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.dicoso.Citation;
import io.github.dicoso.CountingPeriod;
import io.github.dicoso.Days;
import io.github.dicoso.ExemptionRule;
import io.github.dicoso.ImmutableCitation;
import io.github.dicoso.ImmutablePolicy;
import io.github.dicoso.Policy;
import io.github.dicoso.PolicyParameter;
import io.github.dicoso.ProRating;
import io.github.dicoso.RegistrationDeadline;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Variant files: a {@link Policy} as plain {@code .properties} text, so that staff can try a
 * variant without code. The format, every key, its type and its national default are described in
 * {@code docs/variant-file.md}. In short:
 *
 * <pre>
 * name = Hau Giang 2020 (COVID year)
 * base = national-2018
 * document = 17-HD/TĐTN-TCKT, 2018-08-02, Tỉnh đoàn Hậu Giang
 * required-days = 30
 * host-level-minimum.BRANCH = 30
 * </pre>
 *
 * <ul>
 *   <li>A file with a {@code base} starts from that policy (looked up by name, by default among the
 *       {@linkplain Presets presets}) and changes the parameters it gives; a file without a base
 *       must give every parameter that has no empty value.
 *   <li>{@code document} is the issuing document as {@code number, date, issuer} (date ISO {@code
 *       2018-08-02} or Vietnamese {@code 2/8/2018}, either may be left out); {@code
 *       document.authority} ({@code PROVINCIAL} by default in a file with a base, {@code NATIONAL}
 *       without) and {@code document.provision} complete it. {@code document.number}, {@code
 *       document.date} and {@code document.issuer} may be given one by one instead.
 *   <li>Every parameter the file gives is cited by the document, unless a {@code citation.KEY}
 *       entry (same form as {@code document}, with the same sub-keys) cites it otherwise; the
 *       parameters the file does not give keep the base's citations.
 *   <li>Map parameters take one key per entry ({@code exemption.STUDY}, {@code
 *       host-level-minimum.BRANCH}, {@code kind-minimum.MEETING}); entries are merged into the
 *       base's map, and the value {@code none} removes one. {@code none} also empties an optional
 *       parameter, a set or the quarterly targets.
 *   <li>Unknown keys, bad values, keys given twice and unknown bases are errors that name the line,
 *       the key and the value, and for unknown keys and bases the nearest valid one.
 * </ul>
 *
 * <p>{@link #write(Policy)} writes a policy so that {@link #parse(CharSequence)} reads back an
 * equal policy, citations included: a policy with a known base is written as its differences from
 * the base (every parameter whose value or citation differs), one without a base in full. Values
 * are written trimmed of nothing: leading and trailing whitespace and control characters are
 * escaped.
 *
 * <p>This class does no I/O of its own: it reads from a {@link Reader} the caller opens (as UTF-8)
 * and writes to a string. It is stateless and thread-safe.
 */
public final class VariantFile {
  private static final String NAME = "name";
  private static final String BASE = "base";
  private static final String DOCUMENT = "document";
  private static final String CITATION = "citation";
  private static final String NONE = "none";
  private static final List<String> CITATION_FIELDS =
      ImmutableList.of("number", "date", "issuer", "authority", "provision");
  private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");

  /** Parameters that a file without a base may leave out: they default to empty. */
  private static final Set<PolicyParameter> MAY_BE_EMPTY =
      EnumSet.of(
          PolicyParameter.EXEMPTIONS,
          PolicyParameter.REPORT_DEADLINE_DAYS,
          PolicyParameter.HOST_LEVEL_MINIMUMS,
          PolicyParameter.KIND_MINIMUMS,
          PolicyParameter.REGISTRATION_DEADLINE,
          PolicyParameter.MAX_DELEGATIONS_PER_HOST_PER_WINDOW,
          PolicyParameter.QUARTERLY_TARGETS);

  private static final ImmutableList<String> KEYS = buildKeys();

  private VariantFile() {}

  /**
   * {@return every key a variant file may hold: {@code name}, {@code base}, {@code document} and
   * its sub-keys, each parameter's key (map parameters once per entry, e.g. {@code
   * host-level-minimum.BRANCH}), and {@code citation.KEY} with its sub-keys}
   */
  public static List<String> keys() {
    return KEYS;
  }

  /**
   * Reads a variant file, looking bases up among the {@linkplain Presets presets}.
   *
   * @param reader the file's text, opened and closed by the caller
   * @return the policy
   * @throws IOException if the reader fails
   * @throws IllegalArgumentException naming the line, the key and the value of the first error
   */
  public static Policy read(Reader reader) throws IOException {
    return read(reader, presetBases());
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
   * Parses the text of a variant file, looking bases up among the {@linkplain Presets presets}.
   *
   * @param text the file's text
   * @return the policy
   * @throws IllegalArgumentException naming the line, the key and the value of the first error
   */
  public static Policy parse(CharSequence text) {
    return parse(text, presetBases());
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
    return new Parse(PropertiesLines.parse(text.toString()), bases).policy();
  }

  /**
   * Writes {@code policy} as a variant file; its base, if it names one, is looked up among the
   * {@linkplain Presets presets}.
   *
   * @param policy the policy
   * @return the file's text
   * @throws IllegalArgumentException if the policy names a base that is not a preset
   */
  public static String write(Policy policy) {
    return write(policy, presetBases());
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
    return new Write(policy, bases).text();
  }

  // ---------------------------------------------------------------------------------------------
  // keys and values

  private static Map<String, Policy> presetBases() {
    ImmutableMap.Builder<String, Policy> bases = ImmutableMap.builder();
    Presets.all().forEach(p -> bases.put(p.name(), p.policy()));
    return bases.build();
  }

  private static @Nullable Class<? extends Enum<?>> mapKeyType(PolicyParameter parameter) {
    return switch (parameter) {
      case EXEMPTIONS -> LeaveKind.class;
      case HOST_LEVEL_MINIMUMS -> HostLevel.class;
      case KIND_MINIMUMS -> KindOfWork.class;
      default -> null;
    };
  }

  private static boolean isMap(PolicyParameter parameter) {
    return mapKeyType(parameter) != null;
  }

  private static ImmutableList<String> buildKeys() {
    ImmutableList.Builder<String> keys = ImmutableList.builder();
    keys.add(NAME, BASE, DOCUMENT);
    CITATION_FIELDS.forEach(f -> keys.add(DOCUMENT + "." + f));
    for (PolicyParameter p : PolicyParameter.values()) {
      Class<? extends Enum<?>> type = mapKeyType(p);
      if (type == null) {
        keys.add(p.key());
      } else {
        for (Enum<?> constant : type.getEnumConstants()) {
          keys.add(p.key() + "." + constant.name());
        }
      }
    }
    for (PolicyParameter p : PolicyParameter.values()) {
      keys.add(CITATION + "." + p.key());
      CITATION_FIELDS.forEach(f -> keys.add(CITATION + "." + p.key() + "." + f));
    }
    return keys.build();
  }

  // ---------------------------------------------------------------------------------------------
  // reading

  /** One reading of one file. */
  private static final class Parse {
    private final List<PropertiesLines.Entry> entries;
    private final Map<String, Policy> bases;
    private final Map<String, PropertiesLines.Entry> seen = new HashMap<>();
    private PropertiesLines.@Nullable Entry name;
    private PropertiesLines.@Nullable Entry base;
    private final Map<String, CitationSpec> citations = new LinkedHashMap<>();
    private final Map<PolicyParameter, PropertiesLines.Entry> simple =
        new EnumMap<>(PolicyParameter.class);
    private final Map<PolicyParameter, List<PropertiesLines.Entry>> mapEntries =
        new EnumMap<>(PolicyParameter.class);

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
      CitationSpec documentSpec = citations.get(DOCUMENT);
      if (documentSpec == null) {
        throw new IllegalArgumentException(
            "variant file: no 'document' key; give the issuing document as 'document = number,"
                + " date, issuer' (e.g. 17-HD/TĐTN-TCKT, 2018-08-02, Tỉnh đoàn Hậu Giang)");
      }
      Citation.Authority defaultAuthority =
          basePolicy == null ? Citation.Authority.NATIONAL : Citation.Authority.PROVINCIAL;
      Citation document = documentSpec.citation(defaultAuthority);

      ImmutablePolicy.Builder builder =
          basePolicy == null ? Policy.builder() : Policy.builder().from(basePolicy);
      builder.name(name.value).document(document).base(Optional.ofNullable(base).map(e -> e.value));
      Map<PolicyParameter, Citation> cited = new EnumMap<>(PolicyParameter.class);
      if (basePolicy != null) {
        cited.putAll(basePolicy.citations());
      }

      List<String> missing = new ArrayList<>();
      for (PolicyParameter p : PolicyParameter.values()) {
        Object value;
        if (isMap(p)) {
          List<PropertiesLines.Entry> given = mapEntries.get(p);
          if (given == null) {
            if (basePolicy == null) {
              Parameters.set(builder, p, Parameters.canonical(p, Map.of()));
            }
            continue;
          }
          Map<Object, Object> map =
              new HashMap<>(
                  basePolicy == null ? Map.of() : (Map<?, ?>) Parameters.get(basePolicy, p));
          for (PropertiesLines.Entry e : given) {
            Object key = mapKey(p, e);
            Optional<?> v = mapValue(p, e);
            if (v.isPresent()) {
              map.put(key, v.get());
            } else {
              map.remove(key);
            }
          }
          value = Parameters.canonical(p, map);
        } else {
          PropertiesLines.Entry e = simple.get(p);
          if (e == null) {
            if (basePolicy == null) {
              if (MAY_BE_EMPTY.contains(p)) {
                Parameters.set(builder, p, Parameters.canonical(p, emptyValue(p)));
              } else {
                missing.add(p.key());
              }
            }
            continue;
          }
          value = Parameters.canonical(p, value(p, e));
        }
        Parameters.set(builder, p, value);
        cited.remove(p);
      }
      if (!missing.isEmpty()) {
        throw new IllegalArgumentException(
            "variant file: no 'base', so every parameter must be given; missing: "
                + String.join(", ", missing));
      }
      for (PolicyParameter p : PolicyParameter.values()) {
        CitationSpec spec = citations.get(CITATION + "." + p.key());
        if (spec != null) {
          cited.put(p, spec.citation(document.authority()));
        }
      }
      try {
        return builder.citations(cited).build();
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new IllegalArgumentException("variant file: " + e.getMessage(), e);
      }
    }

    private void classify(PropertiesLines.Entry e) {
      String key = e.key;
      String canonical = canonicalKey(e);
      PropertiesLines.Entry first = seen.putIfAbsent(canonical, e);
      if (first != null) {
        throw new IllegalArgumentException(
            "variant file line "
                + e.line
                + ": key '"
                + key
                + "' (value '"
                + e.value
                + "') is given again;"
                + " it was first given on line "
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
        for (PolicyParameter p : PolicyParameter.values()) {
          if (rest.equals(p.key()) || rest.startsWith(p.key() + ".")) {
            String field = rest.substring(p.key().length());
            if (field.isEmpty() || CITATION_FIELDS.contains(field.substring(1))) {
              citationField(CITATION + "." + p.key(), field, e);
              return;
            }
          }
        }
        throw unknownKey(e);
      } else {
        for (PolicyParameter p : PolicyParameter.values()) {
          if (!isMap(p) && key.equals(p.key())) {
            simple.put(p, e);
            return;
          }
          if (isMap(p) && key.startsWith(p.key() + ".")) {
            mapKey(p, e); // rejects an unknown suffix
            mapEntries.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
            return;
          }
        }
        throw unknownKey(e);
      }
    }

    /** The key with a map suffix in upper case, for detecting keys given twice. */
    private String canonicalKey(PropertiesLines.Entry e) {
      for (PolicyParameter p : PolicyParameter.values()) {
        if (isMap(p) && e.key.startsWith(p.key() + ".")) {
          return p.key() + "." + e.key.substring(p.key().length() + 1).toUpperCase(Locale.ROOT);
        }
      }
      return e.key;
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

    private Object mapKey(PolicyParameter p, PropertiesLines.Entry e) {
      String suffix = e.key.substring(p.key().length() + 1);
      Class<? extends Enum<?>> type = Objects.requireNonNull(mapKeyType(p));
      for (Enum<?> constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(suffix)) {
          return constant;
        }
      }
      throw unknownKey(e);
    }

    private Optional<?> mapValue(PolicyParameter p, PropertiesLines.Entry e) {
      if (isNone(e)) {
        return Optional.empty();
      }
      if (p == PolicyParameter.EXEMPTIONS) {
        return Optional.of(parse(e, ExemptionRule::parse));
      }
      return Optional.of(nonNegativeDays(e));
    }

    private Object value(PolicyParameter p, PropertiesLines.Entry e) {
      return switch (p) {
        case REQUIRED_DAYS -> nonNegativeDays(e);
        case COUNTING_PERIOD -> parse(e, VariantFile::period);
        case SUBJECT_LEVELS -> enums(e, Level.class);
        case SUBJECT_EMPLOYMENT -> enums(e, Employment.class);
        case PRO_RATING -> enumValue(e, ProRating.class, e.value.trim());
        case REPORT_DEADLINE_DAYS -> isNone(e) ? Optional.empty() : Optional.of(integer(e, 0));
        case MAX_DELEGATIONS_PER_HOST_PER_WINDOW ->
            isNone(e) ? Optional.empty() : Optional.of(integer(e, 1));
        case REGISTRATION_DEADLINE ->
            isNone(e) ? Optional.empty() : Optional.of(parse(e, RegistrationDeadline::parse));
        case QUARTERLY_TARGETS -> quarterlyTargets(e);
        case COMMITTEE_MEMBERS_SUBJECT,
            LEAVE_REDUCES_REQUIREMENT,
            COUNT_INVITED_ONLY,
            COUNT_UNAPPROVED,
            COUNT_WITHOUT_TRAVEL_ORDER,
            HALF_DAY_CREDIT,
            MEETING_DAY_EXPECTED,
            WINDOWS_REQUIRED,
            MINIMUMS_SCALE_WITH_REQUIREMENT ->
            bool(e);
        default -> throw new AssertionError(p);
      };
    }

    private static Object emptyValue(PolicyParameter p) {
      return p == PolicyParameter.QUARTERLY_TARGETS ? List.of() : Optional.empty();
    }

    private static boolean isNone(PropertiesLines.Entry e) {
      return e.value.trim().equalsIgnoreCase(NONE);
    }

    private static <T> T parse(PropertiesLines.Entry e, Function<String, T> parser) {
      try {
        return parser.apply(e.value.trim());
      } catch (IllegalArgumentException | DateTimeException ex) {
        throw bad(e, ex.getMessage());
      }
    }

    private static Days nonNegativeDays(PropertiesLines.Entry e) {
      Days days = parse(e, Days::parse);
      if (days.isNegative()) {
        throw bad(e, "a number of days must not be negative");
      }
      return days;
    }

    private static int integer(PropertiesLines.Entry e, int min) {
      int n;
      try {
        n = Integer.parseInt(e.value.trim());
      } catch (NumberFormatException ex) {
        throw bad(e, "not a whole number (or 'none')");
      }
      if (n < min) {
        throw bad(e, "must be at least " + min);
      }
      return n;
    }

    private static boolean bool(PropertiesLines.Entry e) {
      String v = e.value.trim();
      if (v.equalsIgnoreCase("true")) {
        return true;
      }
      if (v.equalsIgnoreCase("false")) {
        return false;
      }
      throw bad(e, "not true or false");
    }

    private static <E extends Enum<E>> Set<E> enums(PropertiesLines.Entry e, Class<E> type) {
      EnumSet<E> set = EnumSet.noneOf(type);
      if (isNone(e)) {
        return set;
      }
      for (String part : e.value.split(",", -1)) {
        set.add(enumValue(e, type, part.trim()));
      }
      return set;
    }

    private static <E extends Enum<E>> E enumValue(
        PropertiesLines.Entry e, Class<E> type, String text) {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equalsIgnoreCase(text)) {
          return constant;
        }
      }
      List<String> names = new ArrayList<>();
      for (E constant : type.getEnumConstants()) {
        names.add(constant.name());
      }
      throw bad(
          e,
          "'"
              + text
              + "' is not one of "
              + String.join(", ", names)
              + Spelling.suggestion(text, names));
    }

    private static List<Days> quarterlyTargets(PropertiesLines.Entry e) {
      if (isNone(e)) {
        return List.of();
      }
      String[] parts = e.value.split(",", -1);
      if (parts.length != 4) {
        throw bad(
            e, "quarterly targets list four quarters, Q1 to Q4 (e.g. 15, 15, 15, 15), or none");
      }
      List<Days> targets = new ArrayList<>();
      for (String part : parts) {
        Days d;
        try {
          d = Days.parse(part);
        } catch (IllegalArgumentException ex) {
          throw bad(e, ex.getMessage());
        }
        if (d.isNegative()) {
          throw bad(e, "a quarterly target must not be negative");
        }
        targets.add(d);
      }
      return targets;
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
      ImmutableCitation.Builder builder = Citation.builder();
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
              "no '" + prefix + "' nor '" + prefix + ".number' gives the document it belongs to");
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
          authority == null
              ? defaultAuthority
              : Parse.enumValue(authority, Citation.Authority.class, authority.value.trim()));
      PropertiesLines.Entry provision = fields.get("provision");
      if (provision != null) {
        builder.provision(provision.value);
      }
      return builder.build();
    }

    private static LocalDate date(PropertiesLines.Entry e, String text) {
      try {
        return text.contains("/") ? LocalDate.parse(text, VIETNAMESE_DATE) : LocalDate.parse(text);
      } catch (DateTimeException ex) {
        throw bad(e, "'" + text + "' is not a date such as 2018-08-02 or 2/8/2018");
      }
    }
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

  /** Parses {@code 03-01..12-31} or {@code 2020-03-01..2020-12-31} (both dates in one year). */
  private static CountingPeriod period(String text) {
    int dots = text.indexOf("..");
    if (dots > 0 && text.substring(0, dots).trim().length() == 10) {
      LocalDate first = LocalDate.parse(text.substring(0, dots).trim());
      LocalDate last = LocalDate.parse(text.substring(dots + 2).trim());
      if (first.getYear() != last.getYear()) {
        throw new IllegalArgumentException(
            "a counting period lies within one year, but " + first + " and " + last + " do not");
      }
      return CountingPeriod.of(MonthDay.from(first), MonthDay.from(last));
    }
    return CountingPeriod.parse(text);
  }

  // ---------------------------------------------------------------------------------------------
  // writing

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
      citation(DOCUMENT, policy.document(), defaultAuthority);
      out.append('\n');
      for (PolicyParameter p : PolicyParameter.values()) {
        Optional<Citation> cited = Optional.ofNullable(policy.citations().get(p));
        if (base != null
            && Parameters.get(base, p).equals(Parameters.get(policy, p))
            && cited.equals(Optional.ofNullable(base.citations().get(p)))) {
          continue;
        }
        parameter(p);
        cited.ifPresent(c -> citation(CITATION + "." + p.key(), c, policy.document().authority()));
      }
      return out.toString();
    }

    private void parameter(PolicyParameter p) {
      Object value = Parameters.get(policy, p);
      if (!isMap(p)) {
        line(p.key(), Parameters.text(value));
        return;
      }
      Map<?, ?> map = (Map<?, ?>) value;
      Map<?, ?> baseMap = base == null ? Map.of() : (Map<?, ?>) Parameters.get(base, p);
      boolean written = false;
      for (Enum<?> constant : Objects.requireNonNull(mapKeyType(p)).getEnumConstants()) {
        Object v = map.get(constant);
        if (!Objects.equals(v, baseMap.get(constant))) {
          line(p.key() + "." + constant.name(), v == null ? NONE : v.toString());
          written = true;
        }
      }
      if (!written && base != null) {
        // same entries, other citation: restate one entry so that the file gives the parameter
        Enum<?> first = Objects.requireNonNull(mapKeyType(p)).getEnumConstants()[0];
        Object v = map.get(first);
        line(p.key() + "." + first.name(), v == null ? NONE : v.toString());
      }
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
