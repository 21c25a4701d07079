package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.clustermodels.core.data.DenseMatrix;

/** Invariants of bisecting k-means on random data (jqwik), with duplicated rows and integer ties. */
class BisectingKMeansPropertiesTest {

  private static DivisiveResult fit(DenseMatrix data, int k, BisectingKMeansSplit split, long seed) {
    return new Divisive().fit(data, DivisiveParams.builder(DivisiveMethod.BISECTING_KMEANS).numClusters(k)
        .split(split).seed(seed).restarts(2).threads(1).build());
  }

  @Property(tries = 60)
  void fullTreeCoversAllRowsWithMonotoneHeights(@ForAll long seed, @ForAll @IntRange(min = 2, max = 150) int n,
      @ForAll @IntRange(min = 1, max = 4) int d, @ForAll boolean grid, @ForAll BisectingKMeansSplit split) {
    DenseMatrix data = DivisiveTrees.blobs(seed, n, d, 4, grid);
    DivisiveResult r = fit(data, DivisiveParams.ALL_ROWS, split, seed);
    Dendrogram tree = r.dendrogram();
    assertEquals(n - 1, tree.mergeCount());
    assertEquals(n, tree.size(n - 2));
    assertTrue("heights ascend in merge order", tree.isMonotone());
    for (int t = 0; t < n - 1; t++) {
      for (int child : new int[] {tree.left(t), tree.right(t)}) {
        if (child >= n) {
          assertTrue("a part is split no higher than its cluster", tree.height(child - n) <= tree.height(t));
        }
      }
    }
    // down to single rows: only identical rows are left together, joined at height 0
    int distinct = DivisiveTrees.distinctRows(data);
    assertEquals(distinct, r.numClusters());
    int zeros = 0;
    for (double h : tree.heights()) {
      zeros += h == 0 ? 1 : 0;
    }
    assertEquals("merges of identical rows", n - distinct, zeros);
  }

  @Property(tries = 60)
  void cuttingTheFullTreeGivesTheRunToK(@ForAll long seed, @ForAll @IntRange(min = 2, max = 120) int n,
      @ForAll @IntRange(min = 1, max = 12) int k, @ForAll boolean grid, @ForAll BisectingKMeansSplit split) {
    DenseMatrix data = DivisiveTrees.blobs(seed, n, 2, 5, grid);
    int kk = Math.min(k, n);
    DivisiveResult toK = fit(data, kk, split, seed);
    assertEquals("k clusters unless fewer distinct rows", Math.min(kk, DivisiveTrees.distinctRows(data)),
        toK.numClusters());
    Dendrogram full = fit(data, DivisiveParams.ALL_ROWS, split, seed).dendrogram();
    assertArrayEquals(DivisiveTrees.cutByMergeOrder(full, toK.numClusters()), toK.labels());
    assertArrayEquals("the run to k's own tree cut at k", DivisiveTrees.cutByMergeOrder(toK.dendrogram(),
        toK.numClusters()), toK.labels());
  }

  @Property(tries = 30)
  void heightIsTheCriterionOfTheSplitCluster(@ForAll long seed, @ForAll @IntRange(min = 2, max = 100) int n,
      @ForAll BisectingKMeansSplit split) {
    DenseMatrix data = DivisiveTrees.blobs(seed, n, 3, 3, false);
    Dendrogram tree = fit(data, DivisiveParams.ALL_ROWS, split, seed).dendrogram();
    int root = n - 2;
    if (split == BisectingKMeansSplit.LARGEST_SIZE) {
      for (int t = 0; t < n - 1; t++) {
        if (tree.height(t) > 0) {
          assertEquals("size criterion: height = rows of the split cluster", tree.size(t), tree.height(t), 0.0);
        }
      }
    } else {
      double[] mean = new double[3];
      for (double[] row : data.toRows()) {
        for (int j = 0; j < 3; j++) {
          mean[j] += row[j] / n;
        }
      }
      double sse = 0;
      for (double[] row : data.toRows()) {
        for (int j = 0; j < 3; j++) {
          sse += (row[j] - mean[j]) * (row[j] - mean[j]);
        }
      }
      assertEquals("SSE criterion: the root's height is the total SSE", sse, tree.height(root), 1e-9 * sse);
    }
  }

  @Property(tries = 20)
  void sameSeedSameTree(@ForAll long seed, @ForAll @IntRange(min = 2, max = 120) int n,
      @ForAll BisectingKMeansSplit split) {
    DenseMatrix data = DivisiveTrees.blobs(seed, n, 3, 6, false);
    DivisiveResult a = fit(data, DivisiveParams.ALL_ROWS, split, seed);
    DivisiveResult b = fit(data, DivisiveParams.ALL_ROWS, split, seed);
    assertEquals(a.dendrogram(), b.dendrogram());
    assertArrayEquals(a.labels(), b.labels());
  }
}
