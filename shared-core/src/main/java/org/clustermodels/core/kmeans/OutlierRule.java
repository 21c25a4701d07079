package org.clustermodels.core.kmeans;

import java.util.Arrays;

/**
 * The outlier flag for anomaly detection by distance to centre: a row is an outlier when its distance to its
 * centre is greater than the q-quantile of the training rows' distances in the same cluster (quantiles by
 * linear interpolation between order statistics, numpy's default, "type 7"). For example q = 0.99 flags rows
 * farther out than 99% of their cluster's training rows. A cluster with no training rows has threshold 0.
 * Immutable.
 */
public final class OutlierRule {
  private final double quantile;
  private final double[] thresholds;

  private OutlierRule(double quantile, double[] thresholds) {
    this.quantile = quantile;
    this.thresholds = thresholds;
  }

  /**
   * @param quantile q in [0, 1]
   * @param labels training labels in [0, k)
   * @param distances training distances to the assigned centre
   * @param k number of clusters
   * @return the rule
   */
  public static OutlierRule fit(double quantile, int[] labels, double[] distances, int k) {
    if (!(quantile >= 0 && quantile <= 1)) {
      throw new IllegalArgumentException("outlier quantile must be in [0, 1], got " + quantile);
    }
    if (labels.length != distances.length) {
      throw new IllegalArgumentException(labels.length + " labels but " + distances.length + " distances");
    }
    int[] counts = new int[k];
    for (int l : labels) {
      counts[l]++;
    }
    double[][] byCluster = new double[k][];
    for (int c = 0; c < k; c++) {
      byCluster[c] = new double[counts[c]];
    }
    int[] fill = new int[k];
    for (int i = 0; i < labels.length; i++) {
      byCluster[labels[i]][fill[labels[i]]++] = distances[i];
    }
    double[] thresholds = new double[k];
    for (int c = 0; c < k; c++) {
      thresholds[c] = quantileOf(byCluster[c], quantile);
    }
    return new OutlierRule(quantile, thresholds);
  }

  static double quantileOf(double[] values, double q) {
    if (values.length == 0) {
      return 0;
    }
    double[] v = values.clone();
    Arrays.sort(v);
    double h = (v.length - 1) * q;
    int lo = (int) Math.floor(h);
    int hi = Math.min(lo + 1, v.length - 1);
    return v[lo] + (h - lo) * (v[hi] - v[lo]);
  }

  /** @return the quantile q */
  public double quantile() {
    return quantile;
  }

  /** @return a copy of the per-cluster distance thresholds */
  public double[] thresholds() {
    return thresholds.clone();
  }

  /**
   * @param cluster the row's cluster
   * @param distance its distance to the centre
   * @return whether the distance exceeds the cluster's threshold
   */
  public boolean isOutlier(int cluster, double distance) {
    return distance > thresholds[cluster];
  }
}
