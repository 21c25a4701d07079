package org.clustermodels.core.kmeans;

/**
 * The immutable result of a K-Means fit: the best restart's partition and its model. Arrays are copied on the
 * way out.
 *
 * <p>{@code inertia} is the SUM over rows of weight times squared Euclidean distance to the row's centre,
 * computed in the units the algorithm ran in (after scaling), as scikit-learn's {@code inertia_}.
 */
public final class KMeansResult {
  private final KMeansAlgorithm algorithm;
  private final KMeansModel model;
  private final int[] labels;
  private final int[] clusterSizes;
  private final double[] clusterSse;
  private final double[] distances;
  private final double inertia;
  private final int iterations;
  private final boolean converged;
  private final int restarts;

  KMeansResult(KMeansAlgorithm algorithm, KMeansModel model, SingleRun best, double[] x, double[] w,
      int restarts) {
    this.algorithm = algorithm;
    this.model = model;
    this.labels = best.labels().clone();
    int k = model.numClusters();
    int d = model.dimensions();
    this.clusterSizes = new int[k];
    this.clusterSse = new double[k];
    this.distances = new double[labels.length];
    double[] centers = best.centers();
    for (int i = 0; i < labels.length; i++) {
      double sq = VectorMath.squaredDistance(x, i * d, centers, labels[i] * d, d);
      distances[i] = Math.sqrt(sq);
      clusterSse[labels[i]] += w[i] * sq;
      clusterSizes[labels[i]]++;
    }
    this.inertia = best.inertia();
    this.iterations = best.iterations();
    this.converged = best.converged();
    this.restarts = restarts;
  }

  /** @return the algorithm that ran (AUTO resolved) */
  public KMeansAlgorithm algorithm() {
    return algorithm;
  }

  /** @return the fitted model (scaling and centres) */
  public KMeansModel model() {
    return model;
  }

  /** @return k */
  public int numClusters() {
    return model.numClusters();
  }

  /** @return the centres in scaled units (the units the algorithm ran in) */
  public double[][] centers() {
    return model.centers();
  }

  /** @return the centres in original units */
  public double[][] centersOriginalUnits() {
    return model.centersOriginalUnits();
  }

  /** @return a copy of the labels, 0-based, in input row order */
  public int[] labels() {
    return labels.clone();
  }

  /** @return a copy of the number of rows per cluster */
  public int[] clusterSizes() {
    return clusterSizes.clone();
  }

  /** @return a copy of the per-cluster weighted sum of squared distances; they add up to the inertia */
  public double[] clusterSse() {
    return clusterSse.clone();
  }

  /** @return a copy of each training row's Euclidean distance to its centre (scaled units) */
  public double[] distances() {
    return distances.clone();
  }

  /** @return the inertia (see the class comment) */
  public double inertia() {
    return inertia;
  }

  /** @return iterations of the best restart */
  public int iterations() {
    return iterations;
  }

  /** @return whether the best restart met the stopping rule within the iteration limit */
  public boolean converged() {
    return converged;
  }

  /** @return how many restarts were run */
  public int restarts() {
    return restarts;
  }

  /**
   * @param quantile q in [0, 1]
   * @return the rule flagging rows farther from their centre than the q-quantile of their cluster's training
   *     distances
   */
  public OutlierRule outlierRule(double quantile) {
    return OutlierRule.fit(quantile, labels, distances, model.numClusters());
  }
}
