package io.github.dicoso;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import io.github.dicoso.internal.Spelling;
import io.github.dicoso.leave.LeaveKind;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One parameter of the rule, as a typed descriptor: its key in a variant file, the type of its
 * value and how that value is written, its national default and the citation of that default, and
 * how to read it from a {@link Policy}. Like {@link java.time.temporal.ChronoField}, a parameter
 * carries its own rules, so the variant-file reader and writer, the policy builder, the checks and
 * the documentation all derive from these descriptors; adding a parameter means adding one constant
 * here.
 *
 * <pre>{@code
 * Days required = policy.get(Parameter.REQUIRED_DAYS);
 * Policy thirty = Policy.variantOf(national).name("thirty").document(doc)
 *     .set(Parameter.REQUIRED_DAYS, Days.of(30)).build();
 * }</pre>
 *
 * <p>Parameters of one leave kind, host level or kind of work ({@code exemption.STUDY}, {@code
 * host-level-minimum.BRANCH}, {@code kind-minimum.MEETING}) are one parameter each, found with
 * {@link #exemption(LeaveKind)}, {@link #hostLevelMinimum(HostLevel)} and {@link
 * #kindMinimum(KindOfWork)}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param <T> the type of the parameter's value
 */
public final class Parameter<T> {
  private static final String NONE = "none";
  private static final List<Parameter<?>> ALL = new ArrayList<>();

  /** Days at the grassroots required of a subject officer in a counting period. */
  public static final Parameter<Days> REQUIRED_DAYS =
      new Parameter<>(
          "required-days",
          "days (`60`, `59.5`), ≥ 0",
          "days at the grassroots required in a counting period",
          Codec.of(Days::parse, Days::toString),
          Days.of(60),
          Sources.guidance03(
              "đi công tác cơ sở phải đủ 02 tháng (60 ngày/năm) trở lên: at least 60 days a year"));

  /** The part of each year in which days are counted. */
  public static final Parameter<CountingPeriod> COUNTING_PERIOD =
      new Parameter<>(
          "period",
          "`MM-DD..MM-DD` or `YYYY-MM-DD..YYYY-MM-DD` (one year; the year is not kept)",
          "the part of each year in which days count (Quảng Trị 2020: `03-01..12-31`)",
          Codec.of(CountingPeriod::parse, CountingPeriod::toString),
          CountingPeriod.calendarYear(),
          Sources.guidance03("60 ngày/năm: the days are counted each calendar year"));

  /** The levels whose officers are subject. */
  public static final Parameter<Set<Level>> SUBJECT_LEVELS =
      new Parameter<>(
          "subject-levels",
          "list of `CENTRAL`, `PROVINCIAL`, `DISTRICT`, or `none`",
          "levels whose officers are subject",
          Codec.enumSet(Level.class),
          Sets.immutableEnumSet(Level.CENTRAL, Level.PROVINCIAL),
          Sources.guidance03("cán bộ Đoàn cấp trung ương và cấp tỉnh: central and provincial"));

  /** The kinds of employment that are subject. */
  public static final Parameter<Set<Employment>> SUBJECT_EMPLOYMENT =
      new Parameter<>(
          "subject-employment",
          "list of `FULL_TIME`, `PART_TIME`, or `none`",
          "kinds of employment that are subject; committee members too must have one",
          Codec.enumSet(Employment.class),
          Sets.immutableEnumSet(Employment.FULL_TIME),
          Sources.guidance03("cán bộ Đoàn chuyên trách: full-time Youth Union officers"));

  /** Whether full-time executive committee members at a subject level are subject. */
  public static final Parameter<Boolean> COMMITTEE_MEMBERS_SUBJECT =
      new Parameter<>(
          "committee-members-subject",
          "`true` / `false`",
          "whether full-time executive committee members at a subject level are subject",
          Codec.BOOLEAN,
          true,
          Sources.binhThuan2019(
              "29/37 đồng chí Ủy viên Ban Chấp hành chuyên trách: full-time executive committee"
                  + " members are subject"));

  /** How the requirement scales for partial service. */
  public static final Parameter<ProRating> PRO_RATING =
      new Parameter<>(
          "pro-rating",
          "`BY_DAYS_OF_SERVICE`, `WHOLE_MONTHS` or `NONE`",
          "how the requirement scales for partial service",
          Codec.enumValue(ProRating.class),
          ProRating.BY_DAYS_OF_SERVICE,
          Sources.libraryDefault(
              "partial service pro-rates the requirement by days of service, rounded up to a"
                  + " whole day"));

  /** A study leave at least this long exempts. */
  public static final Parameter<Optional<ExemptionThreshold>> EXEMPTION_STUDY =
      exemptionParameter(
          LeaveKind.STUDY,
          Optional.of(ExemptionThreshold.atLeast(Period.ofMonths(6))),
          Sources.binhThuan2019(
              "cán bộ Đoàn đang được cử đi học tập dài hạn (6 tháng trở lên): long-term study of"
                  + " 6 months or more exempts"));

  /** A sick leave at least this long exempts. */
  public static final Parameter<Optional<ExemptionThreshold>> EXEMPTION_SICK =
      exemptionParameter(
          LeaveKind.SICK,
          Optional.of(ExemptionThreshold.atLeast(Period.ofMonths(6))),
          Sources.libraryDefault(
              "long-term sick leave (ốm đau, bệnh tật xin nghỉ dài hạn) exempts; the sources set"
                  + " no length, so 6 months, as for study"));

  /** A maternity leave at least this long exempts. */
  public static final Parameter<Optional<ExemptionThreshold>> EXEMPTION_MATERNITY =
      exemptionParameter(
          LeaveKind.MATERNITY,
          Optional.of(ExemptionThreshold.anyLength()),
          Sources.binhThuan2019(
              "cán bộ nữ đang trong thời kỳ nghỉ thai sản: maternity leave exempts, at any"
                  + " length"));

  /** Another leave at least this long exempts. */
  public static final Parameter<Optional<ExemptionThreshold>> EXEMPTION_OTHER =
      exemptionParameter(
          LeaveKind.OTHER,
          Optional.empty(),
          Sources.libraryDefault("other absences exempt from nothing and reduce nothing"));

  /** Whether the whole leave or its part inside the period is tested against a threshold. */
  public static final Parameter<LeaveLength> EXEMPTION_LEAVE_LENGTH =
      new Parameter<>(
          "exemption-leave-length",
          "`WHOLE_LEAVE` or `PART_IN_PERIOD`",
          "which length of a leave the exemption thresholds test: the whole leave as recorded"
              + " (it then exempts every period it overlaps) or its part inside the period",
          Codec.enumValue(LeaveLength.class),
          LeaveLength.WHOLE_LEAVE,
          Sources.binhThuan2019(
              "đang được cử đi học tập dài hạn (6 tháng trở lên): the length of the assignment;"
                  + " such officers are left out of the year's count"));

  /** Whether a qualifying leave too short to exempt reduces the requirement. */
  public static final Parameter<Boolean> LEAVE_REDUCES_REQUIREMENT =
      new Parameter<>(
          "leave-reduces-requirement",
          "`true` / `false`",
          "whether a qualifying leave too short to exempt reduces the requirement pro rata",
          Codec.BOOLEAN,
          true,
          Sources.libraryDefault(
              "a qualifying leave too short to exempt reduces the requirement pro rata to the days"
                  + " away"));

  /** What a date covered by a credited visit and by a reducing leave counts for. */
  public static final Parameter<VisitDuringLeave> VISIT_DURING_LEAVE =
      new Parameter<>(
          "visit-during-leave",
          "`VISIT_COUNTS` or `LEAVE_COUNTS`",
          "what a date covered by a credited visit and by a leave that reduces the requirement"
              + " counts for; such visits are always reported",
          Codec.enumValue(VisitDuringLeave.class),
          VisitDuringLeave.VISIT_COUNTS,
          Sources.libraryDefault(
              "one date cannot both earn a visit day and excuse one: the visit counts, the leave"
                  + " does not reduce the requirement on that date, and the visit is reported"));

  /** Whether visits made only as an invited guest count. */
  public static final Parameter<Boolean> COUNT_INVITED_ONLY =
      new Parameter<>(
          "count-invited-only",
          "`true` / `false`",
          "whether visits made only as an invited guest count",
          Codec.BOOLEAN,
          false,
          Sources.guidance03(
              "không tính các buổi đi cơ sở do được mời dự hoạt động: visits made only as an"
                  + " invited guest do not count"));

  /** Whether visits not registered and approved count. */
  public static final Parameter<Boolean> COUNT_UNAPPROVED =
      new Parameter<>(
          "count-unapproved",
          "`true` / `false`",
          "whether visits not registered and approved count",
          Codec.BOOLEAN,
          true,
          Sources.libraryDefault("unapproved visits count but are reported"));

  /** Whether visits without a travel order count. */
  public static final Parameter<Boolean> COUNT_WITHOUT_TRAVEL_ORDER =
      new Parameter<>(
          "count-without-travel-order",
          "`true` / `false`",
          "whether visits without a travel order count",
          Codec.BOOLEAN,
          true,
          Sources.libraryDefault("visits without a travel order count but are reported"));

  /** Whether a half-day visit earns half a day. */
  public static final Parameter<Boolean> HALF_DAY_CREDIT =
      new Parameter<>(
          "half-day-credit",
          "`true` / `false`",
          "whether a half-day visit earns half a day (two on one date make one day)",
          Codec.BOOLEAN,
          true,
          Sources.libraryDefault(
              "a half-day visit earns half a day; two on one date make one day, and a date never"
                  + " earns more than one"));

  /** Days after a visit ends within which its result report is due. */
  public static final Parameter<Optional<Integer>> REPORT_DEADLINE_DAYS =
      new Parameter<>(
          "report-deadline-days",
          "whole number ≥ 0, or `none`",
          "days after a visit ends within which its report is due",
          Codec.optional(Codec.integer(0)),
          Optional.empty(),
          Sources.guidance03("a results report follows each visit; no deadline is set nationally"));

  /** Minimum days at district-level hosts. */
  public static final Parameter<Optional<Days>> HOST_LEVEL_MINIMUM_DISTRICT =
      hostLevelMinimumParameter(HostLevel.DISTRICT);

  /** Minimum days at commune-level hosts. */
  public static final Parameter<Optional<Days>> HOST_LEVEL_MINIMUM_COMMUNE =
      hostLevelMinimumParameter(HostLevel.COMMUNE);

  /** Minimum days at branch-level hosts. */
  public static final Parameter<Optional<Days>> HOST_LEVEL_MINIMUM_BRANCH =
      hostLevelMinimumParameter(HostLevel.BRANCH);

  /** Minimum days of thematic work. */
  public static final Parameter<Optional<Days>> KIND_MINIMUM_THEMATIC =
      kindMinimumParameter(KindOfWork.THEMATIC);

  /** Minimum days of co-organising activities. */
  public static final Parameter<Optional<Days>> KIND_MINIMUM_CO_ORGANIZING =
      kindMinimumParameter(KindOfWork.CO_ORGANIZING);

  /** Minimum days of inspection and supervision. */
  public static final Parameter<Optional<Days>> KIND_MINIMUM_INSPECTION =
      kindMinimumParameter(KindOfWork.INSPECTION);

  /** Minimum days of attending meetings. */
  public static final Parameter<Optional<Days>> KIND_MINIMUM_MEETING =
      kindMinimumParameter(KindOfWork.MEETING);

  /** Whether the minimums shrink with a requirement reduced for partial service or leave. */
  public static final Parameter<Boolean> MINIMUMS_SCALE_WITH_REQUIREMENT =
      new Parameter<>(
          "minimums-scale-with-requirement",
          "`true` / `false`",
          "whether the minimums above shrink with a requirement reduced for partial service or"
              + " leave (rounded up)",
          Codec.BOOLEAN,
          true,
          Sources.libraryDefault(
              "per-level and per-kind minimums split the quota (30 + 20 + 10 = 60), so they shrink"
                  + " with a reduced requirement, rounded up to a whole day"));

  /** Whether an officer below a minimum has not complied. */
  public static final Parameter<Boolean> MINIMUMS_BINDING =
      new Parameter<>(
          "minimums-binding",
          "`true` / `false`",
          "whether an officer below a host-level or kind minimum is NON_COMPLIANT (`false`: the"
              + " minimums are guidance, reported only)",
          Codec.BOOLEAN,
          true,
          Sources.libraryDefault(
              "a minimum a province sets is part of its requirement: an officer below it has not"
                  + " complied, whatever the total"));

  /** Whether at least one branch-meeting day is expected. */
  public static final Parameter<Boolean> MEETING_DAY_EXPECTED =
      new Parameter<>(
          "meeting-day-expected",
          "`true` / `false`",
          "whether at least one branch-meeting day is expected (reported when missing)",
          Codec.BOOLEAN,
          true,
          Sources.guidance03(
              "dự sinh hoạt chuyên đề và dự sinh hoạt chi đoàn: attending meetings is the fourth"
                  + " kind of work"));

  /** Whether visits must fall inside the scheduled windows. */
  public static final Parameter<Boolean> WINDOWS_REQUIRED =
      new Parameter<>(
          "windows-required",
          "`true` / `false`",
          "whether visits must fall inside the scheduled windows",
          Codec.BOOLEAN,
          false,
          Sources.guidance03("no scheduled windows are set nationally"));

  /** How many days before the quarter or window a visit must be registered. */
  public static final Parameter<Optional<RegistrationDeadline>> REGISTRATION_DEADLINE =
      new Parameter<>(
          "registration-deadline",
          "`N QUARTER_START` or `N WINDOW_START`, or `none`",
          "how many days before the quarter (or window) a visit must be registered",
          Codec.optional(Codec.of(RegistrationDeadline::parse, RegistrationDeadline::toString)),
          Optional.empty(),
          Sources.guidance03("visits are registered each quarter; no deadline is set nationally"));

  /** The most delegations a host unit should receive in one window. */
  public static final Parameter<Optional<Integer>> MAX_DELEGATIONS_PER_HOST_PER_WINDOW =
      new Parameter<>(
          "max-delegations-per-host-per-window",
          "whole number ≥ 1, or `none`",
          "the most delegations one host unit should receive in one window",
          Codec.optional(Codec.integer(1)),
          Optional.empty(),
          Sources.libraryDefault("no cap on delegations per host unit per window"));

  /** Days targeted per quarter, Q1 to Q4; empty for an even split. */
  public static final Parameter<List<Days>> QUARTERLY_TARGETS =
      new Parameter<>(
          "quarterly-targets",
          "four days, Q1 to Q4 (`10, 20, 20, 10`), or `none`",
          "days targeted per quarter (`none`: an even split, 15 a quarter for 60)",
          Codec.QUARTERLY_TARGETS,
          ImmutableList.of(),
          Sources.libraryDefault("quarterly targets split the requirement evenly"));

  private static final Map<String, Parameter<?>> BY_KEY = byKey();

  private final int index;
  private final String key;
  private final String valueType;
  private final String meaning;
  private final Codec<T> codec;
  private final T nationalDefault;
  private final Citation nationalCitation;

  private Parameter(
      String key,
      String valueType,
      String meaning,
      Codec<T> codec,
      T nationalDefault,
      Citation nationalCitation) {
    this.index = ALL.size();
    this.key = key;
    this.valueType = valueType;
    this.meaning = meaning;
    this.codec = codec;
    this.nationalDefault = codec.canonical(key, nationalDefault);
    this.nationalCitation = nationalCitation;
    ALL.add(this);
  }

  private static Parameter<Optional<ExemptionThreshold>> exemptionParameter(
      LeaveKind kind, Optional<ExemptionThreshold> threshold, Citation citation) {
    return new Parameter<>(
        "exemption." + kind,
        "period (`P6M`, `6M`, `0` for any length) or `none`",
        "a leave of kind "
            + kind
            + " at least this long exempts; `none`: it neither exempts"
            + " nor reduces the requirement",
        Codec.optional(Codec.of(ExemptionThreshold::parse, ExemptionThreshold::toString)),
        threshold,
        citation);
  }

  private static Parameter<Optional<Days>> hostLevelMinimumParameter(HostLevel level) {
    return new Parameter<>(
        "host-level-minimum." + level,
        "days, or `none`",
        "minimum days at host level "
            + level
            + " (Bà Rịa–Vũng Tàu: 10 district, 20 commune, 30"
            + " branch)",
        Codec.optional(Codec.of(Days::parse, Days::toString)),
        Optional.empty(),
        Sources.guidance03("no split of the quota by host level"));
  }

  private static Parameter<Optional<Days>> kindMinimumParameter(KindOfWork kind) {
    return new Parameter<>(
        "kind-minimum." + kind,
        "days, or `none`",
        "minimum days of the kind of work " + kind,
        Codec.optional(Codec.of(Days::parse, Days::toString)),
        Optional.empty(),
        Sources.guidance03("no split of the quota by kind of work"));
  }

  private static Map<String, Parameter<?>> byKey() {
    Map<String, Parameter<?>> map = new LinkedHashMap<>();
    ALL.forEach(p -> map.put(p.key, p));
    return map;
  }

  /** {@return every parameter, in the order of a variant file} */
  public static List<Parameter<?>> all() {
    return List.copyOf(ALL);
  }

  /**
   * The parameter with the key {@code key}, e.g. {@code required-days} or {@code exemption.STUDY};
   * the part after a dot ignores case.
   *
   * @param key a variant-file key
   * @return the parameter, or empty if no parameter has that key
   */
  public static Optional<Parameter<?>> forKey(String key) {
    int dot = key.indexOf('.');
    String canonical =
        dot < 0 ? key : key.substring(0, dot + 1) + key.substring(dot + 1).toUpperCase(Locale.ROOT);
    return Optional.ofNullable(BY_KEY.get(canonical));
  }

  /**
   * The exemption threshold of one leave kind.
   *
   * @param kind the leave kind
   * @return the parameter {@code exemption.KIND}
   */
  public static Parameter<Optional<ExemptionThreshold>> exemption(LeaveKind kind) {
    return switch (kind) {
      case STUDY -> EXEMPTION_STUDY;
      case SICK -> EXEMPTION_SICK;
      case MATERNITY -> EXEMPTION_MATERNITY;
      case OTHER -> EXEMPTION_OTHER;
    };
  }

  /**
   * The minimum of days at one host level.
   *
   * @param level the host level
   * @return the parameter {@code host-level-minimum.LEVEL}
   */
  public static Parameter<Optional<Days>> hostLevelMinimum(HostLevel level) {
    return switch (level) {
      case DISTRICT -> HOST_LEVEL_MINIMUM_DISTRICT;
      case COMMUNE -> HOST_LEVEL_MINIMUM_COMMUNE;
      case BRANCH -> HOST_LEVEL_MINIMUM_BRANCH;
    };
  }

  /**
   * The minimum of days of one kind of work.
   *
   * @param kind the kind of work
   * @return the parameter {@code kind-minimum.KIND}
   */
  public static Parameter<Optional<Days>> kindMinimum(KindOfWork kind) {
    return switch (kind) {
      case THEMATIC -> KIND_MINIMUM_THEMATIC;
      case CO_ORGANIZING -> KIND_MINIMUM_CO_ORGANIZING;
      case INSPECTION -> KIND_MINIMUM_INSPECTION;
      case MEETING -> KIND_MINIMUM_MEETING;
    };
  }

  /** {@return the key in a variant file, e.g. {@code required-days}} */
  public String key() {
    return key;
  }

  /** {@return the type of the value as a variant file writes it, in words} */
  public String valueType() {
    return valueType;
  }

  /** {@return what the parameter means, in one line} */
  public String meaning() {
    return meaning;
  }

  /** {@return the value in the national rule, {@link Policies#national2018()}} */
  public T nationalDefault() {
    return nationalDefault;
  }

  /** {@return the citation of the national default} */
  public Citation nationalCitation() {
    return nationalCitation;
  }

  /**
   * {@return whether the value may be empty ({@code none}): an optional value, an empty set or
   * list}
   */
  public boolean mayBeEmpty() {
    return codec.empty().isPresent();
  }

  /**
   * The value of this parameter in {@code policy}.
   *
   * @param policy the policy
   * @return the value
   */
  public T get(Policy policy) {
    return policy.get(this);
  }

  /**
   * Reads a value as a variant file writes it: {@code 60}, {@code P6M}, {@code CENTRAL,
   * PROVINCIAL}, {@code none}.
   *
   * @param text the value's text
   * @return the value
   * @throws IllegalArgumentException saying why the text is not a value of this parameter
   */
  public T parse(CharSequence text) {
    String s = text.toString().trim();
    Optional<T> empty = codec.empty();
    if (empty.isPresent() && s.equalsIgnoreCase(NONE)) {
      return empty.get();
    }
    return codec.canonical(key, codec.parse(s));
  }

  /**
   * Writes a value as a variant file reads it.
   *
   * @param value the value
   * @return its text, {@code none} when empty
   */
  public String format(T value) {
    T v = codec.canonical(key, value);
    Optional<T> empty = codec.empty();
    return empty.isPresent() && empty.get().equals(v) ? NONE : codec.format(v);
  }

  /**
   * {@code value} in the immutable form a policy keeps, checked.
   *
   * @throws IllegalArgumentException naming the key and the value if it is not allowed
   */
  T canonical(T value) {
    return codec.canonical(key, requireNonNull(value, key));
  }

  /** The position in {@link #all()}. */
  int index() {
    return index;
  }

  /** The key. */
  @Override
  public String toString() {
    return key;
  }

  /**
   * How one parameter's values are read, written, copied and checked.
   *
   * @param <T> the value type
   */
  private interface Codec<T> {
    Codec<Boolean> BOOLEAN =
        of(
            s -> {
              if (s.equalsIgnoreCase("true")) {
                return true;
              }
              if (s.equalsIgnoreCase("false")) {
                return false;
              }
              throw new IllegalArgumentException("'" + s + "' is not true or false");
            },
            Object::toString);

    Codec<List<Days>> QUARTERLY_TARGETS =
        new Codec<>() {
          @Override
          public List<Days> parse(String text) {
            String[] parts = text.split(",", -1);
            if (parts.length != 4) {
              throw new IllegalArgumentException(
                  "quarterly targets list four quarters, Q1 to Q4 (e.g. 15, 15, 15, 15), or none");
            }
            List<Days> targets = new ArrayList<>();
            for (String part : parts) {
              targets.add(Days.parse(part));
            }
            return targets;
          }

          @Override
          public String format(List<Days> value) {
            return value.stream().map(Days::toString).collect(Collectors.joining(", "));
          }

          @Override
          public List<Days> canonical(String key, List<Days> value) {
            if (!value.isEmpty() && value.size() != 4) {
              throw new IllegalArgumentException(
                  key + ": " + value + " must list four quarters, Q1 to Q4, or none");
            }
            return ImmutableList.copyOf(value);
          }

          @Override
          public Optional<List<Days>> empty() {
            return Optional.of(ImmutableList.of());
          }
        };

    T parse(String text);

    String format(T value);

    default T canonical(String key, T value) {
      return value;
    }

    default Optional<T> empty() {
      return Optional.empty();
    }

    static <T> Codec<T> of(Function<String, T> parser, Function<T, String> formatter) {
      return new Codec<>() {
        @Override
        public T parse(String text) {
          return parser.apply(text);
        }

        @Override
        public String format(T value) {
          return formatter.apply(value);
        }
      };
    }

    static <E extends Enum<E>> Codec<E> enumValue(Class<E> type) {
      return of(s -> constant(type, s), Enum::name);
    }

    static <E extends Enum<E>> Codec<Set<E>> enumSet(Class<E> type) {
      return new Codec<>() {
        @Override
        public Set<E> parse(String text) {
          EnumSet<E> set = EnumSet.noneOf(type);
          for (String part : text.split(",", -1)) {
            set.add(constant(type, part.trim()));
          }
          return set;
        }

        @Override
        public String format(Set<E> value) {
          return value.stream().map(Enum::name).collect(Collectors.joining(", "));
        }

        @Override
        public Set<E> canonical(String key, Set<E> value) {
          EnumSet<E> set = EnumSet.noneOf(type);
          set.addAll(value);
          return Sets.immutableEnumSet(set);
        }

        @Override
        public Optional<Set<E>> empty() {
          return Optional.of(ImmutableSet.of());
        }
      };
    }

    static Codec<Integer> integer(int min) {
      return new Codec<>() {
        @Override
        public Integer parse(String text) {
          try {
            return Integer.parseInt(text);
          } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is not a whole number", e);
          }
        }

        @Override
        public String format(Integer value) {
          return value.toString();
        }

        @Override
        public Integer canonical(String key, Integer value) {
          if (value < min) {
            throw new IllegalArgumentException(key + ": " + value + " must be at least " + min);
          }
          return value;
        }
      };
    }

    static <T> Codec<Optional<T>> optional(Codec<T> value) {
      return new Codec<>() {
        @Override
        public Optional<T> parse(String text) {
          return Optional.of(value.parse(text));
        }

        @Override
        public String format(Optional<T> v) {
          return value.format(v.orElseThrow());
        }

        @Override
        public Optional<T> canonical(String key, Optional<T> v) {
          return v.map(x -> value.canonical(key, x));
        }

        @Override
        public Optional<Optional<T>> empty() {
          return Optional.of(Optional.empty());
        }
      };
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String text) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equalsIgnoreCase(text)) {
          return e;
        }
      }
      List<String> names = new ArrayList<>();
      for (E e : type.getEnumConstants()) {
        names.add(e.name());
      }
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not one of "
              + String.join(", ", names)
              + Spelling.suggestion(text, names));
    }
  }
}
