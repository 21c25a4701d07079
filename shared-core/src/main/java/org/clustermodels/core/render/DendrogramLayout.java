package org.clustermodels.core.render;

import java.util.Arrays;
import java.util.List;
import org.clustermodels.core.hierarchy.Dendrogram;

/**
 * The geometry of a dendrogram picture in data units, independent of pixels and of the cut: which leaves are drawn
 * (rows, or collapsed clusters when the tree is truncated), where (leaf i at coordinate i), and where each drawn
 * merge sits (midway between its children, at its height).
 *
 * <p>Truncation follows SciPy's {@code truncate_mode='lastp'}: with p leaves, only the last p - 1 merges are drawn
 * (merges {@code n - p .. n - 2}; a parent always comes after its children, so they form the top of the tree) and
 * every other cluster is a leaf labelled "(size)". Leaves are placed in the tree's leaf order
 * ({@link Dendrogram#leafOrder()}), in which every cluster is a contiguous block.
 */
final class DendrogramLayout {
  private final Dendrogram tree;
  private final int n;
  private final int firstMerge;
  private final int[] leafIds;
  private final String[] leafTexts;
  private final double[] coordinate;
  private final double[] spanLo;
  private final double[] spanHi;
  private final int[] parent;
  private final double maxHeight;
  private final int inversions;

  DendrogramLayout(Dendrogram tree, List<String> rowLabels, int maxLeaves) {
    this.tree = tree;
    n = tree.leafCount();
    if (rowLabels != null && rowLabels.size() != n) {
      throw new IllegalArgumentException("leaf labels: got " + rowLabels.size() + " labels for a tree of " + n
          + " rows");
    }
    int shown = Math.min(n, maxLeaves);
    firstMerge = n - shown;
    parent = new int[2 * n - 1];
    Arrays.fill(parent, -1);
    for (int t = firstMerge; t < n - 1; t++) {
      parent[tree.left(t)] = t;
      parent[tree.right(t)] = t;
    }
    leafIds = shownLeaves(tree, firstMerge, shown);
    coordinate = new double[2 * n - 1];
    Arrays.fill(coordinate, Double.NaN);
    leafTexts = new String[shown];
    for (int i = 0; i < shown; i++) {
      int id = leafIds[i];
      coordinate[id] = i;
      leafTexts[i] = id >= n ? "(" + tree.sizeOfId(id) + ")"
          : rowLabels == null ? Integer.toString(id) : clean(rowLabels.get(id));
    }
    double max = 0;
    int inverted = 0;
    spanLo = new double[n - 1 - firstMerge];
    spanHi = new double[spanLo.length];
    for (int t = firstMerge; t < n - 1; t++) {
      int a = tree.left(t);
      int b = tree.right(t);
      coordinate[n + t] = (coordinate[a] + coordinate[b]) / 2;
      spanLo[t - firstMerge] = Math.min(a >= n + firstMerge ? spanLo[a - n - firstMerge] : coordinate[a],
          b >= n + firstMerge ? spanLo[b - n - firstMerge] : coordinate[b]);
      spanHi[t - firstMerge] = Math.max(a >= n + firstMerge ? spanHi[a - n - firstMerge] : coordinate[a],
          b >= n + firstMerge ? spanHi[b - n - firstMerge] : coordinate[b]);
      max = Math.max(max, tree.height(t));
      if (isInversion(t)) {
        inverted++;
      }
    }
    for (int id : leafIds) {
      max = Math.max(max, top(id));
    }
    maxHeight = max;
    inversions = inverted;
  }

  /** The shown leaves (children of shown merges that are not shown merges), sorted by their place in the order. */
  private static int[] shownLeaves(Dendrogram tree, int firstMerge, int shown) {
    int n = tree.leafCount();
    if (firstMerge == 0) {
      return tree.leafOrder();
    }
    int[] position = new int[n];
    int[] order = tree.leafOrder();
    for (int i = 0; i < n; i++) {
      position[order[i]] = i;
    }
    // a cluster's block starts where its first row in the order is
    int[] start = new int[n - 1];
    for (int t = 0; t < firstMerge; t++) {
      start[t] = Math.min(startOf(n, position, start, tree.left(t)), startOf(n, position, start, tree.right(t)));
    }
    long[] keyed = new long[shown];
    int k = 0;
    for (int t = firstMerge; t < n - 1; t++) {
      for (int child : new int[] {tree.left(t), tree.right(t)}) {
        if (child < n + firstMerge) {
          keyed[k++] = ((long) startOf(n, position, start, child) << 32) | child;
        }
      }
    }
    Arrays.sort(keyed);
    int[] ids = new int[shown];
    for (int i = 0; i < shown; i++) {
      ids[i] = (int) keyed[i];
    }
    return ids;
  }

  private static int startOf(int n, int[] position, int[] start, int id) {
    return id < n ? position[id] : start[id - n];
  }

  /** Labels are single lines: control characters (line breaks, tabs) become spaces. */
  private static String clean(String label) {
    StringBuilder s = new StringBuilder(label.length());
    label.codePoints().forEach(c -> s.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return s.toString().strip();
  }

  Dendrogram tree() {
    return tree;
  }

  /** @return number of rows n */
  int rows() {
    return n;
  }

  /** @return number of leaves drawn */
  int leafCount() {
    return leafIds.length;
  }

  /** @return whether some clusters are collapsed into leaves */
  boolean isTruncated() {
    return firstMerge > 0;
  }

  /** @return the first merge drawn; merges firstMerge..n-2 are drawn */
  int firstMerge() {
    return firstMerge;
  }

  /** @return the id (row, or collapsed cluster n + t) drawn as leaf i */
  int leafId(int i) {
    return leafIds[i];
  }

  /** @return the label of leaf i: the row's label, or "(size)" for a collapsed cluster */
  String leafText(int i) {
    return leafTexts[i];
  }

  /** @return the leaf-axis coordinate of a drawn id (leaf or merge), NaN if it is not drawn */
  double coordinate(int id) {
    return coordinate[id];
  }

  /** @return the coordinate of the first leaf under drawn merge t */
  double spanLo(int t) {
    return spanLo[t - firstMerge];
  }

  /** @return the coordinate of the last leaf under drawn merge t */
  double spanHi(int t) {
    return spanHi[t - firstMerge];
  }

  /** @return the height where a drawn id's link ends: 0 for a row, its merge height for a cluster */
  double top(int id) {
    return id < n ? 0 : tree.height(id - n);
  }

  /** @return the drawn merge that has this id as a child, or -1 for the root and for undrawn ids */
  int parentMerge(int id) {
    return parent[id];
  }

  /** @return whether drawn merge t lies below one of its children (an inversion of centroid or median linkage) */
  boolean isInversion(int t) {
    double h = tree.height(t);
    return h < top(tree.left(t)) || h < top(tree.right(t));
  }

  /** @return the number of drawn merges that are inversions */
  int inversions() {
    return inversions;
  }

  /** @return the largest height drawn (merges and collapsed clusters) */
  double maxHeight() {
    return maxHeight;
  }
}
