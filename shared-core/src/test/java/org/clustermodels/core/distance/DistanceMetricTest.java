package org.clustermodels.core.distance;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import org.clustermodels.core.data.DenseMatrix;
import org.junit.Test;

/** Each metric against values worked out by hand from its definition. */
public class DistanceMetricTest {

  private static double distance(DistanceMetric metric, double[] a, double[] b) {
    return metric.distance(a, 0, b, 0, a.length);
  }

  /** Indicator vector of a set of items 1..items. */
  private static double[] basket(int items, int... bought) {
    double[] v = new double[items];
    for (int item : bought) {
      v[item - 1] = 1;
    }
    return v;
  }

  @Test
  public void euclideanOfAThreeFourFiveTriangleIsFive() {
    assertEquals(5.0, distance(DistanceMetric.EUCLIDEAN, new double[] {1, 2}, new double[] {4, 6}), 0);
    assertEquals(25.0, distance(DistanceMetric.SQEUCLIDEAN, new double[] {1, 2}, new double[] {4, 6}), 0);
  }

  @Test
  public void manhattanAddsAndChebyshevTakesTheLargestAbsoluteDifference() {
    double[] a = {1, -2, 3.5};
    double[] b = {-1, 2, 3};
    assertEquals(2 + 4 + 0.5, distance(DistanceMetric.MANHATTAN, a, b), 0);
    assertEquals(4.0, distance(DistanceMetric.CHEBYSHEV, a, b), 0);
  }

  @Test
  public void cosineIsOneMinusTheCosineOfTheAngle() {
    assertEquals(1.0, distance(DistanceMetric.COSINE, new double[] {1, 0}, new double[] {0, 3}), 0);
    assertEquals(2.0, distance(DistanceMetric.COSINE, new double[] {2, 0}, new double[] {-1, 0}), 0);
    assertEquals(0.0, distance(DistanceMetric.COSINE, new double[] {1, 2}, new double[] {2, 4}), 1e-15);
    // 45 degrees
    assertEquals(1 - Math.sqrt(0.5), distance(DistanceMetric.COSINE, new double[] {1, 0}, new double[] {5, 5}),
        1e-15);
  }

  @Test
  public void jaccardOfTwoThreeItemBasketsSharingTwoItemsIsOneHalf() {
    // {1,2,3} vs {2,3,4}: intersection 2, union 4, 1 - 2/4
    assertEquals(0.5, distance(DistanceMetric.JACCARD, basket(6, 1, 2, 3), basket(6, 2, 3, 4)), 0);
    // {1} vs {2}: nothing in common
    assertEquals(1.0, distance(DistanceMetric.JACCARD, basket(3, 1), basket(3, 2)), 0);
    // {1,2,3,4,5} vs {1,2,3,4}: 1 - 4/5; items neither bought do not count
    assertEquals(0.2, distance(DistanceMetric.JACCARD, basket(9, 1, 2, 3, 4, 5), basket(9, 1, 2, 3, 4)), 1e-16);
  }

  @Test
  public void jaccardOfTwoEmptyBasketsIsZeroAsInScipy() {
    assertEquals(0.0, distance(DistanceMetric.JACCARD, basket(4), basket(4)), 0);
  }

  @Test
  public void hammingIsTheFractionOfDifferingColumns() {
    assertEquals(0.5, distance(DistanceMetric.HAMMING, basket(4, 1, 2, 3), basket(4, 2, 3, 4)), 0);
    assertEquals(2.0 / 6, distance(DistanceMetric.HAMMING, basket(6, 1, 2, 3), basket(6, 2, 3, 4)), 0);
    assertEquals(0.0, distance(DistanceMetric.HAMMING, basket(3), basket(3)), 0);
  }

  @Test
  public void givenANonBinaryValue_whenJaccardOrHamming_thenRowAndColumnAreNamed() {
    DenseMatrix data = DenseMatrix.of(new double[][] {{0, 1, 1}, {1, 0, 1}, {1, 2, 0}});
    for (DistanceMetric metric : new DistanceMetric[] {DistanceMetric.JACCARD, DistanceMetric.HAMMING}) {
      String m = assertThrows(IllegalArgumentException.class, () -> metric.requireSuitable(data)).getMessage();
      assertThat(m, containsString(metric.id() + " metric needs binary data"));
      assertThat(m, containsString("row 2, column 1 is 2.0"));
    }
  }

  @Test
  public void binaryDataWithNegativeZeroIsAccepted() {
    DistanceMetric.JACCARD.requireSuitable(DenseMatrix.of(new double[][] {{-0.0, 1}, {1, 0}}));
  }

  @Test
  public void givenARowOfZeros_whenCosine_thenTheRowIsNamed() {
    DenseMatrix data = DenseMatrix.of(new double[][] {{1, 2}, {0, 0}, {3, 1}});
    String m = assertThrows(IllegalArgumentException.class, () -> DistanceMetric.COSINE.requireSuitable(data))
        .getMessage();
    assertThat(m, containsString("row 1"));
    assertThat(m, containsString("all its values are 0"));
  }

  @Test
  public void metricsAreFoundByTheirIdsInAnyCase() {
    for (DistanceMetric m : DistanceMetric.values()) {
      assertEquals(m, DistanceMetric.fromId(m.id().toUpperCase(java.util.Locale.ROOT)));
    }
    String m = assertThrows(IllegalArgumentException.class, () -> DistanceMetric.fromId("cityblok")).getMessage();
    assertThat(m, containsString("euclidean, sqeuclidean, manhattan, chebyshev, cosine, jaccard, hamming"));
  }

  @Test
  public void onlyEuclideanIsEuclidean() {
    for (DistanceMetric m : DistanceMetric.values()) {
      assertEquals(m.id(), m == DistanceMetric.EUCLIDEAN, m.isEuclidean());
    }
  }
}
