package org.clustermodels.weka;

import weka.clusterers.Clusterer;

/** Weka's own clusterer test suite run against {@link ClusterModelsAgglomerative}, with its committed reference. */
public class ClusterModelsAgglomerativeTest extends GuardedClustererTest {

  /** @param name the test's name (JUnit 3) */
  public ClusterModelsAgglomerativeTest(String name) {
    super(name);
  }

  @Override
  public Clusterer getClusterer() {
    return new ClusterModelsAgglomerative();
  }
}
