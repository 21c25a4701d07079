package org.clustermodels.core.hierarchy;

/** The divisive (top-down) hierarchical clustering methods of {@link Divisive}. */
public enum DivisiveMethod {
  /**
   * DIANA (Kaufman and Rousseeuw 1990, ch. 6), as R's {@code cluster::diana}: splinter-group splits of the
   * cluster with the largest diameter; heights are diameters. O(n^2) memory for the distances, O(n^2) time per
   * level of the tree; see {@link Diana}.
   */
  DIANA,
  /**
   * Bisecting k-means (Steinbach, Karypis and Kumar 2000): 2-means splits of the cluster with the largest SSE or
   * size, on the K-Means core. O(n d) memory, so it scales to large n where DIANA cannot.
   */
  BISECTING_KMEANS
}
