package org.clustermodels.core.quality;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.clustermodels.core.data.DenseMatrix;
import org.junit.Test;

/**
 * Davies-Bouldin index on small examples computed by hand: s_c = mean distance of cluster c's rows to its mean,
 * R_ab = (s_a + s_b) / ||c_a - c_b||, DB = mean over a of max over b != a of R_ab. There is no DB oracle file.
 */
public class DaviesBouldinTest {

  /** 1-D {0, 2} and {10, 14}: means 1 and 12, s = 1 and 2, distance 11, R = 3/11 for both clusters. */
  @Test
  public void twoClustersOnALine() {
    DenseMatrix x = DenseMatrix.of(new double[][] {{0}, {2}, {10}, {14}});
    assertEquals(3.0 / 11.0, DaviesBouldin.score(x, new int[] {0, 0, 1, 1}), 1e-15);
  }

  /**
   * 1-D {0, 2}, {10, 14}, {30, 36}: means 1, 12, 33; s = 1, 2, 3; distances 11, 32, 21.
   * R_01 = 3/11, R_02 = 4/32 = 1/8, R_12 = 5/21. Worst per cluster: 3/11, 3/11, 5/21.
   * DB = (6/11 + 5/21) / 3 = (126 + 55) / 231 / 3 = 181/693.
   */
  @Test
  public void threeClustersOnALine() {
    DenseMatrix x = DenseMatrix.of(new double[][] {{0}, {2}, {10}, {14}, {30}, {36}});
    assertEquals(181.0 / 693.0, DaviesBouldin.score(x, new int[] {5, 5, 0, 0, 9, 9}), 1e-15);
  }

  /**
   * 2-D {(0,0), (0,2)}, {(4,0), (4,2)}, {(2,5), (2,7)}: means (0,1), (4,1), (2,6), every s = 1. Distances 4,
   * sqrt(29), sqrt(29): R_01 = 2/4, R_02 = R_12 = 2/sqrt(29) &lt; 1/2. DB = (1/2 + 1/2 + 2/sqrt(29)) / 3.
   */
  @Test
  public void threeClustersInThePlane() {
    DenseMatrix x = DenseMatrix.of(new double[][] {{0, 0}, {0, 2}, {4, 0}, {4, 2}, {2, 5}, {2, 7}});
    assertEquals((1 + 2 / Math.sqrt(29)) / 3, DaviesBouldin.score(x, new int[] {0, 0, 1, 1, 2, 2}), 1e-15);
  }

  /** Three tight blobs at 0, 10 and 100: the true partition scores lower (better) than merging two blobs. */
  @Test
  public void separatedClustersScoreLowerThanMergedOnes() {
    DenseMatrix x = DenseMatrix.of(new double[][] {{0}, {0.5}, {1}, {10}, {10.5}, {11}, {100}, {100.5}, {101}});
    double separated = DaviesBouldin.score(x, new int[] {0, 0, 0, 1, 1, 1, 2, 2, 2});
    double merged = DaviesBouldin.score(x, new int[] {0, 0, 0, 0, 0, 0, 2, 2, 2});
    double mixed = DaviesBouldin.score(x, new int[] {0, 1, 2, 0, 1, 2, 0, 1, 2});
    assertTrue(separated + " < " + merged, separated < merged);
    assertTrue(merged + " < " + mixed, merged < mixed);
  }

  /**
   * Means of clusters 0 and 1 coincide (both 0): their pair is ignored, as scikit-learn does. s = 1, 2, 1 for
   * {-1, 1}, {-2, 2}, {10, 12} (mean 11). R_02 = 2/11, R_12 = 3/11. Worst: 2/11, 3/11, 3/11. DB = 8/33.
   */
  @Test
  public void coincidingMeansAreIgnored() {
    DenseMatrix x = DenseMatrix.of(new double[][] {{-1}, {1}, {-2}, {2}, {10}, {12}});
    assertEquals(8.0 / 33.0, DaviesBouldin.score(x, new int[] {0, 0, 1, 1, 2, 2}), 1e-15);
  }

  /**
   * scikit-learn's degenerate cases, where numpy's allclose(..., 0) uses the absolute tolerance 1e-8: all spreads
   * 0, all means equal, or, a consequence, data in units so small that all spreads are below 1e-8.
   */
  @Test
  public void degenerateCasesScoreZeroAsScikitLearn() {
    DenseMatrix identicalRows = DenseMatrix.of(new double[][] {{3}, {3}, {8}, {8}});
    assertEquals(0.0, DaviesBouldin.score(identicalRows, new int[] {0, 0, 1, 1}), 0.0);
    DenseMatrix sameMeans = DenseMatrix.of(new double[][] {{-1}, {1}, {-2}, {2}});
    assertEquals(0.0, DaviesBouldin.score(sameMeans, new int[] {0, 0, 1, 1}), 0.0);
    DenseMatrix tiny = DenseMatrix.of(new double[][] {{0}, {2e-9}, {10e-9}, {14e-9}});
    assertEquals(0.0, DaviesBouldin.score(tiny, new int[] {0, 0, 1, 1}), 0.0);
  }
}
