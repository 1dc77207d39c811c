package io.github.dicoso.examples.cli;

import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import io.github.dicoso.visit.Visit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The input of one run as read from the CSV files: officers, leaves and visits in file order.
 * Leaves and visits of officers not in the officers file are kept; the evaluation lists them as
 * excluded.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param officers the officers, ids unique
 * @param leaves the leaves, including those of unknown officers
 * @param leaveLines the line of the leaves file each leave was read from, one per leave
 * @param visits the visits, ids unique, including those of unknown officers
 */
record Dataset(
    List<Officer> officers, List<Leave> leaves, List<Long> leaveLines, List<Visit> visits) {
  Dataset {
    officers = List.copyOf(officers);
    leaves = List.copyOf(leaves);
    leaveLines = List.copyOf(leaveLines);
    visits = List.copyOf(visits);
    if (leaveLines.size() != leaves.size()) {
      throw new IllegalArgumentException(
          leaves.size() + " leaves but " + leaveLines.size() + " lines for them");
    }
  }

  /** The officers by id, in file order. */
  Map<String, Officer> officersById() {
    Map<String, Officer> byId = new LinkedHashMap<>();
    officers.forEach(o -> byId.put(o.id(), o));
    return byId;
  }
}
