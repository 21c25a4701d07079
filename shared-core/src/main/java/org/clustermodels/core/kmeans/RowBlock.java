package org.clustermodels.core.kmeans;

/**
 * A block of rows whose distances to all k centres are computed together, in a layout the JIT compiler turns
 * into SIMD code: the block's rows are copied column by column into a small buffer, and the innermost loops run
 * over the block's rows (long, unit-stride, no dependence between iterations) instead of over the columns of one
 * row (a reduction, which Java may not vectorise because it must not re-associate additions). Internal.
 *
 * <p>Exactness: each squared distance is summed exactly as {@link VectorMath#squaredDistance} sums it (column
 * {@code j < 4 floor(d/4)} into partial sum {@code j mod 4}, remaining columns into partial sum 0, each partial
 * sum in increasing column order, combined as {@code (s0 + s1) + (s2 + s3)}), so the values are bit-identical
 * and every variant that uses the block agrees with Lloyd's labels exactly.
 *
 * <p>Memory: {@code (d + k + 4) * size} doubles of scratch per block (one per run and thread), where the size
 * (16 to 128 rows) keeps the scratch within about 24 KB, i.e. in the first-level cache, when d + k allow.
 */
final class RowBlock {
  private static final int MIN_SIZE = 16;
  private static final int MAX_SIZE = 128;
  private static final int SCRATCH_DOUBLES = 3072;

  private final int d;
  private final int k;
  private final int size;
  private final int[] rows;
  private int count;
  /** Per block row, after {@link #scan}: nearest centre, its squared distance, second-smallest distance. */
  private final int[] nearest;
  private final double[] nearestSq;
  private final double[] secondSq;
  /** Column-major copy of the block: column j of block row r at {@code columns[j][r]}. */
  private final double[][] columns;
  /** The columns summed into each partial sum, in summation order. */
  private final int[][] partialColumns;
  /** The four partial sums of one centre: {@code partial[p][r]}. */
  private final double[][] partial;
  /** Squared distance of block row r to centre c at {@code distances[c][r]}. */
  private final double[][] distances;

  RowBlock(int d, int k) {
    this.d = d;
    this.k = k;
    this.size = Math.max(MIN_SIZE, Math.min(MAX_SIZE, SCRATCH_DOUBLES / (d + k + 4)));
    this.rows = new int[size];
    this.nearest = new int[size];
    this.nearestSq = new double[size];
    this.secondSq = new double[size];
    this.columns = new double[d][size];
    this.partial = new double[4][size];
    this.partialColumns = partialColumns(d);
    this.distances = new double[k][size];
  }

  /**
   * Adds a row to the block.
   *
   * @return whether the block is now full (call {@link #compute} and {@link #clear})
   */
  boolean add(int row) {
    rows[count++] = row;
    return count == size;
  }

  /**
   * Adds a row to the block only if {@code take}, without a branch on it (the caller's test is unpredictable,
   * and a mispredicted branch costs more than the unconditional store).
   *
   * @return whether the block is now full (call {@link #compute} and {@link #clear})
   */
  boolean addIf(int row, boolean take) {
    rows[count] = row;
    count += take ? 1 : 0;
    return count == size;
  }

  /** @return number of rows in the block */
  int count() {
    return count;
  }

  /** @return the data row at block position r */
  int row(int r) {
    return rows[r];
  }

  /**
   * Finds, for every block row, the nearest centre (the lowest index among equal smallest squared distances, as
   * {@link VectorMath#nearest}) and the second-smallest squared distance (+infinity when k = 1), read with
   * {@link #nearest(int)}, {@link #nearestSq(int)} and {@link #secondSq(int)}. The loops run over the block's
   * rows with {@code Math.min}/{@code Math.max} (vectorised, no branches): with non-negative, non-NaN values,
   * {@code min(second, max(best, sq))} is the second-smallest and {@code min(best, sq)} the smallest so far.
   * The index pass runs from the last centre down, so the lowest index among equals is kept.
   */
  void scan() {
    int m = count;
    double[] best = nearestSq;
    double[] second = secondSq;
    double[] d0 = distances[0];
    for (int r = 0; r < m; r++) {
      best[r] = d0[r];
      second[r] = Double.POSITIVE_INFINITY;
    }
    for (int c = 1; c < k; c++) {
      double[] dc = distances[c];
      for (int r = 0; r < m; r++) {
        double sq = dc[r];
        double b = best[r];
        second[r] = Math.min(second[r], Math.max(b, sq));
        best[r] = Math.min(b, sq);
      }
    }
    int[] idx = nearest;
    for (int c = k - 1; c >= 0; c--) {
      double[] dc = distances[c];
      for (int r = 0; r < m; r++) {
        idx[r] = dc[r] == best[r] ? c : idx[r];
      }
    }
  }

