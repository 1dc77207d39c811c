package io.github.dicoso.compliance;

import static java.util.Objects.requireNonNull;

import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.Visit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The inputs of a unit's evaluation: one record per officer, and the visits and leaves that name no
 * officer of the population (kept, never dropped: the evaluation reports them). Officer ids and
 * visit ids are unique in a population. Records may hold whole histories: each period's evaluation
 * sees only what overlaps it.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Population {
  Population() {}

  /**
   * The population of {@code records}.
   *
   * @param records one record per officer, in any order
   * @return the population
   * @throws IllegalArgumentException naming the id if two records share an officer id, or two
   *     visits share a visit id
   */
  public static Population of(Iterable<OfficerRecord> records) {
    return ImmutablePopulation.instance(requireNonNull(records, "records"), List.of(), List.of());
  }

  /**
   * The population given as flat lists, as an HR system exports them: visits and leaves are grouped
   * by officer id; those naming no officer of {@code officers} are kept as unmatched.
   *
   * @param officers the officers, in any order
   * @param visits the visits of all officers, in any order
   * @param leaves the leaves of all officers, in any order
   * @return the population
   * @throws IllegalArgumentException naming the id if two officers share an id, or two visits share
   *     a visit id
   */
  public static Population of(
      Iterable<Officer> officers, Iterable<Visit> visits, Iterable<Leave> leaves) {
    Map<String, Officer> byId = new LinkedHashMap<>();
    for (Officer o : requireNonNull(officers, "officers")) {
      if (byId.putIfAbsent(o.id(), o) != null) {
        throw new IllegalArgumentException(
            "population: officer id " + o.id() + " appears more than once");
      }
    }
    Map<String, List<Visit>> visitsOf = new HashMap<>();
    List<Visit> unmatchedVisits = new ArrayList<>();
    for (Visit v : requireNonNull(visits, "visits")) {
      if (byId.containsKey(v.officerId())) {
        visitsOf.computeIfAbsent(v.officerId(), k -> new ArrayList<>()).add(v);
      } else {
        unmatchedVisits.add(v);
      }
    }
    Map<String, List<Leave>> leavesOf = new HashMap<>();
    List<Leave> unmatchedLeaves = new ArrayList<>();
    for (Leave l : requireNonNull(leaves, "leaves")) {
      if (byId.containsKey(l.officerId())) {
        leavesOf.computeIfAbsent(l.officerId(), k -> new ArrayList<>()).add(l);
      } else {
        unmatchedLeaves.add(l);
      }
    }
    List<OfficerRecord> records = new ArrayList<>(byId.size());
    for (Officer o : byId.values()) {
      records.add(
          OfficerRecord.of(
              o,
              visitsOf.getOrDefault(o.id(), List.of()),
              leavesOf.getOrDefault(o.id(), List.of())));
    }
    unmatchedVisits.sort(
        Comparator.comparing(Visit::officerId)
            .thenComparing(Visit::start)
            .thenComparing(Visit::id));
    unmatchedLeaves.sort(
        Comparator.comparing(Leave::officerId)
            .thenComparing(Leave::start)
            .thenComparing(Leave::label));
    return ImmutablePopulation.instance(records, unmatchedVisits, unmatchedLeaves);
  }

  /** {@return one record per officer, in the order given} */
  @Value.Parameter
  public abstract List<OfficerRecord> records();

  /** {@return visits naming an officer not in the population, by officer id, date and id} */
  @Value.Parameter
  public abstract List<Visit> unmatchedVisits();

  /** {@return leaves naming an officer not in the population, by officer id and date} */
  @Value.Parameter
  public abstract List<Leave> unmatchedLeaves();

  @Value.Check
  void validate() {
    Set<String> officerIds = new HashSet<>();
    Set<String> visitIds = new HashSet<>();
    for (OfficerRecord r : records()) {
      if (!officerIds.add(r.officerId())) {
        throw new IllegalArgumentException(
            "population: officer id " + r.officerId() + " appears more than once");
      }
      for (Visit v : r.visits()) {
        if (!visitIds.add(v.id())) {
          throw new IllegalArgumentException(
              "population: visit id " + v.id() + " is given more than once");
        }
      }
    }
    for (Visit v : unmatchedVisits()) {
      if (!visitIds.add(v.id())) {
        throw new IllegalArgumentException(
            "population: visit id " + v.id() + " is given more than once");
      }
    }
  }

  /** {@code Population[25 officers, 3 unmatched visits, 0 unmatched leaves]}. */
  @Override
  public String toString() {
    return "Population["
        + records().size()
        + " officers, "
        + unmatchedVisits().size()
        + " unmatched visits, "
        + unmatchedLeaves().size()
        + " unmatched leaves]";
  }
}
