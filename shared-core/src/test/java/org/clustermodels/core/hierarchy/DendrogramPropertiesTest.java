package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.clustermodels.core.hierarchy.DendrogramTestTrees.AnyTrees;
import org.clustermodels.core.hierarchy.DendrogramTestTrees.Heights;

/**
 * Invariants of the dendrogram model on random valid trees, checked against brute-force definitions written here:
 * a cluster is the set of rows under a merge, found by set unions, never by the code under test.
 */
class DendrogramPropertiesTest {

  @Provide
  Arbitrary<Dendrogram> distinctMonotoneTree() {
    return DendrogramTestTrees.trees(40, Heights.MONOTONE_DISTINCT);
  }

  @Property
  void hasNMinusOneMergesWhoseSizesAddUp(@ForAll @From(supplier = AnyTrees.class) Dendrogram tree) {
    int n = tree.leafCount();
    assertEquals(n - 1, tree.mergeCount());
    List<boolean[]> members = DendrogramTestTrees.members(tree);
    for (int t = 0; t < n - 1; t++) {
      assertEquals(tree.sizeOfId(tree.left(t)) + tree.sizeOfId(tree.right(t)), tree.size(t));
      assertEquals(count(members.get(t)), tree.size(t));
    }
    assertEquals(n, tree.sizeOfId(2 * n - 2));
  }

