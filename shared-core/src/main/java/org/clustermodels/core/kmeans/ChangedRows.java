package org.clustermodels.core.kmeans;

import java.util.Arrays;

/**
 * The rows whose label an assignment step changed, in increasing row order (internal), so that the update
 * step moves just those rows between the cluster sums instead of comparing all n labels. Growable; one per
 * run.
 */
final class ChangedRows {
  private int[] rows = new int[64];
  private int size;

  /** Forgets all rows. */
  void clear() {
    size = 0;
  }

  /**
   * Records a row; rows must be added in increasing order.
   *
   * @param row the row whose label changed
   */
  void add(int row) {
    if (size == rows.length) {
      rows = Arrays.copyOf(rows, rows.length * 2);
    }
    rows[size++] = row;
  }

  /** @return number of rows recorded */
  int size() {
    return size;
  }

  /** @return the t-th row recorded */
  int get(int t) {
    return rows[t];
  }
}
