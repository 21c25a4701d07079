package org.clustermodels.core.quality;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/**
 * Normalized mutual information (arithmetic-mean normalisation, natural logarithms) on cases derived by hand.
 * There is no NMI oracle file; every expected value here is a closed form written out from the definition
 * NMI = I(A; B) / ((H(A) + H(B)) / 2), I = sum_ij (n_ij / N) ln(N n_ij / (a_i b_j)), H = -sum_i (a_i / N) ln(a_i / N).
 */
public class NormalizedMutualInformationTest {
  private static final double LN2 = Math.log(2);
  private static final double LN3 = Math.log(3);

  /**
   * a = [0,0,1,1], b = [0,0,0,1]. Contingency (rows a, columns b): [[2, 0], [1, 1]], N = 4.
   * H(a) = ln 2. H(b) = -(3/4 ln 3/4 + 1/4 ln 1/4) = 2 ln 2 - 3/4 ln 3.
   * I = 2/4 ln(4*2 / (2*3)) + 1/4 ln(4*1 / (2*3)) + 1/4 ln(4*1 / (2*1))
   *   = 1/2 (2 ln 2 - ln 3) + 1/4 (ln 2 - ln 3) + 1/4 ln 2 = 3/2 ln 2 - 3/4 ln 3.
   * Mean entropy (ln 2 + 2 ln 2 - 3/4 ln 3) / 2 = 3/2 ln 2 - 3/8 ln 3.
   * NMI = (3/2 ln 2 - 3/4 ln 3) / (3/2 ln 2 - 3/8 ln 3), about 0.343711.
   */
  @Test
  public void smallHandComputedExample() {
    double expected = (1.5 * LN2 - 0.75 * LN3) / (1.5 * LN2 - 0.375 * LN3);
    assertEquals(expected, NormalizedMutualInformation.score(new int[] {0, 0, 1, 1}, new int[] {0, 0, 0, 1}), 1e-15);
  }

  /**
   * Manning, Raghavan and Schütze, Introduction to Information Retrieval (2008), section 16.3, which uses this
   * same normalisation and reports NMI of about 0.36 for clusters {5 x, 1 o}, {1 x, 4 o, 1 d}, {2 x, 3 d}
   * (N = 17; cluster sizes 6, 6, 5; class sizes x 8, o 5, d 4). The closed form, cell by cell:
   * I = 5/17 ln(17*5/(6*8)) + 1/17 ln(17*1/(6*5)) + 1/17 ln(17*1/(6*8)) + 4/17 ln(17*4/(6*5))
   *   + 1/17 ln(17*1/(6*4)) + 2/17 ln(17*2/(5*8)) + 3/17 ln(17*3/(5*4)), about 0.39194;
   * H(clusters) = -(2 * 6/17 ln 6/17 + 5/17 ln 5/17), H(classes) = -(8/17 ln 8/17 + 5/17 ln 5/17 + 4/17 ln 4/17).
   */
  @Test
  public void introductionToInformationRetrievalExample() {
    int[] clusters = {1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3};
    int[] classes = {'x', 'x', 'x', 'x', 'x', 'o', 'x', 'o', 'o', 'o', 'o', 'd', 'x', 'x', 'd', 'd', 'd'};
    double n = 17;
    double mi = 5 / n * Math.log(n * 5 / (6 * 8)) + 1 / n * Math.log(n / (6 * 5)) + 1 / n * Math.log(n / (6 * 8))
        + 4 / n * Math.log(n * 4 / (6 * 5)) + 1 / n * Math.log(n / (6 * 4)) + 2 / n * Math.log(n * 2 / (5 * 8))
        + 3 / n * Math.log(n * 3 / (5 * 4));
    double hClusters = -(2 * (6 / n) * Math.log(6 / n) + 5 / n * Math.log(5 / n));
    double hClasses = -(8 / n * Math.log(8 / n) + 5 / n * Math.log(5 / n) + 4 / n * Math.log(4 / n));
    double nmi = NormalizedMutualInformation.score(classes, clusters);
    assertEquals(mi / ((hClusters + hClasses) / 2), nmi, 1e-14);
    assertEquals("the book's rounded value", 0.36, nmi, 0.005);
  }

  /**
   * Independent partitions: a = row / 3, b = row % 3 on 9 rows, every cell n_ij = 1 = a_i b_j / N, so every
   * log term is ln 1 = 0 and I = 0; likewise a 2 x 2 table with all cells 2.
   */
  @Test
  public void independentPartitionsScoreZero() {
    int[] a = new int[9];
    int[] b = new int[9];
    for (int i = 0; i < 9; i++) {
      a[i] = i / 3;
      b[i] = i % 3;
    }
    assertEquals(0.0, NormalizedMutualInformation.score(a, b), 1e-15);
    assertEquals(0.0,
        NormalizedMutualInformation.score(new int[] {0, 0, 0, 0, 1, 1, 1, 1}, new int[] {0, 0, 1, 1, 0, 0, 1, 1}),
        1e-15);
  }

  /** Identical partitions (up to label names): I = H(a) = H(b), so NMI = 1. */
  @Test
  public void identicalPartitionsScoreOne() {
    assertEquals(1.0, NormalizedMutualInformation.score(new int[] {3, 3, -1, 7, 7, 7}, new int[] {0, 0, 1, 2, 2, 2}),
        1e-15);
    int[] singletons = {0, 1, 2, 3, 4, 5, 6};
    assertEquals(1.0, NormalizedMutualInformation.score(singletons, singletons.clone()), 1e-15);
  }

  /** scikit-learn's limit cases: both constant (zero entropy each) is a perfect match, one constant gives I = 0. */
  @Test
  public void degenerateCasesAsScikitLearn() {
    assertEquals(1.0, NormalizedMutualInformation.score(new int[] {4, 4, 4}, new int[] {9, 9, 9}), 0.0);
    assertEquals(1.0, NormalizedMutualInformation.score(new int[0], new int[0]), 0.0);
    assertEquals(0.0, NormalizedMutualInformation.score(new int[] {4, 4, 4, 4}, new int[] {0, 1, 0, 1}), 0.0);
    assertEquals(0.0, NormalizedMutualInformation.score(new int[] {0, 1, 2, 3}, new int[] {5, 5, 5, 5}), 0.0);
  }

  @Test
  public void rejectsDifferentLengths() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> NormalizedMutualInformation.score(new int[] {0, 1}, new int[] {0, 1, 1}));
    assertTrue(e.getMessage(), e.getMessage().contains("different lengths (2 and 3)"));
  }
}