  /** Two rows share one of the k clusters exactly when their lowest common merge is among the first n - k. */
  @Property
  void cutByCountGivesKClustersNumberedByFirstRowAndJoinsRowsMergedBeforeTheCut(
      @ForAll @From(supplier = AnyTrees.class) Dendrogram tree) {
    int n = tree.leafCount();
    int[][] lcm = DendrogramTestTrees.lowestCommonMerges(DendrogramTestTrees.members(tree));
    for (int k = 1; k <= n; k++) {
      int[] labels = tree.cutByCount(k);
      assertNumberedByFirstRow(labels, k);
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          boolean together = lcm[i][j] < n - k;
          if (together != (labels[i] == labels[j])) {
            fail("k = " + k + ", rows " + i + ", " + j + " together: " + together);
          }
        }
      }
    }
  }

  /**
   * SciPy's rule, brute force: two rows share a cluster when no merge inside their lowest common merge's subtree
   * (that merge included) is above h.
   */
  @Property
  void cutByHeightJoinsRowsWhoseSmallestCommonSubtreeIsNowhereAboveH(
      @ForAll @From(supplier = AnyTrees.class) Dendrogram tree) {
    int n = tree.leafCount();
    List<boolean[]> members = DendrogramTestTrees.members(tree);
    int[][] lcm = DendrogramTestTrees.lowestCommonMerges(members);
    double[] highestInside = new double[n - 1];
    for (int t = 0; t < n - 1; t++) {
      highestInside[t] = Double.NEGATIVE_INFINITY;
      for (int s = 0; s < n - 1; s++) {
        if (contains(members.get(t), members.get(s))) {
          highestInside[t] = Math.max(highestInside[t], tree.height(s));
        }
      }
    }
    for (double h : cutHeights(tree)) {
      int[] labels = tree.cutByHeight(h);
      assertNumberedByFirstRow(labels, CutByHeightTest.distinct(labels));
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          boolean together = highestInside[lcm[i][j]] <= h;
          if (together != (labels[i] == labels[j])) {
            fail("h = " + h + ", rows " + i + ", " + j + " together: " + together);
          }
        }
      }
    }
  }

  /** With distinct increasing heights, cutting at merge t's height keeps merges 0..t: n - t - 1 clusters. */
  @Property
  void cutByHeightAgreesWithCutByCountOnMonotoneTreesWithDistinctHeights(
      @ForAll("distinctMonotoneTree") Dendrogram tree) {
    int n = tree.leafCount();
    for (int t = 0; t < n - 1; t++) {
      assertArrayEquals(tree.cutByCount(n - t - 1), tree.cutByHeight(tree.height(t)));
    }
    for (int k = 1; k <= n; k++) {
      assertArrayEquals("k = " + k, tree.cutByCount(k), tree.cutByHeight(tree.heightForCount(k).getAsDouble()));
    }
  }

  /** Wherever a height for k exists, the line gives k clusters; where none exists, k - 1 and k + 1 bracket it. */
  @Property
  void heightForCountGivesKClustersOrNoLineDoes(@ForAll @From(supplier = AnyTrees.class) Dendrogram tree) {
    int n = tree.leafCount();
    List<Double> lines = cutHeights(tree);
    for (int k = 1; k <= n; k++) {
      if (tree.heightForCount(k).isPresent()) {
        assertEquals("k = " + k, k, CutByHeightTest.distinct(tree.cutByHeight(tree.heightForCount(k).getAsDouble())));
      } else {
        for (double h : lines) {
          if (h >= 0) {
            assertTrue("k = " + k + " at " + h, CutByHeightTest.distinct(tree.cutByHeight(h)) != k);
          }
        }
      }
    }
  }

  @Property
  void leafOrderIsALeftFirstPreorderInWhichEveryClusterIsContiguous(
      @ForAll @From(supplier = AnyTrees.class) Dendrogram tree) {
    int n = tree.leafCount();
    int[] order = tree.leafOrder();
    List<Integer> expected = new ArrayList<>();
    preorder(tree, 2 * n - 2, expected);
    assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), order);
    int[] position = new int[n];
    boolean[] seen = new boolean[n];
    for (int p = 0; p < n; p++) {
      assertTrue("row " + order[p] + " twice", !seen[order[p]]);
      seen[order[p]] = true;
      position[order[p]] = p;
    }
    for (boolean[] cluster : DendrogramTestTrees.members(tree)) {
      assertContiguous(cluster, position);
    }
    for (int k = 1; k <= n; k++) {
      int[] labels = tree.cutByCount(k);
      for (int c = 0; c < k; c++) {
        boolean[] cluster = new boolean[n];
        for (int i = 0; i < n; i++) {
          cluster[i] = labels[i] == c;
        }
        assertContiguous(cluster, position);
      }
    }
  }

  /** Recursive on purpose: an independent definition for small trees. */
  private static void preorder(Dendrogram tree, int id, List<Integer> out) {
    int n = tree.leafCount();
    if (id < n) {
      out.add(id);
      return;
    }
    preorder(tree, tree.left(id - n), out);
    preorder(tree, tree.right(id - n), out);
  }

  /** Every merge height, the midpoints between consecutive sorted ones, and values beyond both ends. */
  private static List<Double> cutHeights(Dendrogram tree) {
    double[] h = tree.heights();
    Arrays.sort(h);
    List<Double> out = new ArrayList<>(List.of(-1.0, 0.0, 100.0));
    for (int t = 0; t < h.length; t++) {
      out.add(h[t]);
      if (t > 0) {
        out.add((h[t - 1] + h[t]) / 2);
      }
    }
    return out;
  }

  private static void assertNumberedByFirstRow(int[] labels, int k) {
    int next = 0;
    for (int i = 0; i < labels.length; i++) {
      assertTrue("row " + i + " has label " + labels[i] + ", outside [0, " + k + ")", labels[i] >= 0 && labels[i] < k);
      assertTrue("row " + i + " opens cluster " + labels[i] + " before " + next, labels[i] <= next);
      if (labels[i] == next) {
        next++;
      }
    }
    assertEquals(k, next);
  }

  private static void assertContiguous(boolean[] cluster, int[] position) {
    int lo = Integer.MAX_VALUE;
    int hi = -1;
    for (int i = 0; i < cluster.length; i++) {
      if (cluster[i]) {
        lo = Math.min(lo, position[i]);
        hi = Math.max(hi, position[i]);
      }
    }
    assertEquals("cluster spread over leaf positions " + lo + ".." + hi, count(cluster), hi - lo + 1);
  }

  private static boolean contains(boolean[] outer, boolean[] inner) {
    for (int i = 0; i < outer.length; i++) {
      if (inner[i] && !outer[i]) {
        return false;
      }
    }
    return true;
  }

  private static int count(boolean[] set) {
    int c = 0;
    for (boolean b : set) {
      c += b ? 1 : 0;
    }
    return c;
  }
}
