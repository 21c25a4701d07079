package org.clustermodels.core.hierarchy;

import java.util.Arrays;
import org.clustermodels.core.distance.CondensedDistances;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * The shared bookkeeping of the matrix algorithms: positions in the condensed matrix, the ascending list of
 * active cluster slots, and progress and cancellation per merge.
 *
 * <p>Slots: a cluster lives in the slot of one of its rows, so a slot number is also a row of the cluster
 * (what {@link Dendrogram#fromRowMerges} needs). Distance (i, j), i &lt; j, is at {@code rowOffset(i) + j}.
 */
final class LinkageWorkspace {
  /** Merges between two progress reports: about 1 % of the work. */
  private final int reportEvery;
  private final int n;
  private final int[] rowOffset;
  private final int[] active;
  private int activeCount;
  private final ProgressMonitor monitor;
  private final String task;

  /**
   * @param n number of rows, at least 2
   * @param monitor progress and cancellation
   * @param task what to call the work in progress messages
   */
  LinkageWorkspace(int n, ProgressMonitor monitor, String task) {
    this.n = n;
    this.monitor = monitor;
    this.task = task;
    this.rowOffset = new int[n];
    for (int i = 0; i < n - 1; i++) {
      rowOffset[i] = CondensedDistances.index(n, i, i + 1) - (i + 1);
    }
    this.active = new int[n];
    for (int i = 0; i < n; i++) {
      active[i] = i;
    }
    this.activeCount = n;
    this.reportEvery = Math.max(1, n / 100);
  }

  /** Converts every distance to the linkage's internal scale, in place. */
  static void toInternalScale(double[] distances, Linkage linkage) {
    if (linkage.rescales()) {
      for (int p = 0; p < distances.length; p++) {
        distances[p] = linkage.initial(distances[p]);
      }
    }
  }

  /**
   * @param i a slot
   * @return the offset such that distance (i, j) for j &gt; i is at {@code offset + j} (0 for the last slot)
   */
  int rowOffset(int i) {
    return rowOffset[i];
  }

  /**
   * @param i a slot
   * @param j another slot
   * @return the position of distance (i, j) in the condensed matrix
   */
  int at(int i, int j) {
    return i < j ? rowOffset[i] + j : rowOffset[j] + i;
  }

  /** @return the active slots, ascending, in positions 0 .. {@link #activeCount()} - 1; never modify it */
  int[] active() {
    return active;
  }

  /** @return the number of active slots */
  int activeCount() {
    return activeCount;
  }

  /**
   * @param slot an active slot
   * @return its position in {@link #active()}
   */
  int position(int slot) {
    return Arrays.binarySearch(active, 0, activeCount, slot);
  }

  /**
   * Removes a slot from the active list (it was merged into another).
   *
   * @param slot an active slot
   */
  void deactivate(int slot) {
    int p = position(slot);
    System.arraycopy(active, p + 1, active, p, activeCount - p - 1);
    activeCount--;
  }

  /**
   * Call after every merge: checks for cancellation and reports progress about every 1 % of the merges.
   *
   * @param k the merge just done, 0-based
   */
  void merged(int k) {
    if (k % reportEvery == 0 || k == n - 2) {
      monitor.checkCancelled();
      monitor.progress((k + 1.0) / (n - 1), task + ": merge " + (k + 1) + " of " + (n - 1));
    }
  }

  /**
   * The dendrogram of merges given by slots, heights restored to the input scale.
   *
   * @param slotA a slot (row) of the first cluster of each merge
   * @param slotB a slot (row) of the second cluster of each merge
   * @param internalHeights heights on the linkage's internal scale; overwritten
   * @param linkage the linkage
   * @param sortByHeight whether to sort the merges by height first (stably, as SciPy)
   * @return the dendrogram
   */
  Dendrogram dendrogram(int[] slotA, int[] slotB, double[] internalHeights, Linkage linkage,
      boolean sortByHeight) {
    for (int k = 0; k < internalHeights.length; k++) {
      internalHeights[k] = linkage.restore(internalHeights[k]);
    }
    return Dendrogram.fromRowMerges(n, slotA, slotB, internalHeights, sortByHeight);
  }
}
