package org.clustermodels.core.hierarchy;

import org.clustermodels.core.Reference;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Single linkage from a minimum spanning tree (Müllner's MST-linkage): Prim's algorithm on the distance matrix
 * grows the tree from row 0; each step adds the row nearest to the tree and records it together with the row
 * added just before, at that row's distance to the tree. Sorting these n - 1 records stably by distance and
 * labelling them with a union-find gives the single-linkage dendrogram (Gower and Ross 1969; Rohlf 1973; Müllner
 * 2011 proves this variant correct, which records the previous row rather than the tree neighbour).
 *
 * <p>Ties, as SciPy's {@code mst_single_linkage}: among rows equally near to the tree the lowest row wins, and
 * merges of equal height keep the order in which Prim found them; so the merge list equals SciPy's whenever the
 * distances are equal too.
 *
 * <p>Cost: O(n^2) time, reads the distances without changing them; O(n) memory besides them.
 */
@Reference(authors = "J. C. Gower, G. J. S. Ross", title = "Minimum spanning trees and single linkage cluster "
    + "analysis", venue = "Journal of the Royal Statistical Society, Series C (Applied Statistics) 18(1), 54-64",
    year = 1969, url = "https://doi.org/10.2307/2346439")
@Reference(authors = "F. J. Rohlf", title = "Algorithm 76: Hierarchical clustering using the minimum spanning tree",
    venue = "The Computer Journal 16(1), 93-95", year = 1973, url = "https://doi.org/10.1093/comjnl/16.1.93")
@Reference(authors = "R. C. Prim", title = "Shortest connection networks and some generalizations",
    venue = "The Bell System Technical Journal 36(6), 1389-1401", year = 1957,
    url = "https://doi.org/10.1002/j.1538-7305.1957.tb01515.x")
@Reference(authors = "D. M\u00fcllner", title = "Modern hierarchical, agglomerative clustering algorithms",
    venue = "arXiv preprint 1109.2378", year = 2011, url = "https://arxiv.org/abs/1109.2378")
final class MstSingleLinkage implements LinkageAlgorithm {
  /** The one instance. */
  static final MstSingleLinkage INSTANCE = new MstSingleLinkage();

  private MstSingleLinkage() {
  }

  @Override
  public boolean overwritesDistances() {
    return false;
  }

  /**
   * @param linkage ignored: this algorithm is single linkage (whose scale hooks are the identity)
   */
  @Override
  public Dendrogram cluster(int n, double[] distances, Linkage linkage, ProgressMonitor monitor) {
    LinkageWorkspace w = new LinkageWorkspace(n, monitor, "single linkage (spanning tree)");
    // rows not yet in the tree, ascending, and each one's distance to the tree
    int[] rest = new int[n - 1];
    double[] toTree = new double[n - 1];
    for (int p = 0; p < n - 1; p++) {
      rest[p] = p + 1;
      toTree[p] = Double.POSITIVE_INFINITY;
    }
    int restCount = n - 1;
    int[] rowA = new int[n - 1];
    int[] rowB = new int[n - 1];
    double[] heights = new double[n - 1];
    int x = 0;
    for (int k = 0; k < n - 1; k++) {
      double best = Double.POSITIVE_INFINITY;
      int bestPos = -1;
      int p = 0;
      for (; p < restCount && rest[p] < x; p++) {
        double dist = distances[w.rowOffset(rest[p]) + x];
        if (toTree[p] > dist) {
          toTree[p] = dist;
        }
        if (toTree[p] < best) {
          best = toTree[p];
          bestPos = p;
        }
      }
      int offset = x < n - 1 ? w.rowOffset(x) : 0;
      for (; p < restCount; p++) {
        double dist = distances[offset + rest[p]];
        if (toTree[p] > dist) {
          toTree[p] = dist;
        }
        if (toTree[p] < best) {
          best = toTree[p];
          bestPos = p;
        }
      }
      int y = rest[bestPos];
      rowA[k] = x;
      rowB[k] = y;
      heights[k] = best;
      System.arraycopy(rest, bestPos + 1, rest, bestPos, restCount - bestPos - 1);
      System.arraycopy(toTree, bestPos + 1, toTree, bestPos, restCount - bestPos - 1);
      restCount--;
      x = y;
      w.merged(k);
    }
    return w.dendrogram(rowA, rowB, heights, linkage, true);
  }
}
