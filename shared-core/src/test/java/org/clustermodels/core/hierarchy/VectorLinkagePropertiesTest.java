package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Invariants of the vector-based linkages on random data, checked against direct computations written here:
 * Kruskal's minimum spanning tree for single linkage, and the textbook greedy algorithm (merge the closest pair
 * of clusters, recompute everything) for Ward, centroid and median. Plus: n - 1 merges whose sizes add up,
 * monotone heights where the linkage is monotone, and the same tree whatever the number of threads, also on
 * integer grids full of exact ties and with every range split into chunks.
 */
class VectorLinkagePropertiesTest {

  /** The linkages under test, fitted with the given workers. */
  enum Method {
    SINGLE(true), WARD(true), CENTROID(false), MEDIAN(false);

    final boolean monotone;

    Method(boolean monotone) {
      this.monotone = monotone;
    }

    Dendrogram fit(DenseMatrix x, VectorWorkers workers) {
      ProgressMonitor none = ProgressMonitor.none();
      return switch (this) {
        case SINGLE -> VectorSingleLinkage.fit(x, workers, none);
        case WARD -> VectorWardLinkage.fit(x, workers, none);
        case CENTROID -> VectorGenericLinkage.fit(x, workers, none, VectorGenericLinkage.Merge.CENTROID);
        case MEDIAN -> VectorGenericLinkage.fit(x, workers, none, VectorGenericLinkage.Merge.MEDIAN);
      };
    }

    Dendrogram fit(DenseMatrix x, int threads, long minChunkWork) {
      try (VectorWorkers workers = new VectorWorkers(threads, minChunkWork)) {
        return fit(x, workers);
      }
    }
  }

