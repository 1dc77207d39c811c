package io.github.dicoso.examples.cli;

import io.github.dicoso.Days;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One officer's line of {@code results.csv}: name and department, status and its reason, required,
 * credited and short days, days by kind of work and by host level, and the codes of the findings
 * (one per finding, in order).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param officerId the officer
 * @param name the officer's name (input text; may be empty)
 * @param department the officer's department (input text; may be empty)
 * @param status NOT_SUBJECT, EXEMPT, COMPLIANT or NON_COMPLIANT
 * @param statusReason why the officer is not held to the requirement, as a code: the eligibility
 *     reason of an officer NOT_SUBJECT (e.g. {@code EMPLOYMENT_NOT_SUBJECT}), the kind of the
 *     exempting leave of one EXEMPT (e.g. {@code MATERNITY}); empty for COMPLIANT and NON_COMPLIANT
 * @param required days required
 * @param credited days credited
 * @param shortfall days short of the requirement; zero when met
 * @param byKind days on which each kind of work occurred; every kind present
 * @param byHostLevel days at each host level; every level present
 * @param findings the finding codes, one per finding
 */
record ResultRow(
    String officerId,
    String name,
    String department,
    String status,
    String statusReason,
    Days required,
    Days credited,
    Days shortfall,
    Map<KindOfWork, Days> byKind,
    Map<HostLevel, Days> byHostLevel,
    List<String> findings) {
  ResultRow {
    byKind = complete(byKind, KindOfWork.class);
    byHostLevel = complete(byHostLevel, HostLevel.class);
    findings = List.copyOf(findings);
  }

  /** {@return days on which {@code kind} of work occurred, zero if none} */
  Days daysOf(KindOfWork kind) {
    return byKind.getOrDefault(kind, Days.ZERO);
  }

  /** {@return days at host {@code level}, zero if none} */
  Days daysAt(HostLevel level) {
    return byHostLevel.getOrDefault(level, Days.ZERO);
  }

  private static <K extends Enum<K>> Map<K, Days> complete(Map<K, Days> days, Class<K> type) {
    EnumMap<K, Days> all = new EnumMap<>(type);
    for (K key : type.getEnumConstants()) {
      all.put(key, days.getOrDefault(key, Days.ZERO));
    }
    return java.util.Collections.unmodifiableMap(all);
  }
}
