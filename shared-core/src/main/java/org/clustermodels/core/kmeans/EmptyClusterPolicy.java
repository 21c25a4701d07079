package org.clustermodels.core.kmeans;

/** What an iteration does when a cluster has lost all its rows. k never shrinks silently. */
public enum EmptyClusterPolicy {
  /**
   * Move the row farthest from its current centre (among clusters with more than one row) into the empty
   * cluster, as scikit-learn does. The default.
   */
  FARTHEST_POINT,
  /** Keep the empty cluster's previous centre; the cluster may stay empty and is reported with size 0. */
  KEEP_CENTER,
  /** Stop with an {@link IllegalStateException} naming the cluster. */
  FAIL
}
