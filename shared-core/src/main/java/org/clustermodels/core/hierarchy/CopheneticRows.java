package org.clustermodels.core.hierarchy;

import java.util.Arrays;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * The cophenetic distances of one row to all others, in O(n) memory: the cophenetic distance of rows i and j is
 * the height of the lowest merge that contains both. Walking up from row i, each merge on the way joins i's
 * cluster with its sibling, whose rows form one block of the {@link LeafOrder leaf order}; that block gets the
 * merge's height. So one row costs O(n) (the blocks partition the other n - 1 rows) and all rows O(n^2).
 *
 * <p>Values are written by leaf-order position; read the distance to row j at {@code position(j)}. Not thread-safe
 * (use one instance per thread).
 */
final class CopheneticRows {
  /** Rows between two progress reports and cancellation checks. */
  static final int ROWS_PER_REPORT = 64;

  private final Dendrogram tree;
  private final int n;
  private final int[] start;
  private final int[] parent;

  CopheneticRows(Dendrogram tree) {
    this.tree = tree;
    this.n = tree.leafCount();
    this.start = LeafOrder.starts(tree);
    this.parent = new int[2 * n - 1];
    for (int t = 0; t < n - 1; t++) {
      parent[tree.left(t)] = t;
      parent[tree.right(t)] = t;
    }
  }

  /**
   * @param row a row
   * @return its position in the leaf order
   */
  int position(int row) {
    return start[row];
  }

  /**
   * Fills {@code byPosition[p]} with the cophenetic distance between {@code row} and the row at leaf position p
   * (the entry of {@code row} itself is left alone).
   *
   * @param row a row
   * @param byPosition n values, overwritten
   */
  void fill(int row, double[] byPosition) {
    int root = 2 * n - 2;
    int node = row;
    while (node != root) {
      int t = parent[node];
      int sibling = tree.left(t) == node ? tree.right(t) : tree.left(t);
      int s = start[sibling];
      Arrays.fill(byPosition, s, s + tree.sizeOfId(sibling), tree.height(t));
      node = n + t;
    }
  }

  /**
   * Reports progress after row i (of the condensed layout, where row i has n - i - 1 pairs) every
   * {@link #ROWS_PER_REPORT} rows, and checks for cancellation.
   *
   * @param monitor the monitor
   * @param i the row just finished
   * @param message what is being computed
   */
  void report(ProgressMonitor monitor, int i, String message) {
    if (i % ROWS_PER_REPORT == ROWS_PER_REPORT - 1 || i == n - 1) {
      monitor.checkCancelled();
      double remaining = (double) (n - i - 1) * (n - i - 2) / 2;
      double total = (double) n * (n - 1) / 2;
      monitor.progress(total == 0 ? 1.0 : 1.0 - remaining / total, message);
    }
  }
}
