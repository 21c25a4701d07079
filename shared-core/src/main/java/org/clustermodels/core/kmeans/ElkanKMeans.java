package org.clustermodels.core.kmeans;

/** PLACEHOLDER until the accelerated assignment lands (must not be committed as done). */
final class ElkanKMeans extends LloydKMeans {
  static final ElkanKMeans INSTANCE = new ElkanKMeans();
}
