package org.clustermodels.core.kmeans;

/** PLACEHOLDER until mini-batch lands (must not be committed as done). */
final class MiniBatchKMeans implements KMeansRunner {
  static final MiniBatchKMeans INSTANCE = new MiniBatchKMeans();

  @Override
  public SingleRun run(KMeansProblem problem, double[] initialCenters) {
    throw new UnsupportedOperationException("mini-batch not yet implemented");
  }
}
