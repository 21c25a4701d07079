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
   */
  DivisiveResult(DivisiveMethod method, Dendrogram dendrogram, int[] labels) {
    this.method = Objects.requireNonNull(method, "method");
    this.dendrogram = Objects.requireNonNull(dendrogram, "dendrogram");
    this.labels = labels;
    int max = -1;
    for (int label : labels) {
      max = Math.max(max, label);
    }
    this.numClusters = max + 1;
    this.divisiveCoefficient = bannerCoefficient(dendrogram);
  }

  /**
   * The banner coefficient of a tree (Kaufman and Rousseeuw 1990, as R's {@code cluster} computes it from the
   * banner): the mean over rows i of {@code 1 - h(i) / H}, where h(i) is the height of the merge that first joins
   * row i with another row and H is the largest height. For DIANA h(i) is the diameter of the last cluster i
   * belonged to before it was split off as a single row, and the value is R's divisive coefficient {@code dc}.
   * NaN when every height is 0, as in R.
   *
   * @param tree the tree
   * @return the coefficient
   */
  static double bannerCoefficient(Dendrogram tree) {
    int n = tree.leafCount();
    double top = 0;
    double[] first = new double[n];
    for (int t = 0; t < tree.mergeCount(); t++) {
      double h = tree.height(t);
      top = Math.max(top, h);
      if (tree.left(t) < n) {
        first[tree.left(t)] = h;
      }
      if (tree.right(t) < n) {
        first[tree.right(t)] = h;
      }
    }
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1 - first[i] / top;
    }
    return sum / n;
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
   *     the same way on that tree's heights (SSEs or sizes, and 0 below the clusters where it stopped), so it is
   *     not comparable with DIANA's.
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
