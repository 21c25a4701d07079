package org.clustermodels.core.hierarchy;

import java.util.Arrays;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * The nearest-neighbour chain's distances in a square matrix, one array per cluster, whose rows are brought up to
 * date only when they are read (internal).
 *
 * <p>Why: the chain reads all distances of one cluster at a time. In the condensed matrix half of them lie in the
 * rows above it, one value per cache line, and every merge writes into all other rows the same way; so both the
 * search and the update run at the speed of cache misses. Here a cluster's distances are one contiguous row,
 * searched at memory bandwidth. A merge writes only the merged cluster's row; the
 * other rows learn of it lazily: every merge is logged (the two slots, their sizes and their distance) and a row,
 * before it is read, replays the merges it has not seen, each one Lance&ndash;Williams update of two of its own
 * values. A row is read far less often than merges happen, and its replay touches only itself, so the cost
 * stays O(n^2) with few cache misses.
 *
 * <p>Exactness: every distance is the same Lance&ndash;Williams expression of the same operands as in
 * {@link CondensedChainDistances}, evaluated in the same merge order (a row is never changed by anything but
 * the merges before it, applied in order, with its own cluster's size, which is constant while it replays:
 * a cluster that merges is brought up to date first). The values and therefore the tree are bit-identical.
 *
 * <p>Memory: 8 n^2 bytes (twice the condensed matrix), released row by row as clusters merge; the rows are
 * compacted in place when a quarter of their columns belong to merged-away clusters ({@link #compact}). Merged-away clusters and a
 * cluster's own column hold +infinity until then, so the search needs no list of active slots.
 */
final class RowChainDistances implements ChainDistances {
  /** Rows and columns per tile of the transposing copy: 64 x 64 doubles = 32 KB. */
  private static final int TILE = 64;
  /** The rows are compacted when at most this fraction of their columns is still active... */
  private static final double COMPACT_BELOW = 0.75;
  /** ...and they have at least this many columns. */
  private static final int COMPACT_MIN_WIDTH = 256;

  private final LinkageWorkspace w;
  private final Linkage linkage;
  private final int[] size;
  private final double[][] rows;
  /** The column of each active slot in every row; increasing with the slot, so lower column = lower slot. */
  private final int[] columnOf;
  /** The slot of each column. */
  private int[] slotOf;
  /** Columns per row. */
  private int width;
  /** Per slot: how many logged merges its row reflects. */
  private final int[] seen;
  /** The merge log: columns, sizes and distance of each merge since the last compaction. */
  private final int[] logA;
  private final int[] logB;
  private final int[] logSizeA;
  private final int[] logSizeB;
  private final double[] logDistance;
  private int logged;
  private double nearest;

  /**
   * @param w the workspace (active slots)
   * @param dist condensed distances on the linkage's internal scale; only read
   * @param linkage the linkage
   * @param size cluster size per slot; updated by the merges
   * @param monitor cancellation while the matrix is copied
   */
  RowChainDistances(LinkageWorkspace w, double[] dist, Linkage linkage, int[] size, ProgressMonitor monitor) {
    this.w = w;
    this.linkage = linkage;
    this.size = size;
    int n = size.length;
    this.rows = square(w, dist, n, monitor);
    this.width = n;
    this.columnOf = new int[n];
    this.slotOf = new int[n];
    for (int i = 0; i < n; i++) {
      columnOf[i] = i;
      slotOf[i] = i;
    }
    this.seen = new int[n];
    this.logA = new int[n - 1];
    this.logB = new int[n - 1];
    this.logSizeA = new int[n - 1];
    this.logSizeB = new int[n - 1];
    this.logDistance = new double[n - 1];
  }

  /** @return the bytes the square copy takes besides the condensed matrix */
  static long bytesFor(int n) {
    return (long) n * (8L * n + 16);
  }

  /** The square matrix from the condensed one, copied tile by tile so that both sides stay in cache. */
  private static double[][] square(LinkageWorkspace w, double[] dist, int n, ProgressMonitor monitor) {
    double[][] rows = new double[n][];
    for (int i = 0; i < n; i++) {
      rows[i] = new double[n];
      rows[i][i] = Double.POSITIVE_INFINITY;
    }
    for (int i0 = 0; i0 < n; i0 += TILE) {
      monitor.checkCancelled();
      int i1 = Math.min(n, i0 + TILE);
      for (int j0 = i0; j0 < n; j0 += TILE) {
        int j1 = Math.min(n, j0 + TILE);
        for (int i = i0; i < i1; i++) {
          double[] row = rows[i];
          int offset = w.rowOffset(i);
          for (int j = Math.max(j0, i + 1); j < j1; j++) {
            double v = dist[offset + j];
            row[j] = v;
            rows[j][i] = v;
          }
        }
      }
    }
    return rows;
  }

  @Override
  public int nearest(int x, int previous) {
    double[] row = current(x);
    // the lowest slot at the smallest distance: strict comparison in increasing order (a well-predicted branch:
    // the running minimum changes rarely, so this costs less than a branch-free minimum and a second pass)
    double min = Double.POSITIVE_INFINITY;
    int column = -1;
    for (int j = 0; j < width; j++) {
      double v = row[j];
      if (v < min) {
        min = v;
        column = j;
      }
    }
    double toPrevious = previous >= 0 ? row[columnOf[previous]] : Double.POSITIVE_INFINITY;
    if (!(min < toPrevious)) {
      nearest = toPrevious;
      return previous;
    }
    nearest = min;
    return slotOf[column];
  }

  @Override
  public double nearestDistance() {
    return nearest;
  }

  @Override
  public void merge(int a, int b, double dAB) {
    double[] rowA = current(a);
    double[] rowB = current(b);
    int sizeA = size[a];
    int sizeB = size[b];
    int columnA = columnOf[a];
    int columnB = columnOf[b];
    int[] active = w.active();
    int count = w.activeCount();
    for (int p = 0; p < count; p++) {
      int i = active[p];
      if (i != a && i != b) {
        int c = columnOf[i];
        rowB[c] = linkage.combine(sizeA, rowA[c], sizeB, rowB[c], size[i], dAB);
      }
    }
    rowB[columnA] = Double.POSITIVE_INFINITY;
    logA[logged] = columnA;
    logB[logged] = columnB;
    logSizeA[logged] = sizeA;
    logSizeB[logged] = sizeB;
    logDistance[logged] = dAB;
    logged++;
    seen[b] = logged;
    rows[a] = null;
    size[b] = sizeA + sizeB;
    size[a] = 0;
    w.deactivate(a);
    if (width >= COMPACT_MIN_WIDTH && w.activeCount() <= COMPACT_BELOW * width) {
      compact();
    }
  }

  /**
   * Drops the columns of merged-away clusters from every row, in place (each row brought up to date first, so
   * the log starts afresh), keeping the columns in slot order; the rest of each array is left unused. Searches then read only about as many values as there are
   * clusters; the copies cost O(n^2) in all, since each compaction shrinks the rows by a constant factor.
   */
  private void compact() {
    int[] active = w.active();
    int count = w.activeCount();
    int[] keep = new int[count];
    for (int p = 0; p < count; p++) {
      keep[p] = columnOf[active[p]];
    }
    for (int p = 0; p < count; p++) {
      double[] row = current(active[p]);
      for (int q = 0; q < count; q++) {
        row[q] = row[keep[q]]; // in place: keep[q] >= q, so no value is overwritten before it is read
      }
    }
    for (int p = 0; p < count; p++) {
      columnOf[active[p]] = p;
      seen[active[p]] = 0;
    }
    slotOf = Arrays.copyOf(active, count);
    width = count;
    logged = 0;
  }

  /** @return slot i's row with every logged merge applied */
  private double[] current(int i) {
    double[] row = rows[i];
    int sizeI = size[i];
    for (int t = seen[i]; t < logged; t++) {
      int columnA = logA[t];
      int columnB = logB[t];
      row[columnB] = linkage.combine(logSizeA[t], row[columnA], logSizeB[t], row[columnB], sizeI, logDistance[t]);
      row[columnA] = Double.POSITIVE_INFINITY;
    }
    seen[i] = logged;
    return row;
  }
}
