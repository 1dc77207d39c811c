package io.github.dicoso.variant;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import io.github.dicoso.Citation;
import io.github.dicoso.CountingPeriod;
import io.github.dicoso.Days;
import io.github.dicoso.ExemptionRule;
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
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * A local variant: a {@link Policy} derived from a base policy with named changes, together with
 * that base. The variant's policy records the base's {@linkplain Policy#name() name} in {@link
 * Policy#base()}, its own name and its issuing {@linkplain Policy#document() document}.
 *
 * <p><b>Citations.</b> Every parameter the local document sets is cited by that document (its entry
 * in {@link Policy#citations()} is removed, so {@link Policy#citation(PolicyParameter)} falls back
 * to {@link Policy#document()}), unless {@link Builder#citing} gives it a citation of its own;
 * every other parameter keeps the base's citation. Findings and explanations therefore cite the
 * local document for what it changes and the national guidance for the rest.
 *
 * <pre>{@code
 * Variant covidYear = Variant.of(Policies.national2018())
 *     .named("hau-giang-2020")
 *     .issuedBy(Citation.builder().authority(Citation.Authority.PROVINCIAL)
 *         .document("Hướng dẫn 17-HD/TĐTN-TCKT").date(LocalDate.of(2018, 8, 2))
 *         .issuer("Tỉnh đoàn Hậu Giang").build())
 *     .withRequiredDays(Days.of(30))
 *     .build();
 * covidYear.changes(); // [REQUIRED_DAYS]
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable(builder = false)
public abstract class Variant {
  Variant() {}

  /**
   * Starts deriving a variant of {@code base}.
   *
   * @param base the policy the variant derives from
   * @return the builder
   */
  public static Builder of(Policy base) {
    return new Builder(base);
  }

  /**
   * The variant {@code policy} of {@code base}.
   *
   * @param base the base policy
   * @param policy a policy derived from it
   * @return the variant
   * @throws IllegalArgumentException if {@code policy} does not name {@code base} as its base
   */
  public static Variant between(Policy base, Policy policy) {
    return ImmutableVariant.of(base, policy);
  }

  /**
   * The parameters whose values differ between {@code from} and {@code to}, in the order of {@link
   * PolicyParameter}. Citations and names are not parameters and are not compared.
   *
   * @param from one policy
   * @param to another policy
   * @return the parameters whose values differ
   */
  public static ImmutableSet<PolicyParameter> changedParameters(Policy from, Policy to) {
    return Parameters.changed(from, to);
  }

  /** {@return the policy the variant was derived from} */
  @Value.Parameter
  public abstract Policy base();

  /** {@return the variant as a policy, ready to evaluate} */
  @Value.Parameter
  public abstract Policy policy();

  /** {@return the variant's name, {@code policy().name()}} */
  public String name() {
    return policy().name();
  }

  /**
   * {@return the parameters whose values differ from the base, in the order of {@link
   * PolicyParameter}}
   */
  @Value.Derived
  public Set<PolicyParameter> changes() {
    return Parameters.changed(base(), policy());
  }

  /** {@return each changed parameter with its base value, its new value and its citation} */
  public List<ParameterChange> describeChanges() {
    return Parameters.describe(base(), policy());
  }

  @Value.Check
  void validate() {
    checkArgument(
        policy().base().equals(Optional.of(base().name())),
        "variant %s: its base is %s, not %s",
        policy().name(),
        policy().base().orElse("(none)"),
        base().name());
  }

  /** The variant's name and its changes. */
  @Override
  public String toString() {
    return "Variant{" + name() + " of " + base().name() + ": " + describeChanges() + "}";
  }

  /**
   * Derives a variant step by step: a name, the issuing document, then the changed parameters. A
   * parameter set twice keeps the last value. Map parameters are changed entry by entry, starting
   * from the base's map.
   *
   * <p>This class is mutable and not thread-safe; the {@link Variant} it builds is immutable.
   */
  public static final class Builder {
    private final Policy base;
    private @Nullable String name;
    private @Nullable Citation document;
    private final Map<PolicyParameter, Object> values = new LinkedHashMap<>();
    private final Map<PolicyParameter, Citation> citations = new EnumMap<>(PolicyParameter.class);

    private Builder(Policy base) {
      this.base = base;
    }

    /**
     * The variant's name, e.g. {@code thirty-day-year}.
     *
     * @param name the name
     * @return this builder
     */
    public Builder named(String name) {
      this.name = name;
      return this;
    }

    /**
     * The document that issues the variant: it becomes the policy's {@link Policy#document()} and
     * cites every parameter the variant sets.
     *
     * @param document the issuing document
     * @return this builder
     */
    public Builder issuedBy(Citation document) {
      this.document = document;
      return this;
    }

    /**
     * Sets {@code parameter} to {@code value}: a {@link Days}, {@link CountingPeriod}, {@link
     * Boolean}, {@link ProRating}, a set of levels or employments, a map of exemption rules or
     * minimums, a list of four quarterly targets, or for optional parameters either the value or an
     * {@link Optional}.
     *
     * @param parameter the parameter
     * @param value its new value
     * @return this builder
     * @throws IllegalArgumentException naming the parameter and the value if the type is wrong
     */
    public Builder set(PolicyParameter parameter, Object value) {
      values.put(parameter, Parameters.canonical(parameter, value));
      return this;
    }

    /**
     * Cites {@code parameter} by {@code citation} instead of the variant's document.
     *
     * @param parameter the parameter
     * @param citation its citation
     * @return this builder
     */
    public Builder citing(PolicyParameter parameter, Citation citation) {
      citations.put(parameter, citation);
      return this;
    }

    /**
     * Days required in a counting period.
     *
     * @param days the days
     * @return this builder
     */
    public Builder withRequiredDays(Days days) {
      return set(PolicyParameter.REQUIRED_DAYS, days);
    }

    /**
     * The part of each year in which days are counted.
     *
     * @param period the counting period
     * @return this builder
     */
    public Builder withCountingPeriod(CountingPeriod period) {
      return set(PolicyParameter.COUNTING_PERIOD, period);
    }

    /**
     * The levels whose officers are subject (replaces the base's set).
     *
     * @param levels the levels
     * @return this builder
     */
    public Builder withSubjectLevels(Collection<Level> levels) {
      return set(PolicyParameter.SUBJECT_LEVELS, levels);
    }

    /**
     * Adds one subject level to the current set.
     *
     * @param level the level
     * @return this builder
     */
    public Builder withSubjectLevel(Level level) {
      @SuppressWarnings("unchecked") // SUBJECT_LEVELS is a Set<Level> in canonical form
      Set<Level> levels = (Set<Level>) current(PolicyParameter.SUBJECT_LEVELS);
      return withSubjectLevels(ImmutableSet.<Level>builder().addAll(levels).add(level).build());
    }

    /**
     * The kinds of employment that are subject (replaces the base's set).
     *
     * @param employment the kinds of employment
     * @return this builder
     */
    public Builder withSubjectEmployment(Collection<Employment> employment) {
      return set(PolicyParameter.SUBJECT_EMPLOYMENT, employment);
    }

    /**
     * Whether full-time executive committee members at a subject level are subject.
     *
     * @param subject whether they are subject
     * @return this builder
     */
    public Builder withCommitteeMembersSubject(boolean subject) {
      return set(PolicyParameter.COMMITTEE_MEMBERS_SUBJECT, subject);
    }

    /**
     * How the requirement scales for partial service.
     *
     * @param proRating the pro-rating
     * @return this builder
     */
    public Builder withProRating(ProRating proRating) {
      return set(PolicyParameter.PRO_RATING, proRating);
    }

    /**
     * Leaves of {@code kind} exempt under {@code rule}.
     *
     * @param kind the kind of leave
     * @param rule when it exempts
     * @return this builder
     */
    public Builder withExemption(LeaveKind kind, ExemptionRule rule) {
      return putEntry(PolicyParameter.EXEMPTIONS, kind, rule);
    }

    /**
     * Leaves of {@code kind} no longer exempt nor reduce the requirement.
     *
     * @param kind the kind of leave
     * @return this builder
     */
    public Builder withoutExemption(LeaveKind kind) {
      return removeEntry(PolicyParameter.EXEMPTIONS, kind);
    }

    /**
     * Whether a qualifying leave too short to exempt reduces the requirement.
     *
     * @param reduces whether it reduces the requirement
     * @return this builder
     */
    public Builder withLeaveReducesRequirement(boolean reduces) {
      return set(PolicyParameter.LEAVE_REDUCES_REQUIREMENT, reduces);
    }

    /**
     * Whether visits the officer was only invited to count.
     *
     * @param count whether they count
     * @return this builder
     */
    public Builder withCountInvitedOnly(boolean count) {
      return set(PolicyParameter.COUNT_INVITED_ONLY, count);
    }

    /**
     * Whether visits not registered and approved count.
     *
     * @param count whether they count
     * @return this builder
     */
    public Builder withCountUnapproved(boolean count) {
      return set(PolicyParameter.COUNT_UNAPPROVED, count);
    }

    /**
     * Whether visits without a travel order count.
     *
     * @param count whether they count
     * @return this builder
     */
    public Builder withCountWithoutTravelOrder(boolean count) {
      return set(PolicyParameter.COUNT_WITHOUT_TRAVEL_ORDER, count);
    }

    /**
     * Whether a half-day visit earns half a day.
     *
     * @param credit whether it earns half a day
     * @return this builder
     */
    public Builder withHalfDayCredit(boolean credit) {
      return set(PolicyParameter.HALF_DAY_CREDIT, credit);
    }

    /**
     * A result report is due within {@code days} days of a visit's end.
     *
     * @param days the days, at least zero
     * @return this builder
     */
    public Builder withReportDeadlineDays(int days) {
      return set(PolicyParameter.REPORT_DEADLINE_DAYS, days);
    }

    /**
     * No report deadline.
     *
     * @return this builder
     */
    public Builder withoutReportDeadline() {
      return set(PolicyParameter.REPORT_DEADLINE_DAYS, Optional.empty());
    }

    /**
     * At least {@code days} days at host {@code level}.
     *
     * @param level the host level
     * @param days the minimum
     * @return this builder
     */
    public Builder withHostLevelMinimum(HostLevel level, Days days) {
      return putEntry(PolicyParameter.HOST_LEVEL_MINIMUMS, level, days);
    }

    /**
     * No minimum at host {@code level}.
     *
     * @param level the host level
     * @return this builder
     */
    public Builder withoutHostLevelMinimum(HostLevel level) {
      return removeEntry(PolicyParameter.HOST_LEVEL_MINIMUMS, level);
    }

    /**
     * At least {@code days} days of {@code kind} of work.
     *
     * @param kind the kind of work
     * @param days the minimum
     * @return this builder
     */
    public Builder withKindMinimum(KindOfWork kind, Days days) {
      return putEntry(PolicyParameter.KIND_MINIMUMS, kind, days);
    }

    /**
     * No minimum for {@code kind} of work.
     *
     * @param kind the kind of work
     * @return this builder
     */
    public Builder withoutKindMinimum(KindOfWork kind) {
      return removeEntry(PolicyParameter.KIND_MINIMUMS, kind);
    }

    /**
     * Whether at least one branch-meeting day is expected.
     *
     * @param expected whether it is expected
     * @return this builder
     */
    public Builder withMeetingDayExpected(boolean expected) {
      return set(PolicyParameter.MEETING_DAY_EXPECTED, expected);
    }

    /**
     * Whether per-level and per-kind minimums shrink with a reduced requirement.
     *
     * @param scale whether minimums scale with the requirement
     * @return this builder
     */
    public Builder withMinimumsScaleWithRequirement(boolean scale) {
      return set(PolicyParameter.MINIMUMS_SCALE_WITH_REQUIREMENT, scale);
    }

    /**
     * Whether visits must fall inside scheduled windows.
     *
     * @param required whether windows are required
     * @return this builder
     */
    public Builder withWindowsRequired(boolean required) {
      return set(PolicyParameter.WINDOWS_REQUIRED, required);
    }

    /**
     * The deadline for registering a planned visit.
     *
     * @param deadline the deadline
     * @return this builder
     */
    public Builder withRegistrationDeadline(RegistrationDeadline deadline) {
      return set(PolicyParameter.REGISTRATION_DEADLINE, deadline);
    }

    /**
     * The most delegations one host unit should receive in one window.
     *
     * @param max the most delegations, at least 1
     * @return this builder
     */
    public Builder withMaxDelegationsPerHostPerWindow(int max) {
      return set(PolicyParameter.MAX_DELEGATIONS_PER_HOST_PER_WINDOW, max);
    }

    /**
     * Days targeted for Q1 to Q4; an empty list splits the requirement evenly.
     *
     * @param targets four targets, Q1 to Q4, or none
     * @return this builder
     */
    public Builder withQuarterlyTargets(List<Days> targets) {
      return set(PolicyParameter.QUARTERLY_TARGETS, targets);
    }

    /**
     * {@return the variant}
     *
     * @throws IllegalArgumentException if the name or the document is missing, or the resulting
     *     policy is invalid
     */
    public Variant build() {
      checkArgument(name != null, "variant of %s: no name; call named(...)", base.name());
      checkArgument(
          document != null,
          "variant %s of %s: no issuing document; call issuedBy(...)",
          name,
          base.name());
      ImmutablePolicy.Builder policy =
          Policy.builder().from(base).name(name).document(document).base(base.name());
      Map<PolicyParameter, Citation> cited = new HashMap<>(base.citations());
      values.forEach(
          (p, v) -> {
            Parameters.set(policy, p, v);
            cited.remove(p);
          });
      cited.putAll(citations);
      return between(base, policy.citations(cited).build());
    }

    private Object current(PolicyParameter parameter) {
      Object value = values.get(parameter);
      return value != null ? value : Parameters.get(base, parameter);
    }

    private Builder putEntry(PolicyParameter parameter, Object key, Object value) {
      Map<Object, Object> map = new HashMap<>((Map<?, ?>) current(parameter));
      map.put(key, value);
      return set(parameter, map);
    }

    private Builder removeEntry(PolicyParameter parameter, Object key) {
      Map<Object, Object> map = new HashMap<>((Map<?, ?>) current(parameter));
      map.remove(key);
      return set(parameter, map);
    }
  }
}
