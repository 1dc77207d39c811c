package io.github.dicoso.finding;

import io.github.dicoso.Citation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * One thing a check noticed: a code, a severity, the visits and dates it concerns, the citation of
 * the rule, and the numbers behind it as named arguments (used to render the message in any
 * language).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Finding {
  Finding() {}

  /** {@return a builder for a finding} */
  public static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }

  /**
   * A builder for a finding of {@code code} with its default severity and the given citation.
   *
   * @param code what was found
   * @param citation the rule the finding rests on
   * @return the builder, with code, severity and citation set
   */
  public static ImmutableFinding.Builder of(FindingCode code, Citation citation) {
    return builder().code(code).severity(code.defaultSeverity()).citation(citation);
  }

  /** {@return what kind of finding this is} */
  public abstract FindingCode code();

  /** {@return how serious it is} */
  public abstract Severity severity();

  /** {@return the officer concerned, if one is} */
  public abstract java.util.Optional<String> officerId();

  /** {@return the visits concerned, in input order} */
  public abstract List<String> visitIds();

  /** {@return the dates concerned} */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> dates();

  /**
   * {@return the facts behind the finding as named values, e.g. {@code level=BRANCH, credited=25,
   * minimum=30}; the keys are stable and are used to render the message}
   */
  public abstract Map<String, String> arguments();

  /** {@return the citation of the rule the finding applies} */
  public abstract Citation citation();
}
