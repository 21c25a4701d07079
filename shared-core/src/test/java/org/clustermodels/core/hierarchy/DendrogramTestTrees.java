package org.clustermodels.core.hierarchy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.Combinators;

/** Random valid dendrograms, trees printed in SciPy's documentation, and brute-force helpers for the tests. */
final class DendrogramTestTrees {
  /** How the heights of a random tree are drawn. */
  enum Heights {
    /** Distinct heights, increasing along the merge order. */
    MONOTONE_DISTINCT,
    /** Heights from a few integers, non-decreasing along the merge order (many ties). */
    MONOTONE_TIED,
    /** Any heights in any order (inversions, ties and zeros possible). */
    ANY
  }

  /** Random trees of 1 to 40 rows with any kind of heights: {@code @ForAll @From(supplier = AnyTrees.class)}. */
  static final class AnyTrees implements ArbitrarySupplier<Dendrogram> {
    @Override
    public Arbitrary<Dendrogram> get() {
      return trees(40, Heights.values());
    }
  }

  private DendrogramTestTrees() {
  }

  /**
   * @param maxRows largest n
   * @param kinds the kinds of heights to draw
   * @return random trees with 1..maxRows rows
   */
  static Arbitrary<Dendrogram> trees(int maxRows, Heights... kinds) {
    return Combinators.combine(Arbitraries.integers().between(1, maxRows), Arbitraries.longs(),
        Arbitraries.of(kinds)).as((n, seed, kind) -> random(n, seed, kind));
  }

  /**
   * A random tree: each merge joins two of the current clusters chosen uniformly.
   *
   * @param n number of rows
   * @param seed random seed
   * @param kind how heights are drawn
   * @return the tree
   */
  static Dendrogram random(int n, long seed, Heights kind) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Integer> active = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      active.add(i);
    }
    int m = n - 1;
    int[] a = new int[m];
    int[] b = new int[m];
    double[] h = new double[m];
    for (int t = 0; t < m; t++) {
      a[t] = active.remove(random.nextInt(active.size()));
      b[t] = active.remove(random.nextInt(active.size()));
      active.add(n + t);
      h[t] = switch (kind) {
        case MONOTONE_DISTINCT -> (t == 0 ? 0.0 : h[t - 1]) + 0.01 + random.nextDouble();
        case MONOTONE_TIED -> random.nextInt(4);
        case ANY -> random.nextInt(3) == 0 ? random.nextInt(3) : 5 * random.nextDouble();
      };
    }
    if (kind == Heights.MONOTONE_TIED) {
      Arrays.sort(h);
    }
    return Dendrogram.of(a, b, h);
  }

  /**
   * @param tree a tree
   * @return for each merge t, the rows under it, by brute force (union of the children's sets)
   */
  static List<boolean[]> members(Dendrogram tree) {
    int n = tree.leafCount();
    List<boolean[]> sets = new ArrayList<>();
    for (int t = 0; t < n - 1; t++) {
      boolean[] s = new boolean[n];
      for (int child : new int[] {tree.left(t), tree.right(t)}) {
        if (child < n) {
          s[child] = true;
        } else {
          boolean[] c = sets.get(child - n);
          for (int i = 0; i < n; i++) {
            s[i] |= c[i];
          }
        }
      }
      sets.add(s);
    }
    return sets;
  }

  /**
   * @param members {@link #members} of a tree
   * @return for each pair of rows, the lowest (first in merge order) merge that contains both; -1 on the diagonal
   */
  static int[][] lowestCommonMerges(List<boolean[]> members) {
    int n = members.size() + 1;
    int[][] lcm = new int[n][n];
    for (int[] row : lcm) {
      Arrays.fill(row, -1);
    }
    for (int t = 0; t < n - 1; t++) {
      boolean[] s = members.get(t);
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < n; j++) {
          if (i != j && s[i] && s[j] && lcm[i][j] < 0) {
            lcm[i][j] = t;
          }
        }
      }
    }
    return lcm;
  }

  /**
   * @return {@code ward(pdist(X))} for the 12 points [[0,0],[0,1],[1,0],[0,4],[0,3],[1,4],[4,0],[3,0],[4,1],[4,4],
   *     [3,4],[4,3]], as printed in SciPy's documentation of {@code fcluster} and {@code to_mlab_linkage}
   */
  static Dendrogram scipyWard() {
    return Dendrogram.fromLinkage(new double[][] {
        {0, 1, 1, 2}, {3, 4, 1, 2}, {6, 7, 1, 2}, {9, 10, 1, 2},
        {2, 12, 1.29099445, 3}, {5, 13, 1.29099445, 3}, {8, 14, 1.29099445, 3}, {11, 15, 1.29099445, 3},
        {16, 17, 5.77350269, 6}, {18, 19, 5.77350269, 6}, {20, 21, 8.16496581, 12}});
  }

  /**
   * @return {@code median(pdist(X))} for the same points, as printed in SciPy's documentation of
   *     {@code is_monotonic}: not monotone, the root (3.25) is below its child merge 9 (3.5)
   */
  static Dendrogram scipyMedian() {
    return Dendrogram.fromLinkage(new double[][] {
        {0, 1, 1, 2}, {3, 4, 1, 2}, {9, 10, 1, 2}, {6, 7, 1, 2},
        {2, 12, 1.11803399, 3}, {5, 13, 1.11803399, 3}, {8, 15, 1.11803399, 3}, {11, 14, 1.11803399, 3},
        {18, 19, 3, 6}, {16, 17, 3.5, 6}, {20, 21, 3.25, 12}});
  }
}
