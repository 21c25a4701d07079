package org.clustermodels.core.profile;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clustermodels.core.data.DataChecks;
import org.clustermodels.core.data.DenseMatrix;

/**
 * The profile of a flat clustering (a "segment profile"): for each cluster its size and share of the rows, and
 * for every column the cluster's mean and standard deviation in the data's own units and its standardised
 * difference {@code (cluster mean - overall mean) / overall standard deviation}. It reads only the data and one
 * label per row, so it describes any clustering: a k-means fit, a cut of a tree, classes given by hand.
 *
 * <p>Standard deviations are population ones (divided by the number of rows, as the z-scores of
 * {@link org.clustermodels.core.data.Standardization#ZSCORE}), so the standardised differences of a k-means fit
 * on z-scored data are its centres in z units. A column whose overall standard deviation is 0 has standardised
 * differences 0. A label in 0..k-1 that no row has is an empty cluster: size 0, NaN figures. Means and deviations
 * are computed in two passes (the deviations from the computed means), not from sums of squares.
 *
 * <p>{@link #separation(int)} ranks the columns by how well they separate the clusters: the between-cluster sum
 * of squares over the within-cluster sum of squares of the column, which is one-way ANOVA's F statistic times
 * (k - 1) / (n - k) and, unlike a plain spread, does not depend on the column's units.
 *
 * <p>Immutable and serializable (a Weka model keeps its profile).
 */
