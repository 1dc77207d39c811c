package io.github.dicoso.schedule;

import com.google.common.collect.ImmutableSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * A delegation (đoàn công tác): planned visits to one host unit that travel together. Planned
 * visits to the same host with the same {@link PlannedVisit#delegation()} label are one delegation;
 * a planned visit without a label is a delegation of its own, keyed by its id.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Delegation {
  Delegation() {}

  /** {@return the delegation's key: the shared label, or the id of its only planned visit} */
  public abstract String key();

  /** {@return the host unit visited, as first spelled in the plans} */
  public abstract String hostUnit();

  /** {@return the planned visits of the delegation, in plan order} */
  public abstract List<PlannedVisit> plannedVisits();

  /** {@return the officer of each planned visit, by planned visit id} */
  public abstract Map<String, String> officerByVisit();

  /** {@return the officers of the delegation} */
  public Set<String> officerIds() {
    return ImmutableSet.copyOf(officerByVisit().values());
  }

  /**
   * Whether at least one planned date of the delegation falls in {@code window}.
   *
   * @param window the window
   * @return whether a planned date of the delegation falls in it
   */
  public boolean overlaps(Window window) {
    return plannedVisits().stream().anyMatch(v -> window.overlaps(v.dates()));
  }

  /**
   * {@return the span of the delegation's planned dates; closed, from the first planned day to the
   * last inclusive ({@link LocalDateRange#getEndInclusive()})}
   */
  public LocalDateRange span() {
    return plannedVisits().stream()
        .map(PlannedVisit::dates)
        .reduce(LocalDateRange::span)
        .orElseThrow();
  }

  @Value.Check
  void validate() {
    if (plannedVisits().isEmpty()) {
      throw new IllegalArgumentException("delegation " + key() + ": planned visits is empty");
    }
  }
}
