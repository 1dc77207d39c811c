package io.github.dicoso.variant;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.collect.Sets;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Generic access to the parameters of a {@link Policy}: read one, set one on a builder, compare two
 * policies parameter by parameter. Values are kept in one canonical form per parameter: {@link
 * Days}, {@link CountingPeriod}, {@link Boolean}, {@link ProRating}, immutable enum sets, immutable
 * enum maps, an immutable list of quarterly targets, and {@link Optional} for the optional ones.
 *
 * <p>This class is stateless and thread-safe.
 */
final class Parameters {
  private Parameters() {}

  /** The value of {@code parameter} in {@code policy}, in canonical form. */
  static Object get(Policy policy, PolicyParameter parameter) {
    return switch (parameter) {
      case REQUIRED_DAYS -> policy.requiredDays();
      case COUNTING_PERIOD -> policy.countingPeriod();
      case SUBJECT_LEVELS -> enumSet(Level.class, policy.subjectLevels());
      case SUBJECT_EMPLOYMENT -> enumSet(Employment.class, policy.subjectEmployment());
      case COMMITTEE_MEMBERS_SUBJECT -> policy.committeeMembersSubject();
      case PRO_RATING -> policy.proRating();
      case EXEMPTIONS -> Maps.immutableEnumMap(policy.exemptions());
      case LEAVE_REDUCES_REQUIREMENT -> policy.leaveReducesRequirement();
      case COUNT_INVITED_ONLY -> policy.countInvitedOnly();
      case COUNT_UNAPPROVED -> policy.countUnapproved();
      case COUNT_WITHOUT_TRAVEL_ORDER -> policy.countWithoutTravelOrder();
      case HALF_DAY_CREDIT -> policy.halfDayCredit();
      case REPORT_DEADLINE_DAYS -> policy.reportDeadlineDays();
      case HOST_LEVEL_MINIMUMS -> Maps.immutableEnumMap(policy.hostLevelMinimums());
      case KIND_MINIMUMS -> Maps.immutableEnumMap(policy.kindMinimums());
      case MEETING_DAY_EXPECTED -> policy.meetingDayExpected();
      case WINDOWS_REQUIRED -> policy.windowsRequired();
      case MINIMUMS_SCALE_WITH_REQUIREMENT -> policy.minimumsScaleWithRequirement();
      case REGISTRATION_DEADLINE -> policy.registrationDeadline();
      case MAX_DELEGATIONS_PER_HOST_PER_WINDOW -> policy.maxDelegationsPerHostPerWindow();
      case QUARTERLY_TARGETS -> ImmutableList.copyOf(policy.quarterlyTargets());
    };
  }