public final class SegmentProfile implements java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private final String[] columns;
  private final int rows;
  private final int[] sizes;
  private final double[] overallMean;
  private final double[] overallSd;
  /** k x d, row-major. */
  private final double[] mean;
  /** k x d, row-major. */
  private final double[] sd;

  private SegmentProfile(String[] columns, int rows, int[] sizes, double[] overallMean, double[] overallSd,
      double[] mean, double[] sd) {
    this.columns = columns;
    this.rows = rows;
    this.sizes = sizes;
    this.overallMean = overallMean;
    this.overallSd = overallSd;
    this.mean = mean;
    this.sd = sd;
  }

  /**
   * Profiles a labelling of the rows.
   *
   * @param data the rows in the units to report (original units), finite
   * @param labels one label per row in 0..k-1, where k - 1 is the largest label
   * @param columns the names of the data's columns, one per column
   * @return the profile
   * @throws IllegalArgumentException if the data is empty or not finite, a label is negative, or the counts of
   *     labels or names do not match the data
   */
  public static SegmentProfile of(DenseMatrix data, int[] labels, List<String> columns) {
    DataChecks.requireFiniteNonEmpty(data);
    int n = data.rows();
    int d = data.cols();
    if (labels.length != n) {
      throw new IllegalArgumentException("a profile needs one label per row: " + labels.length + " labels for "
          + n + " rows");
    }
    if (columns.size() != d) {
      throw new IllegalArgumentException("a profile needs one name per column: " + columns.size() + " names for "
          + d + " columns");
    }
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (labels[i] < 0) {
        throw new IllegalArgumentException("row " + i + " has label " + labels[i] + "; labels must be >= 0");
      }
      k = Math.max(k, labels[i] + 1);
    }
    double[] x = data.backing();
    int[] sizes = new int[k];
    double[] mean = new double[k * d];
    double[] overallMean = new double[d];
    for (int i = 0; i < n; i++) {
      sizes[labels[i]]++;
      for (int j = 0; j < d; j++) {
        mean[labels[i] * d + j] += x[i * d + j];
        overallMean[j] += x[i * d + j];
      }
    }
    for (int j = 0; j < d; j++) {
      overallMean[j] /= n;
    }
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d; j++) {
        mean[c * d + j] /= sizes[c]; // 0 / 0 = NaN for an empty cluster
      }
    }
    double[] sd = new double[k * d];
    double[] overallSd = new double[d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        double v = x[i * d + j];
        double dc = v - mean[labels[i] * d + j];
        double da = v - overallMean[j];
        sd[labels[i] * d + j] += dc * dc;
        overallSd[j] += da * da;
      }
    }
    for (int j = 0; j < d; j++) {
      overallSd[j] = Math.sqrt(overallSd[j] / n);
    }
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d; j++) {
        sd[c * d + j] = Math.sqrt(sd[c * d + j] / sizes[c]);
      }
    }
    return new SegmentProfile(columns.toArray(new String[0]), n, sizes, overallMean, overallSd, mean, sd);
  }

  /**
   * Restores a profile from its figures, as read back from {@link #columns()}, {@link #sizes()},
   * {@link #overallMean(int)}, {@link #overallSd(int)}, {@link #mean(int, int)} and {@link #sd(int, int)} (e.g. a
   * host that stores the profile as numbers rather than with Java serialization). The number of rows is the sum
   * of the sizes.
   *
   * @param columns the column names, d &gt;= 1
   * @param sizes rows per cluster, k &gt;= 1 values &gt;= 0 with a positive sum
   * @param overallMean per column the mean over all rows, d finite values
   * @param overallSd per column the population standard deviation over all rows, d finite values &gt;= 0
   * @param mean per cluster and column the mean, k x d, row-major (NaN exactly for an empty cluster)
   * @param sd per cluster and column the population standard deviation, k x d, row-major (NaN exactly for an
   *     empty cluster)
   * @return the profile
   * @throws IllegalArgumentException if a length does not match or a value is out of range
   */
  public static SegmentProfile ofFigures(List<String> columns, int[] sizes, double[] overallMean,
      double[] overallSd, double[] mean, double[] sd) {
    int d = columns.size();
    int k = sizes.length;
    if (d == 0 || k == 0) {
      throw new IllegalArgumentException("a profile needs at least one column and one cluster");
    }
    if (overallMean.length != d || overallSd.length != d || mean.length != k * d || sd.length != k * d) {
      throw new IllegalArgumentException("a profile of " + k + " clusters x " + d + " columns needs " + d
          + " overall means and sds and " + k * d + " cluster means and sds, got " + overallMean.length + ", "
          + overallSd.length + ", " + mean.length + " and " + sd.length);
    }
    long rows = 0;
    for (int c = 0; c < k; c++) {
      if (sizes[c] < 0) {
        throw new IllegalArgumentException("cluster " + c + " has size " + sizes[c]);
      }
      rows += sizes[c];
      for (int j = 0; j < d; j++) {
        double m = mean[c * d + j];
        double s = sd[c * d + j];
        boolean empty = sizes[c] == 0;
        if (empty ? !(Double.isNaN(m) && Double.isNaN(s)) : !(Double.isFinite(m) && Double.isFinite(s) && s >= 0)) {
          throw new IllegalArgumentException("cluster " + c + " of size " + sizes[c] + ", column '" + columns.get(j)
              + "': mean " + m + " and sd " + s + (empty ? " must be NaN" : " must be finite, the sd >= 0"));
        }
      }
    }
    if (rows == 0 || rows > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("the cluster sizes sum to " + rows + "; a profile needs 1.."
          + Integer.MAX_VALUE + " rows");
    }
    for (int j = 0; j < d; j++) {
      if (!Double.isFinite(overallMean[j]) || !(overallSd[j] >= 0) || Double.isInfinite(overallSd[j])) {
        throw new IllegalArgumentException("column '" + columns.get(j) + "': overall mean " + overallMean[j]
            + " and sd " + overallSd[j] + " must be finite, the sd >= 0");
      }
    }
    return new SegmentProfile(columns.toArray(new String[0]), (int) rows, sizes.clone(), overallMean.clone(),
        overallSd.clone(), mean.clone(), sd.clone());
  }

  /** @return the number of rows profiled */
  public int rows() {
    return rows;
  }

  /** @return the number of clusters k (the largest label + 1) */
  public int numClusters() {
    return sizes.length;
  }

  /** @return the number of columns */
  public int dimensions() {
    return columns.length;
  }

  /** @return the column names */
  public List<String> columns() {
    return List.of(columns);
  }

  /**
   * @param cluster a cluster, 0..k-1
   * @return its number of rows
   */
  public int size(int cluster) {
    return sizes[cluster];
  }

  /** @return a copy of the number of rows per cluster */
  public int[] sizes() {
    return sizes.clone();
  }

  /**
   * @param cluster a cluster
   * @return its share of the rows, size / n
   */
  public double share(int cluster) {
    return sizes[cluster] / (double) rows;
  }

  /**
   * @param column a column, 0..d-1
   * @return its mean over all rows
   */
  public double overallMean(int column) {
    return overallMean[checkColumn(column)];
  }

  /**
   * @param column a column
   * @return its population standard deviation over all rows
   */
  public double overallSd(int column) {
    return overallSd[checkColumn(column)];
  }

  /**
   * @param cluster a cluster
   * @param column a column
   * @return the mean of the column over the cluster's rows (NaN for an empty cluster)
   */
  public double mean(int cluster, int column) {
    return mean[cluster * columns.length + checkColumn(column)];
  }

  /**
   * @param cluster a cluster
   * @param column a column
   * @return the population standard deviation of the column over the cluster's rows (0 for one row, NaN for
   *     none)
   */
  public double sd(int cluster, int column) {
    return sd[cluster * columns.length + checkColumn(column)];
  }

  /**
   * @param cluster a cluster
   * @param column a column
   * @return (cluster mean - overall mean) / overall standard deviation; 0 for a constant column, NaN for an
   *     empty cluster
   */
  public double standardizedDifference(int cluster, int column) {
    double m = mean(cluster, column);
    double s = overallSd[column];
    if (Double.isNaN(m)) {
      return Double.NaN;
    }
    return s > 0 ? (m - overallMean[column]) / s : 0;
  }

  /** @return the standardised differences, one row of d per cluster */
  public double[][] standardizedDifferences() {
    double[][] z = new double[sizes.length][columns.length];
    for (int c = 0; c < z.length; c++) {
      for (int j = 0; j < columns.length; j++) {
        z[c][j] = standardizedDifference(c, j);
      }
    }
    return z;
  }

  /**
   * How well a column separates the clusters: its between-cluster sum of squares
   * {@code sum_c n_c (mean_c - mean)^2} over its within-cluster sum of squares {@code sum_c n_c sd_c^2}.
   *
   * @param column a column
   * @return the ratio; +Infinity when the column is constant within every cluster but not overall, 0 for a
   *     constant column
   */
  public double separation(int column) {
    checkColumn(column);
    double between = 0;
    double within = 0;
    for (int c = 0; c < sizes.length; c++) {
      if (sizes[c] > 0) {
        double diff = mean(c, column) - overallMean[column];
        double s = sd(c, column);
        between += sizes[c] * diff * diff;
        within += sizes[c] * s * s;
      }
    }
    if (within == 0) {
      return between > 0 ? Double.POSITIVE_INFINITY : 0;
    }
    return between / within;
  }

  /**
   * @param count how many columns, 1..d
   * @return the indices of the {@code count} columns with the largest {@link #separation(int)}, largest first;
   *     ties to the earlier column
   * @throws IllegalArgumentException if count is outside 1..d
   */
  public int[] mostSeparatingColumns(int count) {
    if (count < 1 || count > columns.length) {
      throw new IllegalArgumentException("can rank 1.." + columns.length + " columns, asked for " + count);
    }
    List<Integer> order = new ArrayList<>();
    double[] s = new double[columns.length];
    for (int j = 0; j < columns.length; j++) {
      order.add(j);
      s[j] = separation(j);
    }
    order.sort((a, b) -> Double.compare(s[b], s[a])); // stable: ties keep column order
    return order.subList(0, count).stream().mapToInt(Integer::intValue).toArray();
  }

  private int checkColumn(int column) {
    if (column < 0 || column >= columns.length) {
      throw new IndexOutOfBoundsException("column " + column + " of " + columns.length);
    }
    return column;
  }

  @Override
  public String toString() {
    return "SegmentProfile[" + rows + " rows, " + sizes.length + " clusters " + Arrays.toString(sizes) + ", "
        + columns.length + " columns]";
  }
}
