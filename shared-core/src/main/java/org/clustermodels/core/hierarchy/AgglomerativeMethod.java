package org.clustermodels.core.hierarchy;

/** How agglomerative clustering of data rows is computed. */
public enum AgglomerativeMethod {
  /**
   * Choose: {@link #VECTOR} where it is the faster method (single linkage on Euclidean rows, and Ward's on Euclidean
   * rows of at most 32 columns), else {@link #MATRIX} when the matrix fits in memory (exact for every linkage and
   * metric), else {@link #VECTOR} where it exists, else fail with the memory message.
   */
  AUTO,
  /**
   * On the stored matrix of all n(n-1)/2 distances: every linkage and metric, O(n^2) time, 8 n(n-1)/2 bytes
   * (checked before allocating; n at most {@link org.clustermodels.core.distance.CondensedDistances#MAX_N}).
   */
  MATRIX,
  /**
   * On the data rows, never storing the matrix: O(n d) memory, for single, Ward, centroid and median linkage on
   * Euclidean distances.
   */
  VECTOR
}