  /** @return the nearest centre of block row r, after {@link #scan} */
  int nearest(int r) {
    return nearest[r];
  }

  /** @return its squared distance */
  double nearestSq(int r) {
    return nearestSq[r];
  }

  /** @return the second-smallest squared distance of block row r, after {@link #scan} */
  double secondSq(int r) {
    return secondSq[r];
  }

  /** Empties the block. */
  void clear() {
    count = 0;
  }

  /**
   * Computes the squared distances of every row in the block to every centre.
   *
   * @param x row-major data
   * @param centers k*d row-major centres
   */
  void compute(double[] x, double[] centers) {
    int m = count;
    int[] rs = rows;
    for (int j = 0; j < d; j++) {
      double[] col = columns[j];
      for (int r = 0; r < m; r++) {
        col[r] = x[rs[r] * d + j];
      }
    }
    for (int c = 0; c < k; c++) {
      int cOff = c * d;
      for (int p = 0; p < 4; p++) {
        int[] cols = partialColumns[p];
        double[] acc = partial[p];
        // Start from 0 and always accumulate: 0 + t*t is exactly t*t, and C2 (JDK 17) vectorises the
        // accumulating loops but not a loop that only stores a sum of two products.
        java.util.Arrays.fill(acc, 0, m, 0.0);
        for (int g = 0; g < cols.length; g += 4) {
          int left = Math.min(4, cols.length - g);
          switch (left) {
            case 4 -> add4(acc, m, columns[cols[g]], centers[cOff + cols[g]], columns[cols[g + 1]],
                centers[cOff + cols[g + 1]], columns[cols[g + 2]], centers[cOff + cols[g + 2]],
                columns[cols[g + 3]], centers[cOff + cols[g + 3]]);
            case 3 -> add3(acc, m, columns[cols[g]], centers[cOff + cols[g]], columns[cols[g + 1]],
                centers[cOff + cols[g + 1]], columns[cols[g + 2]], centers[cOff + cols[g + 2]]);
            case 2 -> add2(acc, m, columns[cols[g]], centers[cOff + cols[g]], columns[cols[g + 1]],
                centers[cOff + cols[g + 1]]);
            default -> add1(acc, m, columns[cols[g]], centers[cOff + cols[g]]);
          }
        }
      }
      double[] p0 = partial[0];
      double[] p1 = partial[1];
      double[] p2 = partial[2];
      double[] p3 = partial[3];
      double[] out = distances[c];
      for (int r = 0; r < m; r++) {
        out[r] = (p0[r] + p1[r]) + (p2[r] + p3[r]);
      }
    }
  }

  private static void add4(double[] acc, int m, double[] a, double va, double[] b, double vb,
      double[] c, double vc, double[] e, double ve) {
    for (int r = 0; r < m; r++) {
      double ta = a[r] - va;
      double tb = b[r] - vb;
      double tc = c[r] - vc;
      double te = e[r] - ve;
      acc[r] = (((acc[r] + ta * ta) + tb * tb) + tc * tc) + te * te;
    }
  }


  private static void add3(double[] acc, int m, double[] a, double va, double[] b, double vb,
      double[] c, double vc) {
    for (int r = 0; r < m; r++) {
      double ta = a[r] - va;
      double tb = b[r] - vb;
      double tc = c[r] - vc;
      acc[r] = ((acc[r] + ta * ta) + tb * tb) + tc * tc;
    }
  }


  private static void add2(double[] acc, int m, double[] a, double va, double[] b, double vb) {
    for (int r = 0; r < m; r++) {
      double ta = a[r] - va;
      double tb = b[r] - vb;
      acc[r] = (acc[r] + ta * ta) + tb * tb;
    }
  }


  private static void add1(double[] acc, int m, double[] a, double va) {
    for (int r = 0; r < m; r++) {
      double ta = a[r] - va;
      acc[r] = acc[r] + ta * ta;
    }
  }


  /**
   * The columns each partial sum adds, in order: partial p gets columns p, p + 4, ... below 4 floor(d/4); the
   * remaining columns go to partial 0 after its own.
   */
  private static int[][] partialColumns(int d) {
    int d4 = d & ~3;
    int[][] cols = new int[4][];
    for (int p = 0; p < 4; p++) {
      int extra = p == 0 ? d - d4 : 0;
      cols[p] = new int[d4 / 4 + extra];
      int t = 0;
      for (int j = p; j < d4; j += 4) {
        cols[p][t++] = j;
      }
      for (int j = d4; p == 0 && j < d; j++) {
        cols[p][t++] = j;
      }
    }
    return cols;
  }
}
