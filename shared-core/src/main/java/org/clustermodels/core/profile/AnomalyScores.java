package org.clustermodels.core.profile;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.clustermodels.core.data.DataChecks;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.kmeans.KMeansResult;
import org.clustermodels.core.kmeans.OutlierRule;

/**
 * Anomaly scores of the rows of a flat clustering: each row's cluster, its distance to the nearest centre (the
 * score: larger is more unusual) and an outlier flag, with the rows ranked by the score, farthest first (ties to
 * the earlier row). Two rules make them:
 *
 * <ul>
 *   <li>{@link #of(KMeansResult, OutlierRule)}, for k-means: the distance to the row's centre in the units the
 *       algorithm ran in, flagged by the {@link OutlierRule} (farther out than a quantile of its cluster's
 *       distances);
 *   <li>{@link #bySmallClusters}, for any partition such as a cut of a tree: a row is an outlier when its cluster
 *       has fewer than a minimum number of rows (singletons and tiny clusters that a cut leaves are rows unlike
 *       the others); its score is the Euclidean distance to the nearest mean of a cluster that is large enough.
 * </ul>
 *
 * <p>Immutable.
 */
public final class AnomalyScores {
  private final int[] labels;
  private final double[] distances;
  private final boolean[] outliers;
  private final int[] ranking;

  private AnomalyScores(int[] labels, double[] distances, boolean[] outliers) {
    this.labels = labels;
    this.distances = distances;
    this.outliers = outliers;
    this.ranking = IntStream.range(0, labels.length).boxed()
        .sorted(Comparator.comparingDouble((Integer i) -> -distances[i]).thenComparingInt(i -> i))
        .mapToInt(Integer::intValue).toArray();
  }

  /**
   * The scores of a k-means fit: distance to the row's centre (scaled units), flagged by the rule.
   *
   * @param result the fit
   * @param rule the outlier rule fitted on it ({@link KMeansResult#outlierRule})
   * @return the scores of the fit's rows
   */
  public static AnomalyScores of(KMeansResult result, OutlierRule rule) {
    int[] labels = result.labels();
    double[] distances = result.distances();
    boolean[] outliers = new boolean[labels.length];
    for (int i = 0; i < labels.length; i++) {
      outliers[i] = rule.isOutlier(labels[i], distances[i]);
    }
    return new AnomalyScores(labels, distances, outliers);
  }

  /**
   * The scores by cluster size: rows in clusters of fewer than {@code minClusterSize} rows are outliers; every
   * row's score is its Euclidean distance to the nearest mean of a cluster with at least that many rows.
   *
   * @param data the rows in the units the clustering ran in (after scaling), finite
   * @param labels one label per row, 0..k-1
   * @param minClusterSize the smallest size of a regular cluster, at least 1 (1: no outliers)
   * @return the scores
   * @throws IllegalArgumentException if minClusterSize &lt; 1, the labels do not match the rows or are negative,
   *     or no cluster has minClusterSize rows
   */
  public static AnomalyScores bySmallClusters(DenseMatrix data, int[] labels, int minClusterSize) {
    if (minClusterSize < 1) {
      throw new IllegalArgumentException("the minimum cluster size must be >= 1, got " + minClusterSize);
    }
    DataChecks.requireFiniteNonEmpty(data);
    int n = data.rows();
    int d = data.cols();
    if (labels.length != n) {
      throw new IllegalArgumentException(labels.length + " labels for " + n + " rows");
    }
    int k = Arrays.stream(labels).max().orElse(-1) + 1;
    int[] sizes = new int[k];
    for (int label : labels) {
      if (label < 0) {
        throw new IllegalArgumentException("labels must be >= 0, got " + label);
      }
      sizes[label]++;
    }
    int largest = Arrays.stream(sizes).max().orElse(0);
    if (largest < minClusterSize) {
      throw new IllegalArgumentException("no cluster has at least " + minClusterSize + " rows (the largest has "
          + largest + "), so there is no regular cluster to measure distances to");
    }
    double[] x = data.backing();
    double[] means = new double[k * d];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < d; j++) {
        means[labels[i] * d + j] += x[i * d + j];
      }
    }
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < d; j++) {
        means[c * d + j] /= Math.max(1, sizes[c]);
      }
    }
    double[] distances = new double[n];
    boolean[] outliers = new boolean[n];
    for (int i = 0; i < n; i++) {
      double best = Double.POSITIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        if (sizes[c] >= minClusterSize) {
          double s = 0;
          for (int j = 0; j < d; j++) {
            double t = x[i * d + j] - means[c * d + j];
            s += t * t;
          }
          best = Math.min(best, s);
        }
      }
      distances[i] = Math.sqrt(best);
      outliers[i] = sizes[labels[i]] < minClusterSize;
    }
    return new AnomalyScores(labels.clone(), distances, outliers);
  }

  /** @return the number of rows scored */
  public int rows() {
    return labels.length;
  }

  /**
   * @param row a row
   * @return its cluster
   */
  public int label(int row) {
    return labels[row];
  }

  /**
   * @param row a row
   * @return its score, the distance to its nearest centre
   */
  public double distance(int row) {
    return distances[row];
  }

  /**
   * @param row a row
   * @return whether the rule flags it
   */
  public boolean isOutlier(int row) {
    return outliers[row];
  }

  /** @return a copy of the outlier flags, one per row */
  public boolean[] outliers() {
    return outliers.clone();
  }

  /** @return the number of rows flagged */
  public int outlierCount() {
    int count = 0;
    for (boolean o : outliers) {
      count += o ? 1 : 0;
    }
    return count;
  }

  /** @return the rows by decreasing score (ties to the earlier row): element 0 is the most unusual row */
  public int[] ranking() {
    return ranking.clone();
  }

  @Override
  public String toString() {
    return "AnomalyScores[" + labels.length + " rows, " + outlierCount() + " outliers]";
  }
}
