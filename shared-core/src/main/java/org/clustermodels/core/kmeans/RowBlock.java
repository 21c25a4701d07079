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
 * <p>The nearest and second-nearest centres are found while the distances are computed, centre by centre,
 * without branches: the running minimum and second minimum with {@code Math.min}/{@code Math.max}, and the
 * index of the minimum by arithmetic (see {@link #compute}), because the JIT compiler vectorises neither a
 * branch nor a conditional move that picks an index.
 *
 * <p>Memory: {@code (d + 10) * size} doubles of scratch per block (one per run and thread), where the size
 * (16 to 128 rows) keeps the scratch within about 24 KB, i.e. in the first-level cache, when d allows.
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
  /**
   * Per block row, after {@link #compute}: nearest centre (a small integer held in a double, so that it can be
   * updated by vectorised arithmetic), its squared distance, the second-smallest squared distance.
   */
  private final double[] nearest;
  private final double[] nearestSq;
  private final double[] secondSq;
  /** Per block row, after {@link #bounds}: bounds on the true nearest and second-nearest distances. */
  private final double[] upperBound;
  private final double[] lowerBound;
  /** Column-major copy of the block: column j of block row r at {@code columns[j][r]}. */
  private final double[][] columns;
  /** The columns summed into each partial sum, in summation order. */
  private final int[][] partialColumns;
  /** The four partial sums of one centre: {@code partial[p][r]}. */
  private final double[][] partial;
  /** Squared distances of the block's rows to the centre being scanned. */
  private final double[] distances;

  RowBlock(int d, int k) {
    this.d = d;
    this.k = k;
    this.size = Math.max(MIN_SIZE, Math.min(MAX_SIZE, SCRATCH_DOUBLES / (d + 10)));
    this.rows = new int[size];
    this.nearest = new double[size];
    this.nearestSq = new double[size];
    this.secondSq = new double[size];
    this.upperBound = new double[size];
    this.lowerBound = new double[size];
    this.columns = new double[d][size];
    this.partial = new double[4][size];
    this.partialColumns = partialColumns(d);
    this.distances = new double[size];
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
   * Computes bounds on the true distances from the squared distances found by {@link #compute}, read with
   * {@link #upperBound(int)} and {@link #lowerBound(int)}: one vectorised loop instead of two square roots per
   * row in the caller's loop.
   *
   * @param bounds the rounding margins
   */
  void bounds(DistanceBounds bounds) {
    bounds.upper(nearestSq, upperBound, count);
    bounds.lower(secondSq, lowerBound, count);
  }

  /** @return {@link DistanceBounds#upper(double)} of {@link #nearestSq(int)}, after {@link #bounds} */
  double upperBound(int r) {
    return upperBound[r];
  }

  /** @return {@link DistanceBounds#lower(double)} of {@link #secondSq(int)}, after {@link #bounds} */
  double lowerBound(int r) {
    return lowerBound[r];
  }

  /** @return the nearest centre of block row r (the lowest index among equal distances), after {@link #compute} */
  int nearest(int r) {
    return (int) nearest[r];
  }

  /** @return its squared distance */
  double nearestSq(int r) {
    return nearestSq[r];
  }

  /** @return the second-smallest squared distance of block row r (+infinity when k = 1), after {@link #compute} */
  double secondSq(int r) {
    return secondSq[r];
  }

  /** Empties the block. */
  void clear() {
    count = 0;
  }

  /**
   * Computes the squared distances of every row in the block to every centre and finds, for every block row, the
   * nearest centre (the lowest index among equal smallest squared distances, as {@link VectorMath#nearest}), its
   * squared distance and the second-smallest squared distance, read with {@link #nearest(int)},
   * {@link #nearestSq(int)} and {@link #secondSq(int)}.
   *
   * <p>After each centre c > 0, with {@code sq} its distance and {@code best} the smallest so far:
   * {@code min(second, max(best, sq))} is the new second-smallest and {@code nb = min(best, sq)} the new smallest
   * (exact for non-negative, non-NaN values). {@code best - nb} is zero when c is not strictly nearer and at
   * least the smallest subnormal (2^-1074) when it is, so {@code min((best - nb) * 2^1023 * 2^51, 1)} is exactly 0
   * or 1, and {@code nearest += that * (c - nearest)} moves the index only on a strict improvement (all exact in
   * doubles): the lowest index wins ties. The one case this arithmetic cannot decide, two infinite (overflowed)
   * squared distances, gives NaN; such a row is searched again one distance at a time.
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
      if (c == 0) {
        for (int r = 0; r < m; r++) {
          nearestSq[r] = (p0[r] + p1[r]) + (p2[r] + p3[r]);
          secondSq[r] = Double.POSITIVE_INFINITY;
          nearest[r] = 0;
        }
      } else {
        double[] out = distances;
        for (int r = 0; r < m; r++) {
          out[r] = (p0[r] + p1[r]) + (p2[r] + p3[r]);
        }
        scanCentre(c, m);
      }
    }
    for (int r = 0; r < m; r++) {
      if (Double.isNaN(nearest[r])) {
        searchOneByOne(r, x, centers);
      }
    }
  }

  /**
   * Updates nearest, smallest and second-smallest with the distances to centre c (see {@link #compute}). A loop
   * of its own, apart from the sum of the partial sums: C2 (JDK 17) does not vectorise the two as one loop, nor
   * this one with {@code (best - sq)} in place of {@code (best - nb)}.
   */
  private void scanCentre(int c, int m) {
    double[] out = distances;
    double[] best = nearestSq;
    double[] second = secondSq;
    double[] idx = nearest;
    double cd = c;
    for (int r = 0; r < m; r++) {
      double sq = out[r];
      double b = best[r];
      double nb = Math.min(b, sq);
      double improved = Math.min((b - nb) * 0x1p1023 * 0x1p51, 1.0);
      second[r] = Math.min(second[r], Math.max(b, sq));
      best[r] = nb;
      idx[r] += improved * (cd - idx[r]);
    }
  }

  /** The scalar search of {@link VectorMath#nearest}, with the second-smallest distance, for block row r. */
  private void searchOneByOne(int r, double[] x, double[] centers) {
    int off = rows[r] * d;
    int best = 0;
    double bestSq = VectorMath.squaredDistance(x, off, centers, 0, d);
    double second = Double.POSITIVE_INFINITY;
    for (int c = 1; c < k; c++) {
      double sq = VectorMath.squaredDistance(x, off, centers, c * d, d);
      if (sq < bestSq) {
        second = bestSq;
        bestSq = sq;
        best = c;
      } else if (sq < second) {
        second = sq;
      }
    }
    nearest[r] = best;
    nearestSq[r] = bestSq;
    secondSq[r] = second;
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
