package org.clustermodels.core.hierarchy;

import java.util.Objects;

/**
 * The immutable result of a divisive clustering: the full tree as a {@link Dendrogram} (the top-down splits
 * written as merges, bottom-up), its divisive coefficient, and the clusters where the splitting stopped.
 */
public final class DivisiveResult {
  private final DivisiveMethod method;
  private final Dendrogram dendrogram;
  private final double divisiveCoefficient;
  private final int[] labels;
  private final int numClusters;

  /**
   * @param method the method that ran
   * @param dendrogram the full tree
   * @param labels the final cluster of each row, numbered 0.. by first row in input order; taken, not copied
   * @param splitToSingleRows whether the splitting went on down to single rows (so the coefficient is defined)
   */
  DivisiveResult(DivisiveMethod method, Dendrogram dendrogram, int[] labels, boolean splitToSingleRows) {
    this.method = Objects.requireNonNull(method, "method");
    this.dendrogram = Objects.requireNonNull(dendrogram, "dendrogram");
    this.labels = labels;
    int max = -1;
    for (int label : labels) {
      max = Math.max(max, label);
    }
    this.numClusters = max + 1;
    this.divisiveCoefficient = splitToSingleRows ? dendrogram.bannerCoefficient() : Double.NaN;
  }

  /** @return the method that ran */
  public DivisiveMethod method() {
    return method;
  }

  /** @return the full tree over all rows */
  public Dendrogram dendrogram() {
    return dendrogram;
  }

  /**
   * @return the divisive coefficient: the banner coefficient of the tree (see {@link #dendrogram()}): mean over
   *     rows of {@code 1 - h(i)/H}, h(i) the height at which row i is split off as a single row, H the root
   *     height. For DIANA it equals R {@code cluster::diana}'s {@code dc}; for bisecting k-means it is computed
   *     the same way on that tree's heights (SSEs or sizes), so it is not comparable with DIANA's, and it is NaN
   *     when bisecting stopped at a number of clusters (the rows below them are joined at height 0, which says
   *     nothing about their structure).
   */
  public double divisiveCoefficient() {
    return divisiveCoefficient;
  }

  /**
   * @return the number of clusters where the splitting stopped: n for DIANA; for bisecting k-means the requested
   *     number, or fewer when only clusters of identical rows were left to split
   */
  public int numClusters() {
    return numClusters;
  }

  /**
   * @return a copy of the cluster of each row where the splitting stopped, numbered 0.. in order of each
   *     cluster's first row (row 0 is in cluster 0); for DIANA each row is its own cluster
   */
  public int[] labels() {
    return labels.clone();
  }

  @Override
  public String toString() {
    return "DivisiveResult[method=" + method + ", n=" + dendrogram.leafCount() + ", clusters=" + numClusters
        + ", divisiveCoefficient=" + divisiveCoefficient + "]";
  }
}
