package org.clustermodels.core.quality;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import org.junit.Test;

/** Adjusted Rand index on cases whose value is published or derived by hand. */
public class AdjustedRandIndexTest {

  /**
   * Manning, Raghavan and Schütze, Introduction to Information Retrieval (2008), section 16.3: three clusters of
   * 17 points, {5 x, 1 o}, {1 x, 4 o, 1 d}, {2 x, 3 d}; the book gives TP = 20, FP = 20, FN = 24, TN = 72
   * (Rand index 0.68). Hubert and Arabie's ARI from these pair counts:
   * 2 (TP TN - FN FP) / ((TP + FN)(FN + TN) + (TP + FP)(FP + TN)) = 2 (1440 - 480) / (44 * 96 + 40 * 92)
   * = 1920 / 7904 = 60 / 247. Cross-check with the contingency form: sum C(n_ij, 2) = 10 + 6 + 1 + 3 = 20,
   * sum C(a_i, 2) = 15 + 15 + 10 = 40, sum C(b_j, 2) = 28 + 10 + 6 = 44, C(17, 2) = 136, expected index
   * 40 * 44 / 136 = 220 / 17, so (20 - 220/17) / (42 - 220/17) = 120 / 494 = 60 / 247.
   */
  @Test
  public void introductionToInformationRetrievalExample() {
    int[] clusters = {1, 1, 1, 1, 1, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3};
    int[] classes = {'x', 'x', 'x', 'x', 'x', 'o', 'x', 'o', 'o', 'o', 'o', 'd', 'x', 'x', 'd', 'd', 'd'};
    assertEquals(60.0 / 247.0, AdjustedRandIndex.score(classes, clusters), 1e-15);
  }

  /**
   * [0,0,1,1] vs [0,1,0,1], the minimum -0.5: of the 6 pairs, {0,1} and {2,3} are together only in a, {0,2} and
   * {1,3} only in b, {0,3} and {1,2} apart in both. Unordered pair counts TP = 0, FP = 2, FN = 2, TN = 2:
   * 2 (0 * 2 - 2 * 2) / ((0 + 2)(2 + 2) + (0 + 2)(2 + 2)) = -8 / 16.
   */
  @Test
  public void crossedPartitionsReachTheMinimum() {
    assertEquals(-0.5, AdjustedRandIndex.score(new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}), 0.0);
  }

  /**
   * a = [0,0,0,1,1,1], b = [0,0,1,1,2,2]: pairs together in a: 3 + 3 = 6, in b: 1 + 1 + 1 = 3, in both: {0,1} and
   * {4,5} = 2, of C(6,2) = 15. TP = 2, FN = 4, FP = 1, TN = 15 - 2 - 4 - 1 = 8:
   * 2 (2 * 8 - 4 * 1) / ((2 + 4)(4 + 8) + (2 + 1)(1 + 8)) = 24 / (72 + 27) = 24 / 99 = 8 / 33.
   */
  @Test
  public void smallHandComputedExample() {
    assertEquals(8.0 / 33.0, AdjustedRandIndex.score(new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 0, 1, 1, 2, 2}),
        1e-15);
  }

  @Test
  public void labelsAreArbitraryInts() {
    assertEquals(1.0, AdjustedRandIndex.score(new int[] {5, 5, -3, -3, 100}, new int[] {1, 1, 2, 2, 0}), 0.0);
    assertEquals(8.0 / 33.0, AdjustedRandIndex.score(new int[] {-7, -7, -7, 9, 9, 9},
        new int[] {Integer.MAX_VALUE, Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MIN_VALUE, 0, 0}), 1e-15);
  }

  /** scikit-learn's special cases: agreement on every pair gives 1.0, even where the formula is 0 / 0. */
  @Test
  public void degenerateCasesAsScikitLearn() {
    int[] one = new int[10];
    int[] singletons = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
    assertEquals(1.0, AdjustedRandIndex.score(one, one.clone()), 0.0);
    assertEquals(1.0, AdjustedRandIndex.score(singletons, singletons.clone()), 0.0);
    assertEquals(1.0, AdjustedRandIndex.score(new int[0], new int[0]), 0.0);
    assertEquals(1.0, AdjustedRandIndex.score(new int[] {4}, new int[] {2}), 0.0);
    // one cluster vs all singletons: TP = 0, TN = 0, so the numerator 0 * 0 - FN * 0 = 0
    assertEquals(0.0, AdjustedRandIndex.score(one, singletons), 0.0);
  }

  /**
   * 200,000 rows: a = two clusters of m = 100,000, b splits the second into halves. Products of pair counts
   * (about 1e20) overflow a long. Expected value from the Hubert-Arabie contingency form in doubles (each term
   * below 2^53, so exact): X = sum C(n_ij, 2) = sum C(b_j, 2) = C(m,2) + 2 C(m/2,2), A = sum C(a_i, 2) = 2 C(m,2),
   * N = C(2m, 2); ARI = (X - A X / N) / ((A + X) / 2 - A X / N).
   */
  @Test
  public void largeInputDoesNotOverflow() {
    int m = 100_000;
    int[] a = new int[2 * m];
    int[] b = new int[2 * m];
    Arrays.fill(a, m, 2 * m, 1);
    Arrays.fill(b, m, m + m / 2, 1);
    Arrays.fill(b, m + m / 2, 2 * m, 2);
    double x = choose2(m) + 2 * choose2(m / 2);
    double pairsA = 2 * choose2(m);
    double expectedIndex = pairsA * x / choose2(2 * m);
    double expected = (x - expectedIndex) / ((pairsA + x) / 2 - expectedIndex);
    assertEquals(expected, AdjustedRandIndex.score(a, b), 1e-12);
    assertTrue(expected > 0.5 && expected < 1);
  }

  @Test
  public void rejectsDifferentLengths() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> AdjustedRandIndex.score(new int[] {0, 1, 1}, new int[] {0, 1, 1, 0}));
    assertTrue(e.getMessage(), e.getMessage().contains("different lengths (3 and 4)"));
    e = assertThrows(IllegalArgumentException.class, () -> AdjustedRandIndex.score(null, new int[] {0}));
    assertTrue(e.getMessage(), e.getMessage().contains("null"));
  }

  private static double choose2(long n) {
    return n * (n - 1) / 2.0;
  }
}
