package io.github.dicoso.internal;

import org.jspecify.annotations.Nullable;

/**
 * A check that ids are distinct, for the few dozen visits of one officer: an open-addressing table
 * of the ids seen, without the entry objects of a {@code HashSet}. Not thread-safe; one instance
 * serves one check.
 */
public final class DistinctIds {
  private final @Nullable String[] table;
  private final int mask;

  /** A check for at most {@code expected} ids (more are accepted, at a cost). */
  public DistinctIds(int expected) {
    int size = Integer.highestOneBit(Math.max(4, expected * 2 - 1)) << 1;
    this.table = new String[size];
    this.mask = size - 1;
  }

  /** Adds {@code id}; false if it was already added. */
  public boolean add(String id) {
    int i = spread(id.hashCode()) & mask;
    for (int probes = 0; probes <= mask; probes++) {
      String seen = table[i];
      if (seen == null) {
        table[i] = id;
        return true;
      }
      if (seen.equals(id)) {
        return false;
      }
      i = (i + 1) & mask;
    }
    throw new IllegalStateException("more than " + table.length + " ids in one check");
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B9;
  }
}
