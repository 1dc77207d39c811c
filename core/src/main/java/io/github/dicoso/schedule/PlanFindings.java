package io.github.dicoso.schedule;

import io.github.dicoso.Citation;
import io.github.dicoso.finding.Finding;
import io.github.dicoso.finding.FindingCode;
import io.github.dicoso.internal.Friends;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.threeten.extra.LocalDateRange;

/** Makes the findings of the plan checks: the finding's code, source, subject and facts. */
final class PlanFindings {
  private PlanFindings() {}

  /** A finding; {@code facts} are name, value, name, value... */
  static Finding of(
      FindingCode code,
      Citation citation,
      @Nullable String officerId,
      Collection<String> visitIds,
      List<LocalDateRange> dates,
      Object... facts) {
    Map<String, Object> named = new LinkedHashMap<>();
    for (int i = 0; i < facts.length; i += 2) {
      named.put((String) facts[i], facts[i + 1]);
    }
    return Friends.create(
        Finding.class,
        code,
        code.defaultSeverity(),
        citation,
        Optional.ofNullable(officerId),
        List.copyOf(visitIds),
        dates,
        named);
  }

  /** Distinct dates in order as closed runs. */
  static List<LocalDateRange> runs(Collection<LocalDate> sortedDates) {
    List<LocalDateRange> runs = new ArrayList<>();
    LocalDate start = null;
    LocalDate previous = null;
    for (LocalDate d : sortedDates) {
      if (previous != null && d.equals(previous.plusDays(1))) {
        previous = d;
        continue;
      }
      if (start != null && previous != null) {
        runs.add(LocalDateRange.ofClosed(start, previous));
      }
      start = d;
      previous = d;
    }
    if (start != null && previous != null) {
      runs.add(LocalDateRange.ofClosed(start, previous));
    }
    return runs;
  }
}
