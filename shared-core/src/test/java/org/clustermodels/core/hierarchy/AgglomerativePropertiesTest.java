package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.distance.CondensedDistances;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.distance.PairwiseDistances;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Invariants of agglomerative clustering on random data (jqwik), and agreement with a brute-force clustering
 * written here from the geometric definitions of the linkages.
 */
class AgglomerativePropertiesTest {

  /** Random rows; with {@code grid}, small integers, so that distances tie and rows repeat. */
  static DenseMatrix data(long seed, int n, int d, boolean grid) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[] v = new double[n * d];
    for (int p = 0; p < v.length; p++) {
      v[p] = grid ? rng.nextInt(4) : rng.nextDouble(-10, 10);
    }
    return DenseMatrix.ofRowMajor(n, d, v);
  }

  @Property(tries = 200)
  void everyTreeIsCompleteAndConsistent(@ForAll long seed, @ForAll @IntRange(min = 2, max = 60) int n,
      @ForAll @IntRange(min = 1, max = 4) int d, @ForAll boolean grid, @ForAll LinkageMethod linkage) {
    Dendrogram tree = new Agglomerative().fit(data(seed, n, d, grid), AgglomerativeParams.builder(linkage).build())
        .dendrogram();
    assertEquals(n - 1, tree.mergeCount());
    for (int t = 0; t < n - 1; t++) {
      assertEquals("sizes add up at merge " + t, tree.sizeOfId(tree.left(t)) + tree.sizeOfId(tree.right(t)),
          tree.size(t));
      assertTrue(Double.isFinite(tree.height(t)) && tree.height(t) >= 0);
    }
    assertEquals(n, tree.size(n - 2));
    if (linkage.linkage().isMonotone()) {
      assertTrue(linkage.id() + " heights never decrease", tree.isMonotone());
    }
  }

  @Property(tries = 150)
  void equalsTheBruteForceClusteringFromTheDefinitions(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 24) int n, @ForAll @IntRange(min = 1, max = 3) int d,
      @ForAll LinkageMethod linkage) {
    DenseMatrix x = data(seed, n, d, false);
    Dendrogram ours = new Agglomerative().fit(x, AgglomerativeParams.builder(linkage).build()).dendrogram();
    assertNull(linkage.id(), MergeLists.compare(BruteForce.linkage(x, linkage), ours, 1e-9));
  }

  @Property(tries = 100)
  void theGenericAlgorithmAgreesWithTheChainOnMonotoneLinkages(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 80) int n, @ForAll @IntRange(min = 1, max = 4) int d,
      @ForAll LinkageMethod linkage) {
    if (!linkage.linkage().isMonotone()) {
      return;
    }
    CondensedDistances dist = PairwiseDistances.compute(data(seed, n, d, false), DistanceMetric.EUCLIDEAN);
    Dendrogram chain = linkage.algorithm().cluster(n, dist.toArray(), linkage.linkage(), ProgressMonitor.none());
    Dendrogram generic = GenericLinkage.INSTANCE.cluster(n, dist.toArray(), linkage.linkage(),
        ProgressMonitor.none());
    assertNull(linkage.id(), MergeLists.compare(generic.toLinkage(), chain, 1e-12));
  }

  /**
   * Agglomerative clustering straight from the definitions, O(n^5): at each step the two clusters at the smallest
   * distance merge, that distance computed from the rows (single, complete, average), from centroids (centroid,
   * Ward), from midpoints of the parts (median) or, for weighted, the mean of the two parts' distances.
   */
  static final class BruteForce {
    private final DenseMatrix x;
    private final int d;
    private final List<List<Integer>> members = new ArrayList<>();
    private final List<double[]> midpoint = new ArrayList<>();
    private final List<Integer> ids = new ArrayList<>();
    /** weighted linkage only: distances between current clusters, by position in the lists. */
    private final List<List<Double>> weighted = new ArrayList<>();

    private BruteForce(DenseMatrix x) {
      this.x = x;
      this.d = x.cols();
      for (int i = 0; i < x.rows(); i++) {
        members.add(new ArrayList<>(List.of(i)));
        midpoint.add(x.row(i));
        ids.add(i);
      }
      for (int a = 0; a < x.rows(); a++) {
        List<Double> row = new ArrayList<>();
        for (int b = 0; b < x.rows(); b++) {
          row.add(euclid(x.row(a), x.row(b)));
        }
        weighted.add(row);
      }
    }

    static double[][] linkage(DenseMatrix x, LinkageMethod linkage) {
      BruteForce b = new BruteForce(x);
      int n = x.rows();
      double[][] z = new double[n - 1][];
      for (int k = 0; k < n - 1; k++) {
        int bestA = -1;
        int bestB = -1;
        double best = Double.POSITIVE_INFINITY;
        for (int a = 0; a < b.members.size(); a++) {
          for (int c = a + 1; c < b.members.size(); c++) {
            double dist = b.distance(a, c, linkage);
            if (dist < best) {
              best = dist;
              bestA = a;
              bestB = c;
            }
          }
        }
        int idA = b.ids.get(bestA);
        int idB = b.ids.get(bestB);
        z[k] = new double[] {Math.min(idA, idB), Math.max(idA, idB), best,
            b.members.get(bestA).size() + b.members.get(bestB).size()};
        b.merge(bestA, bestB, n + k);
      }
      return z;
    }

    private double distance(int a, int b, LinkageMethod linkage) {
      List<Integer> ma = members.get(a);
      List<Integer> mb = members.get(b);
      switch (linkage) {
        case SINGLE, COMPLETE, AVERAGE -> {
          double min = Double.POSITIVE_INFINITY;
          double max = 0;
          double sum = 0;
          for (int i : ma) {
            for (int j : mb) {
              double e = euclid(x.row(i), x.row(j));
              min = Math.min(min, e);
              max = Math.max(max, e);
              sum += e;
            }
          }
          return linkage == LinkageMethod.SINGLE ? min : linkage == LinkageMethod.COMPLETE ? max
              : sum / (ma.size() * mb.size());
        }
        case CENTROID -> {
          return euclid(centroid(ma), centroid(mb));
        }
        case WARD -> {
          double na = ma.size();
          double nb = mb.size();
          return Math.sqrt(2 * na * nb / (na + nb)) * euclid(centroid(ma), centroid(mb));
        }
        case MEDIAN -> {
          return euclid(midpoint.get(a), midpoint.get(b));
        }
        case WEIGHTED -> {
          return weighted.get(a).get(b);
        }
        default -> throw new AssertionError(linkage);
      }
    }

    private void merge(int a, int b, int newId) {
      List<Integer> joined = new ArrayList<>(members.get(a));
      joined.addAll(members.get(b));
      double[] mid = new double[d];
      for (int j = 0; j < d; j++) {
        mid[j] = (midpoint.get(a)[j] + midpoint.get(b)[j]) / 2;
      }
      List<Double> wrow = new ArrayList<>();
      for (int c = 0; c < members.size(); c++) {
        wrow.add((weighted.get(a).get(c) + weighted.get(b).get(c)) / 2);
      }
      // b > a: remove b first so that a's position stays valid
      for (int pos : new int[] {b, a}) {
        members.remove(pos);
        midpoint.remove(pos);
        ids.remove(pos);
        weighted.remove(pos);
        for (List<Double> row : weighted) {
          row.remove(pos);
        }
        wrow.remove(pos);
      }
      members.add(joined);
      midpoint.add(mid);
      ids.add(newId);
      for (int c = 0; c < weighted.size(); c++) {
        weighted.get(c).add(wrow.get(c));
      }
      wrow.add(0.0);
      weighted.add(wrow);
    }

    private double[] centroid(List<Integer> rows) {
      double[] c = new double[d];
      for (int i : rows) {
        for (int j = 0; j < d; j++) {
          c[j] += x.get(i, j) / rows.size();
        }
      }
      return c;
    }

    private static double euclid(double[] a, double[] b) {
      double s = 0;
      for (int j = 0; j < a.length; j++) {
        s += (a[j] - b[j]) * (a[j] - b[j]);
      }
      return Math.sqrt(s);
    }
  }
}
