package org.clustermodels.core.quality;

import java.util.Arrays;

/**
 * The contingency table of two partitions of the same rows, stored sparsely: only the non-zero cells, so that
 * memory stays O(n) even when both partitions have thousands of clusters.
 */
final class Contingency {
  /** Number of rows. */
  final int n;
  /** Row sums: size of each cluster of the first partition. */
  final int[] rowSums;
  /** Column sums: size of each cluster of the second partition. */
  final int[] colSums;
  /** First-partition code of each non-zero cell. */
  final int[] cellRow;
  /** Second-partition code of each non-zero cell. */
  final int[] cellCol;
  /** Count of each non-zero cell (> 0). */
  final int[] cellCount;

  private Contingency(int n, int[] rowSums, int[] colSums, int[] cellRow, int[] cellCol, int[] cellCount) {
    this.n = n;
    this.rowSums = rowSums;
    this.colSums = colSums;
    this.cellRow = cellRow;
    this.cellCol = cellCol;
    this.cellCount = cellCount;
  }

  /**
   * Builds the table; O(n log n) time.
   *
   * @param a first partition, arbitrary int labels
   * @param b second partition, same length
   * @return the table
   */
  static Contingency of(int[] a, int[] b) {
    Labels la = Labels.encode(a);
    Labels lb = Labels.encode(b);
    int n = a.length;
    long[] keys = new long[n];
    for (int i = 0; i < n; i++) {
      keys[i] = (long) la.codes[i] * lb.k + lb.codes[i];
    }
    Arrays.sort(keys);
    int cells = 0;
    for (int i = 0; i < n; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        cells++;
      }
    }
    int[] cellRow = new int[cells];
    int[] cellCol = new int[cells];
    int[] cellCount = new int[cells];
    int c = -1;
    for (int i = 0; i < n; i++) {
      if (i == 0 || keys[i] != keys[i - 1]) {
        c++;
        cellRow[c] = (int) (keys[i] / lb.k);
        cellCol[c] = (int) (keys[i] % lb.k);
      }
      cellCount[c]++;
    }
    return new Contingency(n, la.sizes, lb.sizes, cellRow, cellCol, cellCount);
  }
}