  /**
   * Sets {@code parameter} on {@code builder} to {@code value}, which must be in canonical form.
   */
  @SuppressWarnings("unchecked")
  static void set(ImmutablePolicy.Builder builder, PolicyParameter parameter, Object value) {
    switch (parameter) {
      case REQUIRED_DAYS -> {
        builder.requiredDays((Days) value);
        return;
      }
      case COUNTING_PERIOD -> {
        builder.countingPeriod((CountingPeriod) value);
        return;
      }
      case SUBJECT_LEVELS -> {
        builder.subjectLevels((Set<Level>) value);
        return;
      }
      case SUBJECT_EMPLOYMENT -> {
        builder.subjectEmployment((Set<Employment>) value);
        return;
      }
      case COMMITTEE_MEMBERS_SUBJECT -> {
        builder.committeeMembersSubject((Boolean) value);
        return;
      }
      case PRO_RATING -> {
        builder.proRating((ProRating) value);
        return;
      }
      case EXEMPTIONS -> {
        builder.exemptions((Map<LeaveKind, ExemptionRule>) value);
        return;
      }
      case LEAVE_REDUCES_REQUIREMENT -> {
        builder.leaveReducesRequirement((Boolean) value);
        return;
      }
      case COUNT_INVITED_ONLY -> {
        builder.countInvitedOnly((Boolean) value);
        return;
      }
      case COUNT_UNAPPROVED -> {
        builder.countUnapproved((Boolean) value);
        return;
      }
      case COUNT_WITHOUT_TRAVEL_ORDER -> {
        builder.countWithoutTravelOrder((Boolean) value);
        return;
      }
      case HALF_DAY_CREDIT -> {
        builder.halfDayCredit((Boolean) value);
        return;
      }
      case REPORT_DEADLINE_DAYS -> {
        builder.reportDeadlineDays((Optional<Integer>) value);
        return;
      }
      case HOST_LEVEL_MINIMUMS -> {
        builder.hostLevelMinimums((Map<HostLevel, Days>) value);
        return;
      }
      case KIND_MINIMUMS -> {
        builder.kindMinimums((Map<KindOfWork, Days>) value);
        return;
      }
      case MEETING_DAY_EXPECTED -> {
        builder.meetingDayExpected((Boolean) value);
        return;
      }
      case WINDOWS_REQUIRED -> {
        builder.windowsRequired((Boolean) value);
        return;
      }
      case MINIMUMS_SCALE_WITH_REQUIREMENT -> {
        builder.minimumsScaleWithRequirement((Boolean) value);
        return;
      }
      case REGISTRATION_DEADLINE -> {
        builder.registrationDeadline((Optional<RegistrationDeadline>) value);
        return;
      }
      case MAX_DELEGATIONS_PER_HOST_PER_WINDOW -> {
        builder.maxDelegationsPerHostPerWindow((Optional<Integer>) value);
        return;
      }
      case QUARTERLY_TARGETS -> {
        builder.quarterlyTargets((List<Days>) value);
        return;
      }
    }
    throw new AssertionError(parameter);
  }

  /**
   * {@code value} in canonical form for {@code parameter}. Optional parameters take an {@link
   * Optional} or a bare value; sets, maps and lists take any collection or map of the right element
   * types.
   *
   * @throws IllegalArgumentException naming the parameter and the value if its type is wrong
   */
  static Object canonical(PolicyParameter parameter, Object value) {
    return switch (parameter) {
      case REQUIRED_DAYS -> instance(parameter, value, Days.class);
      case COUNTING_PERIOD -> instance(parameter, value, CountingPeriod.class);
      case SUBJECT_LEVELS -> enumSet(Level.class, elements(parameter, value, Level.class));
      case SUBJECT_EMPLOYMENT ->
          enumSet(Employment.class, elements(parameter, value, Employment.class));
      case PRO_RATING -> instance(parameter, value, ProRating.class);
      case EXEMPTIONS -> entries(parameter, value, LeaveKind.class, ExemptionRule.class);
      case COMMITTEE_MEMBERS_SUBJECT,
          LEAVE_REDUCES_REQUIREMENT,
          COUNT_INVITED_ONLY,
          COUNT_UNAPPROVED,
          COUNT_WITHOUT_TRAVEL_ORDER,
          HALF_DAY_CREDIT,
          MEETING_DAY_EXPECTED,
          WINDOWS_REQUIRED,
          MINIMUMS_SCALE_WITH_REQUIREMENT ->
          instance(parameter, value, Boolean.class);
      case REPORT_DEADLINE_DAYS, MAX_DELEGATIONS_PER_HOST_PER_WINDOW ->
          optional(parameter, value, Integer.class);
      case HOST_LEVEL_MINIMUMS -> entries(parameter, value, HostLevel.class, Days.class);
      case KIND_MINIMUMS -> entries(parameter, value, KindOfWork.class, Days.class);
      case REGISTRATION_DEADLINE -> optional(parameter, value, RegistrationDeadline.class);
      case QUARTERLY_TARGETS -> ImmutableList.copyOf(elements(parameter, value, Days.class));
    };
  }

  /**
   * {@code policy} with one parameter set to {@code value} (canonical form); citations unchanged.
   */
  static Policy with(Policy policy, PolicyParameter parameter, Object value) {
    ImmutablePolicy.Builder builder = Policy.builder().from(policy);
    set(builder, parameter, value);
    return builder.build();
  }

