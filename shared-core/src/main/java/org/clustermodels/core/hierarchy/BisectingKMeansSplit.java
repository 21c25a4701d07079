package org.clustermodels.core.hierarchy;

/**
 * Which cluster bisecting k-means splits next, and the height its split gets in the dendrogram: the chosen
 * cluster is the one with the largest {@link #value value}, and that value is the height of its split. A
 * cluster is never larger than its parent by either measure, so the heights are monotone and cutting the tree
 * into k clusters gives exactly the k clusters of a run stopped at k.
 */
public enum BisectingKMeansSplit {
  /**
   * The cluster with the largest SSE (sum of squared Euclidean distances of its rows to their mean, in the units
   * the algorithm ran in, after standardisation), as scikit-learn's {@code biggest_inertia}; the height of the
   * split is that SSE.
   */
  LARGEST_SSE {
    @Override
    public double value(int size, double sse) {
      return sse;
    }
  },
  /**
   * The cluster with the most rows, as scikit-learn's {@code largest_cluster}; the height of the split is the
   * number of rows of the split cluster (so the heights count rows, not distances).
   */
  LARGEST_SIZE {
    @Override
    public double value(int size, double sse) {
      return size;
    }
  };

  /**
   * @param size rows in the cluster
   * @param sse its sum of squared distances to its mean
   * @return the cluster's priority for splitting, which is also the height of its split
   */
  public abstract double value(int size, double sse);
}
