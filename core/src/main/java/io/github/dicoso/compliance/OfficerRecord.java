package io.github.dicoso.compliance;

import static java.util.Objects.requireNonNull;

import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.Visit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The inputs of one officer's evaluation: the officer with their visits and leaves, all naming the
 * officer's id. A record may hold the officer's whole history: an evaluation sees only the visits
 * and leaves that overlap the period it evaluates.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OfficerRecord {
  OfficerRecord() {}

  /**
   * The record of {@code officer} with {@code visits} and {@code leaves}.
   *
   * @param officer the officer
   * @param visits the officer's visits, in any order
   * @param leaves the officer's leaves, in any order
   * @return the record
   * @throws IllegalArgumentException if a visit or leave names another officer, or two visits share
   *     an id
   */
  public static OfficerRecord of(Officer officer, Iterable<Visit> visits, Iterable<Leave> leaves) {
    return ImmutableOfficerRecord.instance(
        requireNonNull(officer, "officer"),
        requireNonNull(visits, "visits"),
        requireNonNull(leaves, "leaves"));
  }

  /** {@return the officer} */
  @Value.Parameter
  public abstract Officer officer();

  /** {@return the officer's visits, in the order given} */
  @Value.Parameter
  public abstract List<Visit> visits();

  /** {@return the officer's leaves, in the order given} */
  @Value.Parameter
  public abstract List<Leave> leaves();

  /** {@return the officer's id} */
  public String officerId() {
    return officer().id();
  }

  @Value.Check
  void validate() {
    String id = officer().id();
    Set<String> visitIds = new HashSet<>();
    for (Visit v : visits()) {
      if (!v.officerId().equals(id)) {
        throw new IllegalArgumentException(
            "record of officer " + id + ": visit " + v.id() + " names officer " + v.officerId());
      }
      if (!visitIds.add(v.id())) {
        throw new IllegalArgumentException(
            "record of officer " + id + ": visit id " + v.id() + " is given more than once");
      }
    }
    for (Leave l : leaves()) {
      if (!l.officerId().equals(id)) {
        throw new IllegalArgumentException(
            "record of officer " + id + ": leave " + l.label() + " names officer " + l.officerId());
      }
    }
  }

  /** {@code OfficerRecord[BT-01, 12 visits, 1 leave]}. */
  @Override
  public String toString() {
    return "OfficerRecord["
        + officerId()
        + ", "
        + visits().size()
        + " visits, "
        + leaves().size()
        + " leaves]";
  }
}
