package org.clustermodels.core.kmeans;

/**
 * Rows assigned to a model: each row's cluster and its Euclidean distance to that cluster's centre (in the
 * model's scaled units), the row's anomaly score.
 */
public final class Assignment {
  private final int[] labels;
  private final double[] distances;

  Assignment(int[] labels, double[] distances) {
    this.labels = labels;
    this.distances = distances;
  }

  /** @return a copy of the labels, 0-based, in row order */
  public int[] labels() {
    return labels.clone();
  }

  /** @return a copy of the distances to the assigned centre */
  public double[] distances() {
    return distances.clone();
  }

  /** @return the number of rows */
  public int size() {
    return labels.length;
  }

  /**
   * @param rule thresholds per cluster
   * @return for each row, whether its distance exceeds its cluster's threshold
   */
  public boolean[] outliers(OutlierRule rule) {
    boolean[] out = new boolean[labels.length];
    for (int i = 0; i < labels.length; i++) {
      out[i] = rule.isOutlier(labels[i], distances[i]);
    }
    return out;
  }
}
