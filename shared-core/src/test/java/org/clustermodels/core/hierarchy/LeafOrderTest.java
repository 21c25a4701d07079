package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertArrayEquals;

import org.junit.Test;

/** The drawing order of the leaves against SciPy's {@code leaves_list}, and on very deep trees. */
public class LeafOrderTest {

  /**
   * SciPy's documentation of {@code leaves_list}: {@code Z = ward(pdist(X))} for the 12 points
   * [[0,0],[0,1],[1,0],[0,4],[0,3],[1,4],[4,0],[3,0],[4,1],[4,4],[3,4],[4,3]] (Z as printed there) gives
   * {@code [2, 0, 1, 5, 3, 4, 8, 6, 7, 11, 9, 10]}.
   */
  @Test
  public void givenScipyDocumentationWardTree_whenLeafOrder_thenScipyLeavesList() {
    assertArrayEquals(new int[] {2, 0, 1, 5, 3, 4, 8, 6, 7, 11, 9, 10}, DendrogramTestTrees.scipyWard().leafOrder());
  }

  @Test
  public void givenOneRow_whenLeafOrder_thenThatRow() {
    assertArrayEquals(new int[] {0}, Dendrogram.of(new int[0], new int[0], new double[0]).leafOrder());
  }

  /** A caterpillar of 200,000 rows (depth n - 1) must not overflow the stack; its order is known. */
  @Test
  public void givenChainOf200000Rows_whenLeafOrder_thenRowsFromLastDownThenFirstPair() {
    int n = 200_000;
    Dendrogram chain = chain(n);
    int[] expected = new int[n];
    for (int p = 0; p < n - 2; p++) {
      expected[p] = n - 1 - p; // merge t joins row t + 1 (smaller id, drawn first) with the cluster so far
    }
    expected[n - 2] = 0;
    expected[n - 1] = 1;
    assertArrayEquals(expected, chain.leafOrder());
  }

  /**
   * @param n number of rows
   * @return the tree whose merge 0 joins rows 0 and 1 and merge t joins row t + 1 to the cluster of merge t - 1
   */
  static Dendrogram chain(int n) {
    int[] a = new int[n - 1];
    int[] b = new int[n - 1];
    double[] h = new double[n - 1];
    for (int t = 0; t < n - 1; t++) {
      a[t] = t == 0 ? 0 : n + t - 1;
      b[t] = t + 1;
      h[t] = t;
    }
    return Dendrogram.of(a, b, h);
  }
}
