package org.clustermodels.core.kmeans;

/** PLACEHOLDER until the accelerated assignment lands (must not be committed as done). */
final class HamerlyKMeans extends LloydKMeans {
  static final HamerlyKMeans INSTANCE = new HamerlyKMeans();
}
