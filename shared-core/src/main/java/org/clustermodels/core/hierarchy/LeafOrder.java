package org.clustermodels.core.hierarchy;

/**
 * The leaf order for drawing a dendrogram without crossing lines: the rows as a depth-first, left-child-first
 * walk from the root meets them, SciPy's {@code leaves_list} convention. The left child of a merge is the one
 * with the smaller id (see {@link Dendrogram}), so this is exactly SciPy's order for linkage matrices that put
 * the smaller id first, as SciPy's own {@code linkage} does.
 *
 * <p>Every cluster of the tree (every merge, so every cluster of any cut) occupies a contiguous block of the
 * order: cluster id {@code c} starts at {@link #starts(Dendrogram) starts}{@code [c]} and covers
 * {@link Dendrogram#sizeOfId(int) sizeOfId(c)} positions.
 *
 * <p>Cost: O(n) time and memory, no recursion (a chain of 200,000 merges is fine): each merge hands its block
 * start to its children, walking the merges from the root down (a parent always has a larger id than its
 * children).
 */
public final class LeafOrder {
  private LeafOrder() {
  }

  /**
   * The leaf order of a tree.
   *
   * @param tree the dendrogram
   * @return the n rows in drawing order, left to right (a permutation of 0..n-1)
   */
  public static int[] of(Dendrogram tree) {
    int n = tree.leafCount();
    int[] start = starts(tree);
    int[] order = new int[n];
    for (int row = 0; row < n; row++) {
      order[start[row]] = row;
    }
    return order;
  }

  /**
   * Where each id's block begins in the leaf order.
   *
   * @param tree the dendrogram
   * @return for each id 0..2n-2 (rows, then merges), the position of its first row in {@link #of(Dendrogram)}
   */
  public static int[] starts(Dendrogram tree) {
    int n = tree.leafCount();
    int[] start = new int[2 * n - 1];
    for (int t = n - 2; t >= 0; t--) {
      int s = start[n + t];
      int left = tree.left(t);
      start[left] = s;
      start[tree.right(t)] = s + tree.sizeOfId(left);
    }
    return start;
  }
}
