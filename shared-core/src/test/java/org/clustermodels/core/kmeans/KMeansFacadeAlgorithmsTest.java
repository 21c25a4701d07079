package org.clustermodels.core.kmeans;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.Standardization;
import org.junit.Test;

/** Through the public facade: Hamerly and Elkan give exactly Lloyd's result, with and without refinement. */
public class KMeansFacadeAlgorithmsTest {

  private static DenseMatrix matrix(String dataset) {
    TestData.Matrix m = TestData.load(dataset);
    return DenseMatrix.ofRowMajor(m.n(), m.d(), m.x());
  }

  private static KMeansResult fit(DenseMatrix data, int k, KMeansAlgorithm algorithm, Refinement refinement,
      Standardization standardization) {
    return new KMeans().fit(data, KMeansParams.builder(k).algorithm(algorithm).refinement(refinement)
        .standardization(standardization).restarts(4).seed(11).threads(2).build());
  }

  @Test
  public void acceleratedAlgorithmsEqualLloyd() {
    for (String dataset : TestData.DATASETS) {
      DenseMatrix data = matrix(dataset);
      for (Standardization s : new Standardization[] {Standardization.NONE, Standardization.ZSCORE}) {
        for (Refinement refinement : Refinement.values()) {
          for (int k = 2; k <= 8; k += 3) {
            KMeansResult lloyd = fit(data, k, KMeansAlgorithm.LLOYD, refinement, s);
            for (KMeansAlgorithm accelerated : new KMeansAlgorithm[] {KMeansAlgorithm.HAMERLY, KMeansAlgorithm.ELKAN}) {
              String what = dataset + " " + s + " " + refinement + " k=" + k + " " + accelerated;
              KMeansResult other = fit(data, k, accelerated, refinement, s);
              assertEquals(what, accelerated, other.algorithm());
              assertArrayEquals(what, lloyd.labels(), other.labels());
              assertTrue(what, Arrays.deepEquals(lloyd.centers(), other.centers()));
              assertEquals(what, Double.doubleToLongBits(lloyd.inertia()), Double.doubleToLongBits(other.inertia()));
              assertEquals(what, lloyd.iterations(), other.iterations());
              assertEquals(what, lloyd.converged(), other.converged());
            }
          }
        }
      }
    }
  }

  @Test
  public void miniBatchRunsThroughTheFacade() {
    DenseMatrix data = matrix("faithful");
    KMeansResult result = new KMeans().fit(data, KMeansParams.builder(2).algorithm(KMeansAlgorithm.MINIBATCH)
        .batchSize(64).restarts(3).seed(5).refinement(Refinement.NONE).build());
    assertEquals(KMeansAlgorithm.MINIBATCH, result.algorithm());
    assertEquals(data.rows(), Arrays.stream(result.clusterSizes()).sum());
    KMeansResult lloyd = new KMeans().fit(data, KMeansParams.builder(2).algorithm(KMeansAlgorithm.LLOYD)
        .restarts(3).seed(5).refinement(Refinement.NONE).build());
    assertTrue(result.inertia() <= 1.05 * lloyd.inertia());
  }
}
