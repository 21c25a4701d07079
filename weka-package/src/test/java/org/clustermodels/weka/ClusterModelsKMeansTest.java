package org.clustermodels.weka;

import weka.clusterers.Clusterer;

/** Weka's own clusterer test suite run against {@link ClusterModelsKMeans}, with its committed reference. */
public class ClusterModelsKMeansTest extends GuardedClustererTest {

  /** @param name the test's name (JUnit 3) */
  public ClusterModelsKMeansTest(String name) {
    super(name);
  }

  @Override
  public Clusterer getClusterer() {
    return new ClusterModelsKMeans();
  }
}
