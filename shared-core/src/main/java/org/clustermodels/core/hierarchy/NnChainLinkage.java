package org.clustermodels.core.hierarchy;

import java.util.Arrays;
import org.clustermodels.core.Reference;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * The nearest-neighbour chain algorithm for the reducible linkages (complete, average, weighted, Ward; single
 * works too): follow nearest neighbours from a cluster until two clusters are each other's nearest neighbours,
 * merge them, and continue from the rest of the chain. Reducibility guarantees that the rest of the chain stays
 * valid, so all merges together cost O(n^2). The merges are found out of height order; sorting them stably by
 * height and labelling them with a union-find gives the dendrogram (Murtagh 1983, 1985; Müllner 2011 proves
 * the algorithm correct).
 *
 * <p>Ties and order, as SciPy's {@code nn_chain}: a chain starts at the lowest active slot; the nearest
 * neighbour of a cluster is the lowest slot at the smallest distance, except that the previous element of the
 * chain is kept when it is as near as any; the merged cluster takes the higher slot of the two. So the merge
 * list equals SciPy's (up to the last bits of the Lance&ndash;Williams arithmetic, which here runs on the
 * linkage's internal scale).
 *
 * <p>Cost: O(n^2) time; overwrites the distances; O(n) memory besides them.
 */
@Reference(authors = "F. Murtagh", title = "A survey of recent advances in hierarchical clustering algorithms",
    venue = "The Computer Journal 26(4), 354-359", year = 1983, url = "https://doi.org/10.1093/comjnl/26.4.354")
@Reference(authors = "F. Murtagh", title = "Multidimensional clustering algorithms",
    venue = "COMPSTAT Lectures 4, Physica-Verlag, W\u00fcrzburg/Wien", year = 1985)
@Reference(authors = "D. M\u00fcllner", title = "Modern hierarchical, agglomerative clustering algorithms",
    venue = "arXiv preprint 1109.2378", year = 2011, url = "https://arxiv.org/abs/1109.2378")
final class NnChainLinkage implements LinkageAlgorithm {
  /** The one instance. */
  static final NnChainLinkage INSTANCE = new NnChainLinkage();

  private NnChainLinkage() {
  }

  @Override
  public boolean overwritesDistances() {
    return true;
  }

  @Override
  public Dendrogram cluster(int n, double[] dist, Linkage linkage, ProgressMonitor monitor) {
    LinkageWorkspace w = new LinkageWorkspace(n, monitor, linkage.id() + " linkage (nearest-neighbour chain)");
    LinkageWorkspace.toInternalScale(dist, linkage);
    int[] active = w.active();
    int[] size = new int[n];
    Arrays.fill(size, 1);
    int[] chain = new int[n];
    int length = 0;
    int[] slotA = new int[n - 1];
    int[] slotB = new int[n - 1];
    double[] heights = new double[n - 1];
    for (int k = 0; k < n - 1; k++) {
      if (length == 0) {
        chain[0] = active[0];
        length = 1;
      }
      int x;
      int y;
      double min;
      while (true) {
        x = chain[length - 1];
        int previous = length > 1 ? chain[length - 2] : -1;
        y = previous;
        min = length > 1 ? dist[w.at(x, previous)] : Double.POSITIVE_INFINITY;
        int count = w.activeCount();
        int p = 0;
        for (int i; p < count && (i = active[p]) < x; p++) {
          double d = dist[w.rowOffset(i) + x];
          if (d < min) {
            min = d;
            y = i;
          }
        }
        if (x < n - 1) {
          int offset = w.rowOffset(x);
          for (p++; p < count; p++) {
            int i = active[p];
            double d = dist[offset + i];
            if (d < min) {
              min = d;
              y = i;
            }
          }
        }
        if (y == previous) {
          break;
        }
        if (length == n) {
          throw new IllegalStateException("the nearest-neighbour chain of " + linkage.id() + " linkage does not "
              + "close: the linkage is not reducible");
        }
        chain[length++] = y;
      }
      length -= 2;
      int a = Math.min(x, y);
      int b = Math.max(x, y);
      slotA[k] = a;
      slotB[k] = b;
      heights[k] = min;
      update(w, dist, linkage, size, a, b, min);
      w.merged(k);
    }
    return w.dendrogram(slotA, slotB, heights, linkage, true);
  }

  /**
   * Merges slot a into slot b (a &lt; b): the distances from every other active slot to b become the
   * Lance&ndash;Williams combination, a leaves the active list.
   */
  static void update(LinkageWorkspace w, double[] dist, Linkage linkage, int[] size, int a, int b, double dAB) {
    int[] active = w.active();
    int count = w.activeCount();
    int sizeA = size[a];
    int sizeB = size[b];
    int offsetA = w.rowOffset(a);
    int offsetB = w.rowOffset(b);
    int p = 0;
    // three ranges, so that each position is one addition: i < a, a < i < b, b < i
    for (int i; p < count && (i = active[p]) < a; p++) {
      int row = w.rowOffset(i);
      dist[row + b] = linkage.combine(sizeA, dist[row + a], sizeB, dist[row + b], size[i], dAB);
    }
    for (int i; ++p < count && (i = active[p]) < b; ) {
      int ib = w.rowOffset(i) + b;
      dist[ib] = linkage.combine(sizeA, dist[offsetA + i], sizeB, dist[ib], size[i], dAB);
    }
    for (p++; p < count; p++) {
      int i = active[p];
      dist[offsetB + i] = linkage.combine(sizeA, dist[offsetA + i], sizeB, dist[offsetB + i], size[i], dAB);
    }
    size[b] = sizeA + sizeB;
    size[a] = 0;
    w.deactivate(a);
  }
}
