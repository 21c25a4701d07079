package org.clustermodels.core.hierarchy;

import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.distance.CondensedDistances;

/**
 * DIANA's memory check before its distance matrix is computed, with DIANA's own advice (bisecting k-means).
 */
final class DivisiveDistances {
  private DivisiveDistances() {
  }

  /**
   * Fails unless the n(n-1)/2 distances of n rows (and DIANA's O(n) working arrays) fit into the heap.
   *
   * @param n number of rows
   * @throws IllegalArgumentException saying the bytes needed, the bytes available and what to do instead
   */
  static void requireMemory(int n, MemoryCheck memory) {
    if (n > CondensedDistances.MAX_N) {
      throw new IllegalArgumentException("DIANA needs the distances of all " + n + " rows, but one array holds "
          + "them for at most " + CondensedDistances.MAX_N + " rows; use bisecting k-means "
          + "(method BISECTING_KMEANS), which needs no distance matrix, or a sample of the rows");
    }
    memory.require(CondensedDistances.bytesFor(n) + 64L * n, "DIANA on " + n + " rows (the distances of all "
        + "pairs and its work arrays)", "use bisecting k-means (method BISECTING_KMEANS), which needs no distance "
        + "matrix, a sample of the rows, or a larger heap (-Xmx)");
  }
}
