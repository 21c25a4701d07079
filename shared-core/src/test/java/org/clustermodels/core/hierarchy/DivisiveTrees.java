package org.clustermodels.core.hierarchy;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.distance.CondensedDistances;

/** Test helpers for divisive trees, written independently of the code under test. */
final class DivisiveTrees {
  private DivisiveTrees() {
  }

  /** Euclidean distances of all pairs of rows, as an n x n array. */
  static double[][] euclidean(DenseMatrix data) {
    int n = data.rows();
    double[][] out = new double[n][n];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < i; j++) {
        double s = 0;
        for (int c = 0; c < data.cols(); c++) {
          double t = data.get(i, c) - data.get(j, c);
          s += t * t;
        }
        out[i][j] = Math.sqrt(s);
        out[j][i] = out[i][j];
      }
    }
    return out;
  }

  /** @return every cluster of the tree with at least 2 rows (as its set of rows), mapped to its height */
  static Map<BitSet, Double> clusters(Dendrogram tree) {
    int n = tree.leafCount();
    List<BitSet> made = new ArrayList<>();
    Map<BitSet, Double> out = new HashMap<>();
    for (int t = 0; t < tree.mergeCount(); t++) {
      BitSet s = new BitSet(n);
      s.or(rows(tree.left(t), n, made));
      s.or(rows(tree.right(t), n, made));
      made.add(s);
      out.put(s, tree.height(t));
    }
    return out;
  }

  private static BitSet rows(int id, int n, List<BitSet> made) {
    if (id < n) {
      BitSet s = new BitSet(n);
      s.set(id);
      return s;
    }
    return made.get(id - n);
  }

  /**
   * R's banner of a DIANA tree: the leaf order (the two parts of every split cluster in order of their lowest row,
   * as R places them) and, between neighbours, the height of the smallest cluster holding both.
   *
   * @param tree the tree
   * @param order receives the n rows in banner order (0-based)
   * @param banner receives the n - 1 heights between neighbours
   */
  static void banner(Dendrogram tree, int[] order, double[] banner) {
    int n = tree.leafCount();
    int[] low = new int[2 * n - 1];
    for (int i = 0; i < n; i++) {
      low[i] = i;
    }
    for (int t = 0; t < tree.mergeCount(); t++) {
      low[n + t] = Math.min(low[tree.left(t)], low[tree.right(t)]);
    }
    int[] pos = {0};
    walk(tree, 2 * n - 2, low, order, banner, pos);
  }

  private static void walk(Dendrogram tree, int id, int[] low, int[] order, double[] banner, int[] pos) {
    int n = tree.leafCount();
    if (id < n) {
      order[pos[0]++] = id;
      return;
    }
    int t = id - n;
    int a = tree.left(t);
    int b = tree.right(t);
    int first = low[a] < low[b] ? a : b;
    walk(tree, first, low, order, banner, pos);
    banner[pos[0] - 1] = tree.height(t);
    walk(tree, first == a ? b : a, low, order, banner, pos);
  }

  /**
   * R's {@code merge} rebuilt from a banner as R does: n - 1 times, the smallest unused banner value (the last
   * one among equal values) joins the clusters of the two rows it separates; ids in R's convention (-i = 1-based
   * row, +t = 1-based merge row), the cluster of the left row first.
   */
  static int[][] mergeFromBanner(int[] order, double[] banner) {
    int n = order.length;
    int[] top = new int[n]; // R id of each row's current cluster
    for (int i = 0; i < n; i++) {
      top[order[i]] = -(order[i] + 1);
    }
    boolean[] used = new boolean[n - 1];
    int[][] merge = new int[n - 1][];
    for (int t = 0; t < n - 1; t++) {
      int at = -1;
      for (int i = 0; i < n - 1; i++) {
        if (!used[i] && (at < 0 || banner[i] <= banner[at])) {
          at = i;
        }
      }
      used[at] = true;
      int a = top[order[at]];
      int b = top[order[at + 1]];
      merge[t] = new int[] {a, b};
      for (int i = 0; i < n; i++) {
        if (top[i] == a || top[i] == b) {
          top[i] = t + 1;
        }
      }
    }
    return merge;
  }

  /** The clusters left after undoing the last k - 1 merges, numbered by first row in input order. */
  static int[] cutByMergeOrder(Dendrogram tree, int k) {
    int n = tree.leafCount();
    int[] parent = new int[2 * n - 1];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int t = 0; t < n - k; t++) {
      parent[tree.left(t)] = n + t;
      parent[tree.right(t)] = n + t;
    }
    int[] labels = new int[n];
    Map<Integer, Integer> number = new HashMap<>();
    for (int i = 0; i < n; i++) {
      int r = i;
      while (parent[r] != r) {
        r = parent[r];
      }
      labels[i] = number.computeIfAbsent(r, key -> number.size());
    }
    return labels;
  }

  /** Gaussian blobs in d dimensions; with {@code grid}, rounded to integers (ties), and about 1 row in 8 duplicated. */
  static DenseMatrix blobs(long seed, int n, int d, int groups, boolean grid) {
    SplittableRandom rng = new SplittableRandom(seed);
    double[][] centres = new double[groups][d];
    for (double[] c : centres) {
      for (int j = 0; j < d; j++) {
        c[j] = rng.nextDouble(-10, 10);
      }
    }
    double[][] rows = new double[n][];
    for (int i = 0; i < n; i++) {
      if (i > 0 && rng.nextInt(8) == 0) {
        rows[i] = rows[rng.nextInt(i)].clone();
        continue;
      }
      double[] c = centres[rng.nextInt(groups)];
      rows[i] = new double[d];
      for (int j = 0; j < d; j++) {
        double v = c[j] + 2 * Math.sqrt(-2 * Math.log(1 - rng.nextDouble())) * Math.cos(2 * Math.PI * rng.nextDouble());
        rows[i][j] = grid ? Math.rint(v) : v;
      }
    }
    return DenseMatrix.of(rows);
  }

  /** @return the number of distinct rows (exact equality) */
  static int distinctRows(DenseMatrix data) {
    Set<List<Double>> seen = new HashSet<>();
    for (double[] row : data.toRows()) {
      List<Double> key = new ArrayList<>();
      for (double v : row) {
        key.add(v + 0.0);
      }
      seen.add(key);
    }
    return seen.size();
  }

  /** @return the condensed form of a symmetric matrix */
  static CondensedDistances condensed(double[][] square) {
    return CondensedDistances.ofSquare(square);
  }

  /**
   * DIANA written straight from the procedure, recomputing every average from scratch (summed in the cluster's
   * order, as R does) at every step: O(m^3) per cluster, for small inputs only. Tie rules: the first row in the
   * cluster's order wins; a split cluster's rest keeps its order, its splinter group is in increasing row order.
   *
   * @return every cluster that was split, mapped to its diameter
   */
  static Map<BitSet, Double> naiveDiana(double[][] dist) {
    Map<BitSet, Double> out = new HashMap<>();
    List<Integer> all = new ArrayList<>();
    for (int i = 0; i < dist.length; i++) {
      all.add(i);
    }
    List<List<Integer>> todo = new ArrayList<>();
    todo.add(all);
    while (!todo.isEmpty()) {
      List<Integer> c = todo.remove(todo.size() - 1);
      if (c.size() < 2) {
        continue;
      }
      double diameter = 0;
      BitSet set = new BitSet();
      for (int a : c) {
        set.set(a);
        for (int b : c) {
          diameter = Math.max(diameter, dist[a][b]);
        }
      }
      out.put(set, diameter);
      List<Integer> rest = new ArrayList<>(c);
      List<Integer> splinter = new ArrayList<>();
      int first = -1;
      double bestSum = -1;
      for (int a : rest) {
        double s = sum(dist, a, rest);
        if (s > bestSum) {
          bestSum = s;
          first = a;
        }
      }
      rest.remove(Integer.valueOf(first));
      splinter.add(first);
      while (rest.size() > 1) {
        int move = -1;
        double best = -1;
        for (int a : rest) {
          double diff = sum(dist, a, rest) / (rest.size() - 1) - sum(dist, a, splinter) / splinter.size();
          if (diff > best) {
            best = diff;
            move = a;
          }
        }
        if (best <= 0) {
          break;
        }
        rest.remove(Integer.valueOf(move));
        splinter.add(move);
        splinter.sort(null);
      }
      todo.add(rest);
      todo.add(splinter);
    }
    return out;
  }

  /** @return the sum of the distances from row a to the rows, in the list's order */
  private static double sum(double[][] dist, int a, List<Integer> rows) {
    double s = 0;
    for (int b : rows) {
      s += dist[a][b];
    }
    return s;
  }
}