  @Property(tries = 60)
  void treeIsCompleteAndSizesAddUp(@ForAll Method method, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 80) int n, @ForAll @IntRange(min = 1, max = 6) int d) {
    DenseMatrix x = gaussian(new SplittableRandom(seed), n, d);
    Dendrogram tree = method.fit(x, 2, 1);
    assertEquals(n, tree.leafCount());
    assertEquals(n - 1, tree.mergeCount());
    for (int t = 0; t < n - 1; t++) {
      assertEquals(tree.sizeOfId(tree.left(t)) + tree.sizeOfId(tree.right(t)), tree.size(t));
    }
    if (n > 1) {
      assertEquals(n, tree.size(n - 2));
    }
    if (method.monotone) {
      assertTrue(method + " heights must not decrease", tree.isMonotone());
    }
  }

  @Property(tries = 60)
  void sameTreeWithOneTwoAndThreeThreads(@ForAll Method method, @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 90) int n, @ForAll @IntRange(min = 1, max = 3) int d,
      @ForAll @IntRange(min = 1, max = 4) int levels) {
    DenseMatrix x = grid(new SplittableRandom(seed), n, d, levels); // many exact ties and duplicates
    String one = Arrays.deepToString(method.fit(x, 1, 1).toLinkage());
    assertEquals(one, Arrays.deepToString(method.fit(x, 2, 1).toLinkage()));
    assertEquals(one, Arrays.deepToString(method.fit(x, 3, 1).toLinkage()));
    // the default chunking: too little work to split
    assertEquals(one, Arrays.deepToString(method.fit(x, 3, 1 << 14).toLinkage()));
  }

  @Property(tries = 60)
  void singleLinkageHeightsAreKruskalsSpanningTreeEdges(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 70) int n, @ForAll @IntRange(min = 1, max = 5) int d,
      @ForAll boolean ties) {
    SplittableRandom rng = new SplittableRandom(seed);
    DenseMatrix x = ties ? grid(rng, n, d, 3) : gaussian(rng, n, d);
    double[] actual = Method.SINGLE.fit(x, 2, 1).heights();
    Arrays.sort(actual);
    assertArrayEquals(kruskalEdgeLengths(x), actual, 1e-12);
  }

  @Property(tries = 40)
  void wardCentroidAndMedianEqualTheGreedyAlgorithm(@ForAll Method method, @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 40) int n, @ForAll @IntRange(min = 1, max = 4) int d) {
    if (method == Method.SINGLE) {
      return;
    }
    DenseMatrix x = gaussian(new SplittableRandom(seed), n, d); // no ties, so the greedy order is unique
    double[][] expected = greedy(x, method).toLinkage();
    double[][] actual = method.fit(x, 2, 1).toLinkage();
    assertEquals(expected.length, actual.length);
    for (int t = 0; t < expected.length; t++) {
      assertEquals("left " + t, expected[t][0], actual[t][0], 0.0);
      assertEquals("right " + t, expected[t][1], actual[t][1], 0.0);
      assertEquals("height " + t, expected[t][2], actual[t][2], 1e-9 * expected[t][2]);
    }
  }

  /** Kruskal: all n(n-1)/2 edges sorted by length, kept when they join two components. */
  private static double[] kruskalEdgeLengths(DenseMatrix x) {
    int n = x.rows();
    List<double[]> edges = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n; j++) {
        edges.add(new double[] {euclidean(x.row(i), x.row(j)), i, j});
      }
    }
    edges.sort((a, b) -> Double.compare(a[0], b[0]));
    int[] component = new int[n];
    for (int i = 0; i < n; i++) {
      component[i] = i;
    }
    double[] lengths = new double[n - 1];
    int kept = 0;
    for (double[] e : edges) {
      int a = component[(int) e[1]];
      int b = component[(int) e[2]];
      if (a != b) {
        for (int i = 0; i < n; i++) {
          if (component[i] == b) {
            component[i] = a;
          }
        }
        lengths[kept++] = e[0];
      }
    }
    return lengths;
  }

  /**
   * The definition, O(n^3 d): keep every cluster's rows; repeatedly merge the two clusters with the smallest
   * distance, computed from scratch. Centroids are means of the rows (centroid, Ward); the median linkage's
   * point is the midpoint of the two merged points. Ward's distance is sqrt(2 nA nB / (nA + nB)) ||cA - cB||.
   */
  private static Dendrogram greedy(DenseMatrix x, Method method) {
    int n = x.rows();
    List<double[]> points = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    List<Integer> ids = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      points.add(x.row(i));
      sizes.add(1);
      ids.add(i);
    }
    int[] left = new int[n - 1];
    int[] right = new int[n - 1];
    double[] heights = new double[n - 1];
    for (int t = 0; t < n - 1; t++) {
      int bestA = -1;
      int bestB = -1;
      double best = Double.POSITIVE_INFINITY;
      for (int a = 0; a < points.size(); a++) {
        for (int b = a + 1; b < points.size(); b++) {
          double dist = euclidean(points.get(a), points.get(b));
          if (method == Method.WARD) {
            double na = sizes.get(a);
            double nb = sizes.get(b);
            dist *= Math.sqrt(2 * na * nb / (na + nb));
          }
          if (dist < best) {
            best = dist;
            bestA = a;
            bestB = b;
          }
        }
      }
      double[] pa = points.get(bestA);
      double[] pb = points.get(bestB);
      double wa = method == Method.MEDIAN ? 1 : sizes.get(bestA);
      double wb = method == Method.MEDIAN ? 1 : sizes.get(bestB);
      double[] merged = new double[pa.length];
      for (int j = 0; j < merged.length; j++) {
        merged[j] = (wa * pa[j] + wb * pb[j]) / (wa + wb);
      }
      left[t] = ids.get(bestA);
      right[t] = ids.get(bestB);
      heights[t] = best;
      int size = sizes.get(bestA) + sizes.get(bestB);
      points.remove(bestB);
      sizes.remove(bestB);
      ids.remove(bestB);
      points.set(bestA, merged);
      sizes.set(bestA, size);
      ids.set(bestA, n + t);
    }
    return Dendrogram.of(left, right, heights);
  }

  private static double euclidean(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += (a[j] - b[j]) * (a[j] - b[j]);
    }
    return Math.sqrt(s);
  }

  static DenseMatrix gaussian(SplittableRandom rng, int n, int d) {
    double[] v = new double[n * d];
    for (int t = 0; t < v.length; t++) {
      double u = rng.nextDouble();
      double w = rng.nextDouble();
      v[t] = Math.sqrt(-2 * Math.log1p(-u)) * Math.cos(2 * Math.PI * w) * 3 + (t % 2 == 0 ? 10 : -5);
    }
    return DenseMatrix.ofRowMajor(n, d, v);
  }

  static DenseMatrix grid(SplittableRandom rng, int n, int d, int levels) {
    double[] v = new double[n * d];
    for (int t = 0; t < v.length; t++) {
      v[t] = rng.nextInt(levels + 1);
    }
    return DenseMatrix.ofRowMajor(n, d, v);
  }
}
