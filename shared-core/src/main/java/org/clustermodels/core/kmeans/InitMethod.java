package org.clustermodels.core.kmeans;

/** How the initial centres of each restart are chosen. */
public enum InitMethod {
  /**
   * Greedy k-means++ (Arthur &amp; Vassilvitskii 2007, with 2 + floor(ln k) local trials per centre as in
   * scikit-learn): each new centre is the best of several rows drawn with probability proportional to
   * weight times squared distance to the nearest chosen centre.
   */
  KMEANS_PLUS_PLUS,
  /** k rows drawn uniformly without replacement, skipping rows equal to one already drawn. */
  RANDOM,
  /** The centres given in {@link KMeansParams#initialCenters()} (original units); one run. */
  GIVEN
}
