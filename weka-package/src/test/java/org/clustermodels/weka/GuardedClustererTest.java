package org.clustermodels.weka;

import java.io.File;
import weka.clusterers.AbstractClustererTest;
import weka.test.Regression;

/**
 * Weka's own clusterer test suite (the 17 tests of {@link AbstractClustererTest}) with one guard: the regression
 * reference, {@code wekarefs/<test class as path>.ref} under the test resources, is Weka's harness output for the
 * clusterer (one {@code row: cluster} line per generated instance), committed so that a change of behaviour fails
 * the build. Weka's harness silently writes a missing reference and passes; here a missing reference fails
 * unless it is being created on purpose ({@code -Dclustermodels.createWekaRefs=true}).
 */
public abstract class GuardedClustererTest extends AbstractClustererTest {

  /** @param name the test's name (JUnit 3) */
  protected GuardedClustererTest(String name) {
    super(name);
  }

  @Override
  public void testRegression() throws Exception {
    File ref = new File(Regression.getRoot(), getClass().getName().replace('.', File.separatorChar) + ".ref");
    if (!Boolean.getBoolean("clustermodels.createWekaRefs")) {
      assertTrue("regression reference missing: " + ref, ref.isFile());
    }
    super.testRegression();
  }
}
