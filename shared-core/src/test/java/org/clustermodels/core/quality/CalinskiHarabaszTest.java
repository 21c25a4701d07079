package org.clustermodels.core.quality;

import static org.junit.Assert.assertEquals;

import org.clustermodels.core.data.DenseMatrix;
import org.junit.Test;

/**
 * Caliński-Harabasz index on small examples computed by hand from CH = [B / (k - 1)] / [W / (n - k)], with
 * B = sum_c n_c ||mean_c - mean||^2 and W = sum_i ||x_i - mean_c(i)||^2. There is no CH oracle file.
 */
public class CalinskiHarabaszTest {

  /**
   * 1-D: {0, 2} and {10, 12}. Overall mean 6, cluster means 1 and 11. B = 2 (1 - 6)^2 + 2 (11 - 6)^2 = 100,
   * W = 1 + 1 + 1 + 1 = 4, n = 4, k = 2: CH = (100 / 1) / (4 / 2) = 50.
   */
  @Test
  public void twoClustersOnALine() {
    DenseMatrix x = DenseMatrix.of(new double[][] {{0}, {2}, {10}, {12}});
    assertEquals(50.0, CalinskiHarabasz.score(x, new int[] {0, 0, 1, 1}), 1e-12);
  }

  /**
   * 2-D: {(0,0), (0,2)}, {(4,0), (4,2)}, {(2,5), (2,7)}; means (0,1), (4,1), (2,6); overall mean (2, 8/3).
   * B = 2 [4 + 25/9] + 2 [4 + 25/9] + 2 [0 + 100/9] = 16 + 300/9 = 148/3. W = 3 clusters x (1 + 1) = 6.
   * n = 6, k = 3: CH = (148/3 / 2) / (6 / 3) = 37/3. Labels with gaps and in another order give the same.
   */
  @Test
  public void threeClustersInThePlane() {
    DenseMatrix x = DenseMatrix.of(new double[][] {{0, 0}, {0, 2}, {4, 0}, {4, 2}, {2, 5}, {2, 7}});
    assertEquals(37.0 / 3.0, CalinskiHarabasz.score(x, new int[] {0, 0, 1, 1, 2, 2}), 1e-12);
    assertEquals(37.0 / 3.0, CalinskiHarabasz.score(x, new int[] {1000, 1000, 7, 7, 42, 42}), 1e-12);
  }

  /** scikit-learn's convention: W = 0 (clusters of identical rows) scores 1.0 instead of dividing by 0. */
  @Test
  public void zeroWithinDispersionScoresOne() {
    DenseMatrix x = DenseMatrix.of(new double[][] {{3, 1}, {3, 1}, {8, 2}, {8, 2}, {8, 2}});
    assertEquals(1.0, CalinskiHarabasz.score(x, new int[] {0, 0, 1, 1, 1}), 0.0);
  }

  /** 1-D {-1, 1} and {-2, 2}: both means are 0, so B = 0 and CH = 0 (W = 2 + 8 = 10). */
  @Test
  public void coincidingMeansScoreZero() {
    DenseMatrix x = DenseMatrix.of(new double[][] {{-1}, {1}, {-2}, {2}});
    assertEquals(0.0, CalinskiHarabasz.score(x, new int[] {0, 0, 1, 1}), 0.0);
  }
}
