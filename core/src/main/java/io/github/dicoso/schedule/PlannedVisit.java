package io.github.dicoso.schedule;

import static io.github.dicoso.internal.Checks.checkNotBlank;
import static io.github.dicoso.internal.Checks.checkOrdered;
import static io.github.dicoso.internal.Checks.checkPlausible;

import io.github.dicoso.visit.HostLevel;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.threeten.extra.LocalDateRange;

/**
 * One visit an officer registers in a quarterly plan: {@code start} to {@code end}, both inclusive,
 * the host unit and the topic (chuyên đề) to be worked on.
 *
 * <p>A planned visit is carried out when a {@link io.github.dicoso.visit.Visit} with the same id
 * and officer is recorded. Planned visits with the same {@link #delegation()} label and host unit
 * travel together as one delegation (đoàn công tác); a planned visit without a label is a
 * delegation of its own.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class PlannedVisit {
  PlannedVisit() {}

  /** {@return a builder for a planned visit} */
  public static ImmutablePlannedVisit.Builder builder() {
    return ImmutablePlannedVisit.builder();
  }

  /** {@return the planned visit's identifier; a recorded visit with this id carries it out} */
  public abstract String id();

  /** {@return the first day planned, inclusive} */
  public abstract LocalDate start();

  /** {@return the last day planned, inclusive; the start date for a one-day visit} */
  @Value.Default
  public LocalDate end() {
    return start();
  }

  /** {@return the unit to be visited (e.g. "Huyện đoàn Hàm Tân")} */
  public abstract String hostUnit();

  /** {@return the level of the unit to be visited} */
  public abstract HostLevel hostLevel();

  /** {@return the topic (chuyên đề) registered, e.g. "khảo sát mô hình thanh niên làm kinh tế"} */
  public abstract String topic();

  /**
   * {@return the delegation (đoàn công tác) this visit travels with, if it is grouped with others;
   * planned visits with the same label and host unit are one delegation}
   */
  public abstract Optional<String> delegation();

  /**
   * {@return the planned dates as a range; closed, so {@link LocalDateRange#getEndInclusive()} is
   * {@link #end()}}
   */
  public LocalDateRange dates() {
    return LocalDateRange.ofClosed(start(), end());
  }

  /**
   * {@return the topic compared across officers: Unicode NFC, lower case, runs of white space
   * collapsed to one space, trimmed} "Khảo sát mô hình" and "khảo sát mô hình" are the same topic.
   */
  public String normalizedTopic() {
    return normalize(topic());
  }

  /**
   * {@return the key of the delegation this visit belongs to: its label, or its own id when it has
   * none}
   */
  public String delegationKey() {
    return delegation().orElse(id());
  }

  static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }

  @Value.Check
  void validate() {
    checkNotBlank("planned visit", "id", id());
    String record = "planned visit " + id();
    checkNotBlank(record, "host unit", hostUnit());
    checkNotBlank(record, "topic", topic());
    checkPlausible(record, "start", start());
    checkPlausible(record, "end", end());
    checkOrdered(record, start(), end());
    delegation().ifPresent(d -> checkNotBlank(record, "delegation", d));
  }
}
