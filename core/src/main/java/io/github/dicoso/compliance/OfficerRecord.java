package io.github.dicoso.compliance;

import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.Visit;
import java.util.List;
import org.immutables.value.Value;

/**
 * The inputs of one officer's evaluation: the officer with their visits and leaves, all naming the
 * officer's id.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class OfficerRecord {
  OfficerRecord() {}

  /** {@return a builder for a record} */
  public static ImmutableOfficerRecord.Builder builder() {
    return ImmutableOfficerRecord.builder();
  }

  /**
   * The record of {@code officer} with {@code visits} and {@code leaves}.
   *
   * @param officer the officer
   * @param visits the officer's visits, in any order
   * @param leaves the officer's leaves, in any order
   * @return the record
   * @throws IllegalArgumentException if a visit or leave names another officer
   */
  public static OfficerRecord of(Officer officer, Iterable<Visit> visits, Iterable<Leave> leaves) {
    return builder().officer(officer).visits(visits).leaves(leaves).build();
  }

  /** {@return the officer} */
  public abstract Officer officer();

  /** {@return the officer's visits, in any order} */
  public abstract List<Visit> visits();

  /** {@return the officer's leaves, in any order} */
  public abstract List<Leave> leaves();

  /** {@return the officer's id} */
  public String officerId() {
    return officer().id();
  }

  @Value.Check
  void validate() {
    String id = officer().id();
    for (Visit v : visits()) {
      if (!v.officerId().equals(id)) {
        throw new IllegalArgumentException(
            "record of officer " + id + ": visit " + v.id() + " names officer " + v.officerId());
      }
    }
    for (Leave l : leaves()) {
      if (!l.officerId().equals(id)) {
        throw new IllegalArgumentException(
            "record of officer "
                + id
                + ": leave "
                + l.kind()
                + " "
                + l.start()
                + ".."
                + l.end()
                + " names officer "
                + l.officerId());
      }
    }
  }
}
