package io.github.dicoso.compliance;

import io.github.dicoso.Days;
import io.github.dicoso.Vocabulary;
import io.github.dicoso.internal.Messages;
import io.github.dicoso.requirement.MinimumCheck;
import io.github.dicoso.visit.HostLevel;
import io.github.dicoso.visit.KindOfWork;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import org.immutables.value.Value;

/**
 * What would change the outcome of a non-compliant officer: the fewest more days that meet the
 * requirement and every binding minimum, and which constraint binds.
 *
 * <p>A new whole day counts once towards the total, at one host level, and may carry several kinds
 * of work. So the days needed are the largest of: the shortfall; the sum of the per-level deficits;
 * the largest per-kind deficit. The binding constraint is the one that sets that number, host level
 * before kind before total when two tie above the shortfall.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Hint {
  Hint() {}

  /** Which constraint sets the days needed. */
  public enum Binding {
    /** The total requirement. */
    TOTAL,
    /** The per-host-level minimums. */
    HOST_LEVEL,
    /** A per-kind minimum. */
    KIND
  }

  /** The factory that rebuilds a stored result, reached through {@code internal.Friends}. */
  static Hint create(
      Days moreDays,
      Binding binding,
      Map<HostLevel, Days> hostLevelDeficits,
      Map<KindOfWork, Days> kindDeficits) {
    return ImmutableHint.instance(moreDays, binding, hostLevelDeficits, kindDeficits);
  }

  /** The hint for a status decision, when the officer is non-compliant. */
  static Hint of(StatusDecision decision) {
    Days shortfall = decision.required().minusFloorZero(decision.credited());
    Map<HostLevel, Days> levels = new EnumMap<>(HostLevel.class);
    Map<KindOfWork, Days> kinds = new EnumMap<>(KindOfWork.class);
    for (MinimumCheck m : decision.unmetMinimums()) {
      if (m.target() instanceof HostLevel level) {
        levels.put(level, m.missing());
      } else if (m.target() instanceof KindOfWork kind) {
        kinds.put(kind, m.missing());
      }
    }
    Days levelSum = levels.values().stream().reduce(Days.ZERO, Days::plus);
    Days kindMax = kinds.values().stream().reduce(Days.ZERO, Days::max);
    Days more = shortfall.max(levelSum).max(kindMax);
    Binding binding =
        levelSum.equals(more) && levelSum.compareTo(shortfall) > 0
            ? Binding.HOST_LEVEL
            : kindMax.equals(more) && kindMax.compareTo(shortfall) > 0
                ? Binding.KIND
                : Binding.TOTAL;
    return ImmutableHint.instance(more, binding, levels, kinds);
  }

  /** {@return the fewest more days that meet the requirement and every binding minimum} */
  @Value.Parameter
  public abstract Days moreDays();

  /** {@return the constraint that sets {@link #moreDays()}} */
  @Value.Parameter
  public abstract Binding binding();

  /** {@return days missing at each host level whose binding minimum is not met} */
  @Value.Parameter
  public abstract Map<HostLevel, Days> hostLevelDeficits();

  /** {@return days missing of each kind of work whose binding minimum is not met} */
  @Value.Parameter
  public abstract Map<KindOfWork, Days> kindDeficits();

  /**
   * The hint as one sentence: the days needed and, where a minimum binds, where they are needed.
   *
   * @param locale Vietnamese ({@code vi}) or, for any other locale, English
   * @return the text, on one line
   */
  public String render(Locale locale) {
    StringJoiner deficits = new StringJoiner("; ");
    hostLevelDeficits()
        .forEach(
            (level, days) ->
                deficits.add(
                    Messages.format(
                        locale,
                        "hint.deficit.level",
                        Map.<String, Object>of("target", level, "days", days),
                        Vocabulary::value)));
    kindDeficits()
        .forEach(
            (kind, days) ->
                deficits.add(
                    Messages.format(
                        locale,
                        "hint.deficit.kind",
                        Map.<String, Object>of("target", kind, "days", days),
                        Vocabulary::value)));
    String key = deficits.length() == 0 ? "hint.TOTAL" : "hint." + binding();
    return Messages.format(
        locale,
        key,
        Map.<String, Object>of("moreDays", moreDays(), "deficits", deficits.toString()),
        Vocabulary::value);
  }

  /** {@code Hint[8 more days, TOTAL]}. */
  @Override
  public String toString() {
    return "Hint[" + moreDays() + " more days, " + binding() + "]";
  }
}
