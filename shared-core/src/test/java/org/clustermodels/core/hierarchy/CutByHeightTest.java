package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.OptionalDouble;
import org.junit.Test;

/**
 * Cuts by height against SciPy's {@code fcluster(Z, t, criterion='distance')}: the examples printed in SciPy's
 * documentation (relabelled 0-based by first row), and a tree with an inversion worked out by hand from SciPy's
 * rule (a subtree is one cluster when the largest merge height inside it is at most t).
 */
public class CutByHeightTest {
  private static final Dendrogram WARD = DendrogramTestTrees.scipyWard();
  private static final Dendrogram MEDIAN = DendrogramTestTrees.scipyMedian();

  /**
   * SciPy doc: t = 0.9 gives 1..12, t = 1.1 [1,1,2,3,3,4,5,5,6,7,7,8], t = 3 [1,1,1,2,2,2,3,3,3,4,4,4], t = 9 all 1.
   */
  @Test
  public void givenScipyDocumentationWardTree_whenCutByHeight_thenScipyFclusterDistance() {
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, WARD.cutByHeight(0.9));
    assertArrayEquals(new int[] {0, 0, 1, 2, 2, 3, 4, 4, 5, 6, 6, 7}, WARD.cutByHeight(1.1));
    assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3}, WARD.cutByHeight(3));
    assertArrayEquals(new int[12], WARD.cutByHeight(9));
  }

  /** SciPy keeps a merge whose height equals the cut ({@code MC[root] <= cutoff} in {@code cluster_monocrit}). */
  @Test
  public void givenHeightExactlyAtMerges_whenCutByHeight_thenThoseMergesKept() {
    assertArrayEquals(new int[] {0, 0, 1, 2, 2, 3, 4, 4, 5, 6, 6, 7}, WARD.cutByHeight(1.0));
    assertArrayEquals(new int[12], WARD.cutByHeight(8.16496581));
    assertArrayEquals(new int[12], WARD.cutByHeight(Double.POSITIVE_INFINITY));
  }

  @Test
  public void givenNegativeHeight_whenCutByHeight_thenEveryRowAlone() {
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, WARD.cutByHeight(-1));
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11},
        WARD.cutByHeight(Double.NEGATIVE_INFINITY));
  }

  /**
   * The median tree: merge 9 joins {0,1,2} and {3,4,5} at 3.5, the root joins it with {6,...,11} (merge 8, at 3)
   * at 3.25. SciPy's largest-height-below values are 3.5 for merge 9 and the root, 3 for merge 8. So a cut at the
   * root height 3.25 (or anywhere in [3, 3.5)) gives three clusters, not one; one cluster needs t >= 3.5.
   */
  @Test
  public void givenTreeWithInversion_whenCutByHeight_thenScipyRuleOfLargestHeightBelow() {
    int[] three = {0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2};
    assertArrayEquals(three, MEDIAN.cutByHeight(3.25));
    assertArrayEquals(three, MEDIAN.cutByHeight(3.4));
    assertArrayEquals(three, MEDIAN.cutByHeight(3.0));
    assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3}, MEDIAN.cutByHeight(2.9));
    assertArrayEquals(new int[12], MEDIAN.cutByHeight(3.5));
  }

  @Test
  public void givenNaN_whenCutByHeight_thenRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WARD.cutByHeight(Double.NaN));
    assertTrue(e.getMessage(), e.getMessage().contains("NaN"));
  }

  /** Monotone tree: the cut line between two heights, and between the top merge and infinity the top merge. */
  @Test
  public void givenMonotoneTree_whenHeightForCount_thenLineBetweenTheBracketingHeights() {
    assertEquals(8.16496581, WARD.heightForCount(1).getAsDouble(), 0.0);
    assertEquals((5.77350269 + 8.16496581) / 2, WARD.heightForCount(2).getAsDouble(), 1e-15);
    assertEquals((1.29099445 + 5.77350269) / 2, WARD.heightForCount(4).getAsDouble(), 1e-15);
    assertEquals((1 + 1.29099445) / 2, WARD.heightForCount(8).getAsDouble(), 1e-15);
    assertEquals(0.5, WARD.heightForCount(12).getAsDouble(), 0.0);
  }

  /** Ties: two merges at 5.77 (3 clusters impossible), four at 1.29 (5, 6, 7 impossible), four at 1 (9..11). */
  @Test
  public void givenTiedHeights_whenHeightForCount_thenEmptyWhereNoLineGivesK() {
    for (int k : new int[] {3, 5, 6, 7, 9, 10, 11}) {
      assertFalse("k = " + k, WARD.heightForCount(k).isPresent());
      assertEquals("cutByCount still gives k", k, distinct(WARD.cutByCount(k)));
    }
  }

  @Test
  public void givenTreeWithInversion_whenHeightForCount_thenKClustersByHeightOrEmpty() {
    assertFalse("two clusters need a line below 3.5 and above 3.5", MEDIAN.heightForCount(2).isPresent());
    OptionalDouble three = MEDIAN.heightForCount(3);
    assertEquals(3.25, three.getAsDouble(), 1e-15);
    assertEquals(3, distinct(MEDIAN.cutByHeight(three.getAsDouble())));
    assertEquals(3.5, MEDIAN.heightForCount(1).getAsDouble(), 0.0);
  }

  @Test
  public void givenZeroHeightMerge_whenHeightForCountOfN_thenEmpty() {
    Dendrogram zero = Dendrogram.of(new int[] {0, 2}, new int[] {1, 3}, new double[] {0, 1});
    assertFalse(zero.heightForCount(3).isPresent());
    assertEquals(0.5, zero.heightForCount(2).getAsDouble(), 0.0);
  }

  @Test
  public void givenOneRow_whenCut_thenOneCluster() {
    Dendrogram one = Dendrogram.of(new int[0], new int[0], new double[0]);
    assertArrayEquals(new int[] {0}, one.cutByHeight(-5));
    assertArrayEquals(new int[] {0}, one.cutByCount(1));
    assertEquals(0.0, one.heightForCount(1).getAsDouble(), 0.0);
  }

  @Test
  public void givenCountOutsideRange_whenHeightForCount_thenRejected() {
    assertThrows(IllegalArgumentException.class, () -> WARD.heightForCount(0));
    assertThrows(IllegalArgumentException.class, () -> WARD.heightForCount(13));
  }

  static int distinct(int[] labels) {
    int max = -1;
    for (int label : labels) {
      max = Math.max(max, label);
    }
    return max + 1;
  }
}
