package org.clustermodels.core.hierarchy;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.function.IntPredicate;

/**
 * Flat clusterings cut from a dendrogram, by number of clusters or by height. The tree is never changed: every
 * cut is computed from the full tree in O(n) time and memory.
 *
 * <p><b>Cluster numbering</b> (both cuts): labels are 0..c-1, numbered by first row in input order. Row 0 is in
 * cluster 0; the first row not in cluster 0 is in cluster 1, and so on. The same partition always gets the same
 * labels, whatever tree or cut produced it.
 *
 * <p><b>By count</b> ({@link #byCount}): undoes the last k - 1 merges in merge order, so exactly k clusters for
 * any 1 <= k <= n, also when heights are tied or not monotone.
 *
 * <p><b>By height</b> ({@link #byHeight}): as SciPy's {@code fcluster(Z, h, criterion='distance')}. SciPy first
 * gives every merge the largest height in its subtree ({@code get_max_dist_for_each_cluster}; equal to its own
 * height when the tree is monotone), then takes as clusters the largest subtrees whose such height is {@code <= h}
 * ({@code cluster_monocrit}); rows not under any of them stay single. So two rows share a cluster exactly when
 * every merge on the path between them is at most {@code h}, and a merge at exactly {@code h} is kept. For a tree
 * with inversions (centroid, median) this means an inversion does not split a cluster: a cut below an inner merge
 * that is higher than its parent also splits the parent. The number of clusters is 1 + the number of merges whose
 * subtree maximum exceeds {@code h}: one cluster iff {@code h} is at or above the highest merge (the root for a
 * monotone tree), n single rows iff {@code h} is below the lowest merge (any negative {@code h}).
 */
public final class DendrogramCut {
  private DendrogramCut() {
  }

  /**
   * Cuts the tree into exactly k clusters by undoing its last k - 1 merges (in merge order).
   *
   * @param tree the dendrogram over n rows
   * @param k number of clusters, 1 <= k <= n
   * @return a label in 0..k-1 for each row, numbered by first row in input order
   * @throws IllegalArgumentException if k is outside 1..n
   */
  public static int[] byCount(Dendrogram tree, int k) {
    int n = tree.leafCount();
    requireCount(n, k);
    int kept = n - k;
    return labels(tree, t -> t < kept);
  }

  /**
   * Cuts the tree at height h, as SciPy's {@code fcluster(Z, h, criterion='distance')} (see the class comment for
   * trees with inversions).
   *
   * @param tree the dendrogram
   * @param h the cut height; merges at exactly h are kept; any value but NaN ({@code +Infinity}: one cluster)
   * @return a label in 0..c-1 for each row, numbered by first row in input order
   * @throws IllegalArgumentException if h is NaN
   */
  public static int[] byHeight(Dendrogram tree, double h) {
    if (Double.isNaN(h)) {
      throw new IllegalArgumentException("the cut height must be a number, got NaN");
    }
    double[] top = subtreeMaxHeights(tree);
    return labels(tree, t -> top[t] <= h);
  }

  /**
   * A cut height that gives k clusters with {@link #byHeight}, for drawing a cut line: the midpoint between the
   * two sorted subtree-maximum heights that bracket k (the heights themselves for a monotone tree); the highest
   * merge for k = 1; half the lowest merge for k = n.
   *
   * <p>For a monotone tree, {@code byHeight(tree, h)} at the returned h gives the same partition as
   * {@code byCount(tree, k)}. For a tree with inversions it gives k clusters, but possibly another partition.
   *
   * @param tree the dendrogram over n rows
   * @param k number of clusters, 1 <= k <= n
   * @return the height, or empty when no height gives exactly k clusters: the two bracketing subtree maxima are
   *     equal, because merges are tied there or an inversion hides a merge below a higher one (then
   *     {@code byCount} still gives k clusters, but no horizontal line does), or k = n with merges at height 0
   * @throws IllegalArgumentException if k is outside 1..n
   */
  public static OptionalDouble heightForCount(Dendrogram tree, int k) {
    int n = tree.leafCount();
    requireCount(n, k);
    double[] sorted = subtreeMaxHeights(tree);
    Arrays.sort(sorted);
    // byHeight(h) gives k clusters iff exactly k - 1 subtree maxima exceed h, i.e. lo <= h < hi:
    double lo = k == n ? 0.0 : sorted[n - k - 1];
    if (k == 1) {
      return OptionalDouble.of(lo);
    }
    double hi = sorted[n - k];
    if (!(lo < hi)) {
      return OptionalDouble.empty();
    }
    double mid = lo + (hi - lo) / 2;
    return OptionalDouble.of(mid < hi ? mid : lo);
  }

  private static void requireCount(int n, int k) {
    if (k < 1 || k > n) {
      throw new IllegalArgumentException("the number of clusters k must be between 1 and the number of rows n = " + n
          + ", got k = " + k);
    }
  }

  /**
   * For each merge, the largest height in its subtree (SciPy's {@code get_max_dist_for_each_cluster}): its own
   * height when the tree is monotone. Children have smaller ids, so one pass in merge order suffices.
   */
  static double[] subtreeMaxHeights(Dendrogram tree) {
    int n = tree.leafCount();
    double[] top = new double[n - 1];
    for (int t = 0; t < n - 1; t++) {
      double h = tree.height(t);
      int a = tree.left(t);
      int b = tree.right(t);
      if (a >= n) {
        h = Math.max(h, top[a - n]);
      }
      if (b >= n) {
        h = Math.max(h, top[b - n]);
      }
      top[t] = h;
    }
    return top;
  }

  /**
   * Labels the clusters left when only the merges for which {@code kept} holds are done. The kept merges must be
   * closed under taking children (true for both cuts), so each cluster is one subtree.
   */
  private static int[] labels(Dendrogram tree, IntPredicate kept) {
    int n = tree.leafCount();
    // head[id]: the id of the top of the cluster containing id, set top-down (parents have larger ids)
    int[] head = new int[2 * n - 1];
    head[2 * n - 2] = 2 * n - 2;
    for (int t = n - 2; t >= 0; t--) {
      int node = n + t;
      boolean inside = kept.test(t);
      head[tree.left(t)] = inside ? head[node] : tree.left(t);
      head[tree.right(t)] = inside ? head[node] : tree.right(t);
    }
    int[] label = new int[2 * n - 1];
    Arrays.fill(label, -1);
    int[] out = new int[n];
    int next = 0;
    for (int row = 0; row < n; row++) {
      int c = head[row];
      if (label[c] < 0) {
        label[c] = next++;
      }
      out[row] = label[c];
    }
    return out;
  }
}
