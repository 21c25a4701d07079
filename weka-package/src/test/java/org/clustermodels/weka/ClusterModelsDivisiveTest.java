package org.clustermodels.weka;

import weka.clusterers.Clusterer;

/** Weka's own clusterer test suite run against {@link ClusterModelsDivisive}, with its committed reference. */
public class ClusterModelsDivisiveTest extends GuardedClustererTest {

  /** @param name the test's name (JUnit 3) */
  public ClusterModelsDivisiveTest(String name) {
    super(name);
  }

  @Override
  public Clusterer getClusterer() {
    return new ClusterModelsDivisive();
  }
}
