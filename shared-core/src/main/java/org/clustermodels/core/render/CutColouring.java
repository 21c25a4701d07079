package org.clustermodels.core.render;

import java.util.Arrays;
import org.clustermodels.core.hierarchy.Dendrogram;

/**
 * The flat clusters of a cut and what they mean for the picture: the cluster of every row (from the dendrogram's
 * own cut), for every id the cluster all its rows share (or -1 when the cut splits it), cluster sizes, and the
 * height at which to draw the cut line.
 */
final class CutColouring {
  private final CutLine cut;
  private final int[] labels;
  private final int[] sizes;
  private final int[] clusterOfId;
  private final double lineHeight;

  private CutColouring(CutLine cut, int[] labels, int[] sizes, int[] clusterOfId, double lineHeight) {
    this.cut = cut;
    this.labels = labels;
    this.sizes = sizes;
    this.clusterOfId = clusterOfId;
    this.lineHeight = lineHeight;
  }

  /**
   * @param tree the dendrogram
   * @param cut the cut
   * @return the colouring
   * @throws IllegalArgumentException if a cut by count asks for more clusters than rows
   */
  static CutColouring of(Dendrogram tree, CutLine cut) {
    int n = tree.leafCount();
    if (cut.isByCount() && cut.count() > n) {
      throw new IllegalArgumentException("the cut asks for k = " + cut.count() + " clusters, but the tree has only "
          + n + " rows");
    }
    int[] labels = cut.isByCount() ? tree.cutByCount(cut.count()) : tree.cutByHeight(cut.height());
    int k = 0;
    for (int label : labels) {
      k = Math.max(k, label + 1);
    }
    int[] sizes = new int[k];
    int[] clusterOfId = new int[2 * n - 1];
    for (int row = 0; row < n; row++) {
      clusterOfId[row] = labels[row];
      sizes[labels[row]]++;
    }
    double highest = 0;
    for (int t = 0; t < n - 1; t++) {
      int a = clusterOfId[tree.left(t)];
      clusterOfId[n + t] = a == clusterOfId[tree.right(t)] ? a : -1;
      highest = Math.max(highest, tree.height(t));
    }
    double line;
    if (!cut.isByCount()) {
      line = cut.height();
    } else if (cut.count() == 1) { // any height from the highest merge up: draw the line just above it
      line = highest * 1.02;
    } else { // NaN where tied heights or inversions leave no horizontal line that gives this cut
      line = tree.heightForCount(cut.count()).orElse(Double.NaN);
      // with inversions that height may give k other clusters: then no line shows this cut
      if (!Double.isNaN(line) && !tree.isMonotone() && !Arrays.equals(tree.cutByHeight(line), labels)) {
        line = Double.NaN;
      }
    }
    return new CutColouring(cut, labels, sizes, clusterOfId, line);
  }

  /** @return the cut */
  CutLine cut() {
    return cut;
  }

  /** @return number of clusters */
  int clusterCount() {
    return sizes.length;
  }

  /** @return the cluster of each row (shared; do not modify) */
  int[] labels() {
    return labels;
  }

  /** @return the number of rows in cluster c */
  int size(int c) {
    return sizes[c];
  }

  /** @return the cluster every row under id belongs to, or -1 if the cut splits it */
  int clusterOf(int id) {
    return clusterOfId[id];
  }

  /** @return where to draw the cut line, NaN when no horizontal line gives this cut */
  double lineHeight() {
    return lineHeight;
  }
}
