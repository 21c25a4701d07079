package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.clustermodels.core.distance.CondensedDistances;
import org.clustermodels.core.progress.ProgressMonitor;

/** DIANA on random dissimilarities (jqwik): the same tree as a naive implementation, and the tree invariants. */
class DianaPropertiesTest {

  /** Kinds of random dissimilarities; the first three are full of exact and near ties. */
  enum Kind {
    /** Integers 0..3: exact ties everywhere, and averages that are exactly equal or exactly 0. */
    SMALL_INTEGERS,
    /** Multiples of 0.1 (not exact in binary): ties up to rounding. */
    TENTHS,
    /** Euclidean distances of integer points with duplicated rows. */
    GRID_POINTS,
    /** Uniform doubles: no ties. */
    CONTINUOUS
  }

  static double[][] dissimilarities(Kind kind, long seed, int n) {
    SplittableRandom rng = new SplittableRandom(seed);
    if (kind == Kind.GRID_POINTS) {
      double[][] points = new double[n][2];
      for (int i = 0; i < n; i++) {
        if (i > 0 && rng.nextInt(5) == 0) {
          points[i] = points[rng.nextInt(i)].clone();
        } else {
          points[i] = new double[] {rng.nextInt(4), rng.nextInt(4)};
        }
      }
      double[][] d = new double[n][n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < i; j++) {
          double dx = points[i][0] - points[j][0];
          double dy = points[i][1] - points[j][1];
          d[i][j] = Math.sqrt(dx * dx + dy * dy);
          d[j][i] = d[i][j];
        }
      }
      return d;
    }
    double[][] d = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        d[i][j] = switch (kind) {
          case SMALL_INTEGERS -> rng.nextInt(4);
          case TENTHS -> rng.nextInt(1, 6) * 0.1;
          default -> rng.nextDouble();
        };
        d[j][i] = d[i][j];
      }
    }
    return d;
  }

  private static Dendrogram fit(double[][] d) {
    return new Diana().fit(CondensedDistances.ofSquare(d), ProgressMonitor.none()).dendrogram();
  }

  @Property(tries = 200)
  void sameTreeAsNaiveImplementation(@ForAll Kind kind, @ForAll long seed,
      @ForAll @IntRange(min = 2, max = 40) int n) {
    double[][] d = dissimilarities(kind, seed, n);
    assertEquals(DivisiveTrees.naiveDiana(d), DivisiveTrees.clusters(fit(d)));
  }

  @Property(tries = 100)
  void treeInvariants(@ForAll Kind kind, @ForAll long seed, @ForAll @IntRange(min = 2, max = 60) int n) {
    double[][] d = dissimilarities(kind, seed, n);
    Dendrogram tree = fit(d);
    assertEquals(n - 1, tree.mergeCount());
    assertEquals(n, tree.size(n - 2));
    assertTrue("heights ascend in merge order", tree.isMonotone());
    double max = 0;
    for (double[] row : d) {
      for (double v : row) {
        max = Math.max(max, v);
      }
    }
    assertEquals("the root is split at the diameter of the data", max, tree.height(n - 2), 0.0);
    for (int t = 0; t < n - 1; t++) {
      for (int child : new int[] {tree.left(t), tree.right(t)}) {
        if (child >= n) {
          assertTrue("a part is no wider than its cluster", tree.height(child - n) <= tree.height(t));
        }
      }
    }
  }

  @Property(tries = 50)
  void coefficientIsMeanOfOneMinusSplitOffHeightOverRoot(@ForAll long seed,
      @ForAll @IntRange(min = 2, max = 40) int n) {
    double[][] d = dissimilarities(Kind.CONTINUOUS, seed, n);
    DivisiveResult r = new Diana().fit(CondensedDistances.ofSquare(d), ProgressMonitor.none());
    // directly from the naive tree: h(i) = diameter of the smallest split cluster that contains row i
    var clusters = DivisiveTrees.naiveDiana(d);
    double root = 0;
    double sum = 0;
    for (double h : clusters.values()) {
      root = Math.max(root, h);
    }
    for (int i = 0; i < n; i++) {
      int smallest = Integer.MAX_VALUE;
      double h = 0;
      for (var e : clusters.entrySet()) {
        if (e.getKey().get(i) && e.getKey().cardinality() < smallest) {
          smallest = e.getKey().cardinality();
          h = e.getValue();
        }
      }
      sum += 1 - h / root;
    }
    assertEquals(sum / n, r.divisiveCoefficient(), 1e-12);
  }
}
