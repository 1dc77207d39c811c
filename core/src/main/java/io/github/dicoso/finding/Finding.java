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

  /** A builder for a finding. */
  public static ImmutableFinding.Builder builder() {
    return ImmutableFinding.builder();
  }

  /** A builder for a finding of {@code code} with its default severity and the given citation. */
  public static ImmutableFinding.Builder of(FindingCode code, Citation citation) {
    return builder().code(code).severity(code.defaultSeverity()).citation(citation);
  }

  /** What kind of finding this is. */
  public abstract FindingCode code();

  /** How serious it is. */
  public abstract Severity severity();

  /** The officer concerned, if one is. */
  public abstract java.util.Optional<String> officerId();

  /** The visits concerned, in input order. */
  public abstract List<String> visitIds();

  /** The dates concerned. */
  @Value.NaturalOrder
  public abstract SortedSet<LocalDate> dates();

  /**
   * The facts behind the finding as named values, e.g. {@code level=BRANCH, credited=25,
   * minimum=30}; the keys are stable and are used to render the message.
   */
  public abstract Map<String, String> arguments();

  /** The citation of the rule the finding applies. */
  public abstract Citation citation();
}
