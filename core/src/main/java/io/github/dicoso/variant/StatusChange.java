package io.github.dicoso.variant;

import io.github.dicoso.Parameter;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.internal.Messages;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * An officer whose status under a variant differs from the baseline, with the changed parameters
 * that made the difference.
 *
 * <p><b>How the reason is found.</b> Each parameter the variant changes is reverted, alone, to the
 * baseline's value and the officer is evaluated again. The parameters whose reversal alone moves
 * the officer off the variant's status are {@linkplain Attribution#EACH_NECESSARY each necessary}.
 * If there is none (the change is over-determined: two changes each bring it about), each parameter
 * is instead applied alone to the baseline, and those that alone bring the variant's status are
 * {@linkplain Attribution#EACH_SUFFICIENT each sufficient}. If neither test singles one out, the
 * reason is {@linkplain Attribution#JOINT all the changes together}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StatusChange {
  StatusChange() {}

  /** How the reasons were singled out. */
  public enum Attribution {
    /** Reverting any one of the reasons alone undoes the change. */
    EACH_NECESSARY,
    /** No single reversal undoes it, but any one of the reasons alone brings it about. */
    EACH_SUFFICIENT,
    /** Only the changes together bring it about; every changed parameter is listed. */
    JOINT
  }

  /** The factory that rebuilds a stored result, reached through {@code internal.Friends}. */
  static StatusChange create(
      String officerId,
      String officerName,
      String variant,
      Outcome baseline,
      Outcome underVariant,
      List<ParameterChange> reasons,
      Attribution attribution) {
    return builder()
        .officerId(officerId)
        .officerName(officerName)
        .variant(variant)
        .baseline(baseline)
        .underVariant(underVariant)
        .reasons(reasons)
        .attribution(attribution)
        .build();
  }

  /** A builder for a status change; {@link VariantComparison} builds them. */
  static ImmutableStatusChange.Builder builder() {
    return new ImmutableStatusChange.Builder();
  }

  /** {@return the officer} */
  public abstract String officerId();

  /** {@return the officer's name; may be empty} */
  public abstract String officerName();

  /** {@return the variant under which the status differs} */
  public abstract String variant();

  /** {@return the outcome under the baseline} */
  public abstract Outcome baseline();

  /** {@return the outcome under the variant} */
  public abstract Outcome underVariant();

  /** {@return the changed parameters that made the difference, with their values and citations} */
  public abstract List<ParameterChange> reasons();

  /** {@return how the reasons were singled out} */
  public abstract Attribution attribution();

  /** {@return the parameters of {@link #reasons()}} */
  public List<Parameter<?>> reasonParameters() {
    return reasons().stream().map(ParameterChange::parameter).collect(Collectors.toList());
  }

  /**
   * The change as one line: {@code O-02 under thirty-day-year: NON_COMPLIANT 40/60 -> COMPLIANT
   * 40/30, because required-days: 60 -> 30 (Tỉnh đoàn Ninh Thuận, 2020)}.
   *
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the text
   */
  public String render(Locale locale) {
    return Messages.format(
        locale,
        attribution() == Attribution.JOINT ? "comparison.change.joint" : "comparison.change",
        Map.<String, Object>of(
            "officer",
            officerId(),
            "variant",
            Messages.isVietnamese(locale) ? Vocabulary.policyName(variant(), locale) : variant(),
            "before",
            baseline().render(locale),
            "after",
            underVariant().render(locale),
            "reasons",
            reasons().stream().map(r -> r.render(locale)).collect(Collectors.joining("; "))),
        (v, l) -> v.toString());
  }

  /**
   * {@code O-02 under thirty-day-year: NON_COMPLIANT 40/60 -> COMPLIANT 40/30, because
   * required-days: 60 -> 30 (Tỉnh đoàn Ninh Thuận, 2020)}.
   */
  @Override
  public String toString() {
    String joint = attribution() == Attribution.JOINT ? " together" : "";
    return officerId()
        + " under "
        + variant()
        + ": "
        + baseline()
        + " -> "
        + underVariant()
        + ", because "
        + reasons().stream().map(ParameterChange::toString).collect(Collectors.joining("; "))
        + joint;
  }
}
