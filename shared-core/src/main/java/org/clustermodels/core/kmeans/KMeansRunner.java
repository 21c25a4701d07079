package org.clustermodels.core.kmeans;

/** One restart of a K-Means algorithm from given initial centres. Implementations are stateless. */
interface KMeansRunner {
  /**
   * @param problem the data and stopping rule
   * @param initialCenters k*d initial centres, row-major; not modified
   * @return the run's result
   */
  SingleRun run(KMeansProblem problem, double[] initialCenters);
}
