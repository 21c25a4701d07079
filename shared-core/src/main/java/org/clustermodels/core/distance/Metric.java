package org.clustermodels.core.distance;

import org.clustermodels.core.data.DenseMatrix;

/**
 * A dissimilarity between two rows of a {@link DenseMatrix}: a strategy that the pairwise computation
 * ({@link PairwiseDistances}) calls for every pair. The standard metrics are the constants of
 * {@link DistanceMetric}.
 *
 * <p>Implementations must be stateless and thread-safe, must return a finite value &gt;= 0 for rows that
 * {@link #requireSuitable(DenseMatrix)} accepted, and must compute each value with arithmetic that depends only
 * on the two rows (so that the result does not depend on the number of threads).
 */
public interface Metric {

  /** @return the metric's name as the command line and messages spell it, e.g. "euclidean" */
  String id();

  /**
   * The distance between two rows stored in flat row-major arrays.
   *
   * @param a values of the first row
   * @param offsetA index of its first value in {@code a}
   * @param b values of the second row
   * @param offsetB index of its first value in {@code b}
   * @param d number of columns
   * @return the distance, finite and &gt;= 0
   */
  double distance(double[] a, int offsetA, double[] b, int offsetB, int d);

  /**
   * Optional fast path for many distances from one row: the distances from row {@code i} to rows
   * {@code from..n-1}, given the data column by column, written to {@code out[from..n)}; bit-identical to
   * {@link #distance} for every pair. A metric that provides it runs in loops over rows, which the JIT compiler
   * vectorises. The default returns false and writes nothing.
   *
   * @param columns the data column-major: {@code columns[j][r]} is row r, column j
   * @param row the values of row i, d of them
   * @param from the first row to compute
   * @param n number of rows
   * @param out out: the distances at positions from..n-1 (also used as scratch)
   * @return whether the distances were written
   */
  default boolean distancesFrom(double[][] columns, double[] row, int from, int n, double[] out) {
    return false;
  }

  /**
   * Rejects data on which the metric is undefined (e.g. non-binary values for Jaccard); the data is already
   * finite. The default accepts everything.
   *
   * @param data the rows, after any standardisation
   * @throws IllegalArgumentException naming the offending row and column (0-based)
   */
  default void requireSuitable(DenseMatrix data) {
    // every finite value is fine
  }

  /**
   * @return whether the values are plain Euclidean distances, as the centroid, median and Ward linkages need
   *     (they compute centroids, which only the Euclidean geometry gives meaning to)
   */
  default boolean isEuclidean() {
    return false;
  }
}
