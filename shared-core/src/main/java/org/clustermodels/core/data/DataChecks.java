package org.clustermodels.core.data;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Validation at the boundary of the core, with messages that name the row, column or option at fault.
 * Row and column numbers in messages are 0-based indices into the matrix the caller passed.
 */
public final class DataChecks {
  private DataChecks() {
  }

  /**
   * Rejects an empty matrix and any NaN or infinite value.
   *
   * @param data the data
   * @throws IllegalArgumentException naming the first offending row and column
   */
  public static void requireFiniteNonEmpty(DenseMatrix data) {
    if (data.rows() == 0) {
      throw new IllegalArgumentException("the data has no rows");
    }
    double[] v = data.backing();
    int d = data.cols();
    for (int i = 0; i < v.length; i++) {
      if (!Double.isFinite(v[i])) {
        throw new IllegalArgumentException("row " + (i / d) + ", column " + (i % d) + ": value " + v[i]
            + " is not a finite number (remove the row or impute the value)");
      }
    }
  }

  /**
   * Rejects weights that are negative, not finite, of the wrong length, or all zero.
   *
   * @param weights row weights, or null for unit weights
   * @param rows number of rows they must cover
   */
  public static void requireWeights(double[] weights, int rows) {
    if (weights == null) {
      return;
    }
    if (weights.length != rows) {
      throw new IllegalArgumentException("weights: " + weights.length + " values for " + rows + " rows");
    }
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      if (!(weights[i] >= 0) || !Double.isFinite(weights[i])) {
        throw new IllegalArgumentException("weights: row " + i + " has weight " + weights[i]
            + "; weights must be finite and >= 0");
      }
      total += weights[i];
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("weights: all weights are zero");
    }
  }

  /**
   * Counts distinct rows (exact equality of all values, with -0.0 equal to 0.0), stopping at a limit.
   *
   * @param data the data
   * @param limit stop counting when this many distinct rows have been seen
   * @return min(number of distinct rows, limit)
   */
  public static int distinctRows(DenseMatrix data, int limit) {
    int d = data.cols();
    double[] v = data.backing();
    Set<RowKey> seen = new HashSet<>();
    for (int i = 0; i < data.rows(); i++) {
      double[] row = Arrays.copyOfRange(v, i * d, i * d + d);
      for (int j = 0; j < d; j++) {
        row[j] += 0.0; // folds -0.0 into 0.0
      }
      seen.add(new RowKey(row));
      if (seen.size() >= limit) {
        break;
      }
    }
    return seen.size();
  }

  /**
   * Checks that {@code k} clusters can be formed from the data.
   *
   * @param k the number of clusters asked for
   * @param data the data
   * @param option the option's name for messages, e.g. "k" or "numClusters"
   */
  public static void requireClusterCount(int k, DenseMatrix data, String option) {
    if (k < 1) {
      throw new IllegalArgumentException(option + " must be >= 1, got " + k);
    }
    if (k > data.rows()) {
      throw new IllegalArgumentException(option + " = " + k + " is larger than the number of rows (" + data.rows() + ")");
    }
    int distinct = distinctRows(data, k);
    if (k > distinct) {
      throw new IllegalArgumentException(option + " = " + k + " is larger than the number of distinct rows ("
          + distinct + " of " + data.rows() + "): " + k + " non-empty clusters cannot exist");
    }
  }

  private record RowKey(double[] values) {
    @Override
    public boolean equals(Object o) {
      return o instanceof RowKey r && Arrays.equals(r.values, values);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(values);
    }
  }
}
