package io.github.dicoso.examples.cli;

import io.github.dicoso.leave.Leave;
import io.github.dicoso.officer.Officer;
import java.util.List;

/**
 * The input of one evaluation as read from the files: officers and leaves in memory, in file order,
 * and the visits in a {@link VisitSpill} (temporary files), which the run closes when it ends.
 *
 * @param officers the officers, ids unique
 * @param leaves the leaves, including those of unknown officers
 * @param leaveLines the line of the leaves file each leave was read from, one per leave
 * @param visits the visits, ids unique, including those of unknown officers
 */
record SpilledDataset(
    List<Officer> officers, List<Leave> leaves, List<Long> leaveLines, VisitSpill visits) {
  SpilledDataset {
    officers = List.copyOf(officers);
    leaves = List.copyOf(leaves);
    leaveLines = List.copyOf(leaveLines);
    if (leaveLines.size() != leaves.size()) {
      throw new IllegalArgumentException(
          leaves.size() + " leaves but " + leaveLines.size() + " lines for them");
    }
  }
}
