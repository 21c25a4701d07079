package org.clustermodels.core.hierarchy;

/** How agglomerative clustering of data rows is computed. */
public enum AgglomerativeMethod {
  /** Choose: currently always {@link #MATRIX}. */
  AUTO,
  /**
   * On the stored matrix of all n(n-1)/2 distances: every linkage and metric, O(n^2) time, 8 n(n-1)/2 bytes
   * (checked before allocating; n at most {@link org.clustermodels.core.distance.CondensedDistances#MAX_N}).
   */
  MATRIX,
  /**
   * On the data rows, never storing the matrix: O(n d) memory, for single and Ward linkage on Euclidean
   * distances. Not available yet.
   */
  VECTOR
}