  /** The parameters whose values differ between {@code a} and {@code b}, in declaration order. */
  static ImmutableSet<PolicyParameter> changed(Policy a, Policy b) {
    EnumSet<PolicyParameter> changed = EnumSet.noneOf(PolicyParameter.class);
    for (PolicyParameter p : PolicyParameter.values()) {
      if (!get(a, p).equals(get(b, p))) {
        changed.add(p);
      }
    }
    return Sets.immutableEnumSet(changed);
  }

  /**
   * Each parameter whose value differs between {@code from} and {@code to}, with both values and
   * the citation {@code to} gives it.
   */
  static ImmutableList<ParameterChange> describe(Policy from, Policy to) {
    ImmutableList.Builder<ParameterChange> list = ImmutableList.builder();
    for (PolicyParameter p : changed(from, to)) {
      list.add(
          ParameterChange.builder()
              .parameter(p)
              .before(text(get(from, p)))
              .after(text(get(to, p)))
              .citation(to.citation(p))
              .build());
    }
    return list.build();
  }

  /**
   * A short text of a parameter's value, in the form a variant file uses: {@code 60}, {@code
   * CENTRAL, PROVINCIAL}, {@code BRANCH=30, COMMUNE=20}, {@code none}.
   */
  static String text(Object value) {
    if (value instanceof Optional) {
      Optional<?> o = (Optional<?>) value;
      return o.isPresent() ? text(o.get()) : "none";
    }
    if (value instanceof Collection) {
      Collection<?> c = (Collection<?>) value;
      return c.isEmpty()
          ? "none"
          : c.stream().map(Parameters::text).collect(Collectors.joining(", "));
    }
    if (value instanceof Map) {
      Map<?, ?> m = (Map<?, ?>) value;
      return m.isEmpty()
          ? "none"
          : m.entrySet().stream()
              .map(e -> e.getKey() + "=" + text(e.getValue()))
              .collect(Collectors.joining(", "));
    }
    return value.toString();
  }

  private static <T> T instance(PolicyParameter parameter, Object value, Class<T> type) {
    if (!type.isInstance(value)) {
      throw wrongType(parameter, value, type.getSimpleName());
    }
    return type.cast(value);
  }

  private static <T> Optional<T> optional(PolicyParameter parameter, Object value, Class<T> type) {
    if (value instanceof Optional) {
      Optional<?> o = (Optional<?>) value;
      return o.map(v -> instance(parameter, v, type));
    }
    return Optional.of(instance(parameter, value, type));
  }

  private static <T> List<T> elements(PolicyParameter parameter, Object value, Class<T> type) {
    if (!(value instanceof Collection)) {
      throw wrongType(parameter, value, "a collection of " + type.getSimpleName());
    }
    ImmutableList.Builder<T> list = ImmutableList.builder();
    for (Object e : (Collection<?>) value) {
      if (!type.isInstance(e)) {
        throw wrongType(parameter, value, "a collection of " + type.getSimpleName());
      }
      list.add(type.cast(e));
    }
    return list.build();
  }

  private static <K extends Enum<K>, V> ImmutableMap<K, V> entries(
      PolicyParameter parameter, Object value, Class<K> keyType, Class<V> valueType) {
    String expected = "a map of " + keyType.getSimpleName() + " to " + valueType.getSimpleName();
    if (!(value instanceof Map)) {
      throw wrongType(parameter, value, expected);
    }
    Map<K, V> map = new java.util.EnumMap<>(keyType);
    for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
      if (!keyType.isInstance(e.getKey()) || !valueType.isInstance(e.getValue())) {
        throw wrongType(parameter, value, expected);
      }
      map.put(keyType.cast(e.getKey()), valueType.cast(e.getValue()));
    }
    return Maps.immutableEnumMap(map);
  }

  private static <E extends Enum<E>> ImmutableSet<E> enumSet(Class<E> type, Collection<E> values) {
    EnumSet<E> set = EnumSet.noneOf(type);
    set.addAll(values);
    return Sets.immutableEnumSet(set);
  }

  private static IllegalArgumentException wrongType(
      PolicyParameter parameter, Object value, String expected) {
    return new IllegalArgumentException(
        "parameter "
            + parameter
            + " ("
            + parameter.key()
            + ") takes "
            + expected
            + ", not "
            + value.getClass().getSimpleName()
            + " "
            + value);
  }
}
