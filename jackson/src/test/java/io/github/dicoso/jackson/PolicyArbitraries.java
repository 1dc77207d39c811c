package io.github.dicoso.jackson;

import io.github.dicoso.Citation;
import io.github.dicoso.CountingPeriod;
import io.github.dicoso.Days;
import io.github.dicoso.ExemptionThreshold;
import io.github.dicoso.Parameter;
import io.github.dicoso.Policies;
import io.github.dicoso.Policy;
import io.github.dicoso.RegistrationDeadline;
import io.github.dicoso.officer.Employment;
import io.github.dicoso.officer.Level;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik arbitraries (as core's tests draw them) for policies: every {@link Parameter} varied, each
 * kept, set and cited by the policy's document (or, in a draft, by the draft), set with a citation
 * of its own, or only cited anew; citations with text that stresses a file format (Vietnamese
 * letters, commas, {@code = : # !}, backslashes, line breaks, blanks at either end). Everything is
 * built from combinators, so a failing policy shrinks towards its base with plain values.
 */
final class PolicyArbitraries {
  private static final String ALPHABET =
      "abcxyzĐđăâêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ0123456789 ,.-/:=#!\\()";
  private static final String RARE = "\n\t ";

  private PolicyArbitraries() {}

  /** How one parameter of a drawn policy is set. */
  enum Mode {
    /** Kept from where the builder starts, value and citation. */
    KEPT,
    /** Set to a drawn value, cited by the policy's document (a draft's own citation). */
    SET,
    /** Set to a drawn value with a drawn citation of its own. */
    SET_AND_CITED,
    /** Value kept, cited anew by a drawn citation. */
    CITED
  }

  /** What a drawn policy does with one parameter. */
  record Setting(Parameter<?> parameter, Mode mode, Object value, Citation citation) {
    @SuppressWarnings("unchecked") // value was drawn from values(parameter), so it is a T
    private <T> void applyTo(Policy.Builder builder, Parameter<T> p) {
      switch (mode) {
        case KEPT -> {}
        case SET -> builder.set(p, (T) value);
        case SET_AND_CITED -> builder.set(p, (T) value, citation);
        case CITED -> builder.cite(p, citation);
      }
    }

    void applyTo(Policy.Builder builder) {
      applyTo(builder, parameter);
    }
  }

  /**
   * Policies with no base, drafts among them: each parameter kept at its national default with its
   * national citation, or drawn.
   */
  static Arbitrary<Policy> standalonePolicies() {
    return policies(Optional.empty());
  }

  /**
   * Variants of {@code base}, drafts among them: each parameter either kept from the base with its
   * citation, or drawn.
   */
  static Arbitrary<Policy> variantsOf(Policy base) {
    return policies(Optional.of(base));
  }

  /** Variants of one of the policies the library ships, drafts among them. */
  static Arbitrary<Policy> variantsOfShippedPolicies() {
    return Arbitraries.of(Policies.all()).flatMap(PolicyArbitraries::variantsOf);
  }

  /** Policies drawn as variants of {@code base}, or with no base when it is empty. */
  private static Arbitrary<Policy> policies(Optional<Policy> base) {
    List<Arbitrary<Setting>> settings = new ArrayList<>();
    for (Parameter<?> p : Parameter.all()) {
      settings.add(setting(p));
    }
    Arbitrary<List<Setting>> all = Combinators.combine(settings).as(list -> list);
    return Combinators.combine(names(), citations().optional(0.8), all)
        .as(
            (name, document, chosen) -> {
              Policy.Builder b = base.map(Policy::variantOf).orElseGet(Policy::builder).name(name);
              document.ifPresent(b::document);
              chosen.forEach(s -> s.applyTo(b));
              return b.build();
            });
  }

  private static Arbitrary<Setting> setting(Parameter<?> p) {
    Arbitrary<Mode> mode =
        Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.just(Mode.KEPT)),
            Tuple.of(2, Arbitraries.just(Mode.SET)),
            Tuple.of(1, Arbitraries.just(Mode.SET_AND_CITED)),
            Tuple.of(1, Arbitraries.just(Mode.CITED)));
    return Combinators.combine(mode, values(p), citations())
        .as((m, v, c) -> new Setting(p, m, v, c));
  }

  /**
   * Values of {@code p}, over its whole range: optional values empty or not, sets of any size, days
   * in halves. A parameter this method does not know fails the test, so that a new parameter is
   * varied too.
   */
  static Arbitrary<?> values(Parameter<?> p) {
    if (p.nationalDefault() instanceof Boolean) {
      return Arbitraries.of(true, false);
    }
    if (p.nationalDefault() instanceof Enum<?> e) {
      return Arbitraries.of(e.getDeclaringClass().getEnumConstants());
    }
    if (p == Parameter.REQUIRED_DAYS) {
      return days(200);
    }
    if (p == Parameter.COUNTING_PERIOD) {
      return Combinators.combine(monthDays(), monthDays())
          .as((a, b) -> a.isAfter(b) ? CountingPeriod.of(b, a) : CountingPeriod.of(a, b));
    }
    if (p == Parameter.SUBJECT_LEVELS) {
      return subsets(Level.class);
    }
    if (p == Parameter.SUBJECT_EMPLOYMENT) {
      return subsets(Employment.class);
    }
    if (p == Parameter.REPORT_DEADLINE_DAYS) {
      return Arbitraries.integers().between(0, 40).optional();
    }
    if (p == Parameter.REGISTRATION_DEADLINE) {
      return Combinators.combine(
              Arbitraries.integers().between(0, 30),
              Arbitraries.of(RegistrationDeadline.Anchor.class))
          .as(RegistrationDeadline::of)
          .optional();
    }
    if (p == Parameter.MAX_DELEGATIONS_PER_HOST_PER_WINDOW) {
      return Arbitraries.integers().between(1, 9).optional();
    }
    if (p == Parameter.QUARTERLY_TARGETS) {
      return Arbitraries.oneOf(
          Arbitraries.just(List.<Days>of()), days(60).list().ofSize(4).map(List::copyOf));
    }
    for (HostLevel level : HostLevel.values()) {
      if (p == Parameter.hostLevelMinimum(level)) {
        return days(80).optional();
      }
    }
    for (KindOfWork kind : KindOfWork.values()) {
      if (p == Parameter.kindMinimum(kind)) {
        return days(80).optional();
      }
    }
    for (io.github.dicoso.leave.LeaveKind kind : io.github.dicoso.leave.LeaveKind.values()) {
      if (p == Parameter.exemption(kind)) {
        return Combinators.combine(
                Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 40))
            .as((months, days) -> ExemptionThreshold.atLeast(Period.of(0, months, days)))
            .optional();
      }
    }
    throw new AssertionError("no arbitrary for parameter " + p.key());
  }

  /** Citations with every field drawn; text may be awkward or Vietnamese, never blank. */
  static Arbitrary<Citation> citations() {
    return Combinators.combine(
            Arbitraries.of(
                Citation.Authority.NATIONAL,
                Citation.Authority.PROVINCIAL,
                Citation.Authority.DEFAULT),
            nonBlankText(),
            Arbitraries.oneOf(Arbitraries.just(""), text()),
            Arbitraries.integers().between(0, 3650).optional(),
            text().optional())
        .as(
            (authority, document, provision, date, issuer) -> {
              Citation.Builder c =
                  Citation.builder().authority(authority).document(document).provision(provision);
              date.ifPresent(d -> c.date(LocalDate.of(2015, 1, 1).plusDays(d)));
              issuer.ifPresent(c::issuer);
              return c.build();
            });
  }

  private static Arbitrary<String> names() {
    return nonBlankText();
  }

  private static Arbitrary<String> text() {
    return Arbitraries.strings().withChars(ALPHABET).withChars(RARE).ofMaxLength(13);
  }

  private static Arbitrary<String> nonBlankText() {
    return text().map(s -> s.isBlank() ? "p" + s : s);
  }

  private static Arbitrary<Days> days(int maxHalves) {
    return Arbitraries.integers().between(0, maxHalves).map(Days::ofHalves);
  }

  private static Arbitrary<MonthDay> monthDays() {
    return Arbitraries.integers()
        .between(0, 365)
        .map(d -> MonthDay.from(LocalDate.of(2020, 1, 1).plusDays(d)));
  }

  private static <E extends Enum<E>> Arbitrary<Set<E>> subsets(Class<E> type) {
    return Arbitraries.of(type)
        .set()
        .map(
            s -> {
              EnumSet<E> set = EnumSet.noneOf(type);
              set.addAll(s);
              return set;
            });
  }
}
