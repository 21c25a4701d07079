package org.clustermodels.core.hierarchy;

import java.util.Arrays;
import org.clustermodels.core.Reference;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Müllner's generic algorithm, for every Lance&ndash;Williams linkage, and the one used here for centroid and
 * median linkage, which are not reducible and can make inversions. Each cluster slot keeps a candidate nearest
 * neighbour among the higher slots and a lower bound of the distance to it, in a priority queue; the algorithm
 * merges the pair at the queue's minimum once the bound is exact, recomputes a candidate only when its bound
 * turns out stale, and otherwise keeps candidates by cheap updates after each merge (Müllner 2011, the generic
 * clustering algorithm). Each step merges the globally closest pair, as the textbook O(n^3) algorithm does, so
 * the merges come in the true merge order, inversions included, and are not sorted.
 *
 * <p>Ties and order, as SciPy's {@code fast_linkage} (which implements the same algorithm): the lower slot's
 * candidate is the lowest slot at the smallest distance; the queue is a binary heap that never swaps equal
 * values; the merged cluster takes the higher slot. So the merge list equals SciPy's (up to the last bits of the
 * Lance&ndash;Williams arithmetic, which here runs on squared distances).
 *
 * <p>Cost: close to O(n^2) time in practice (Müllner measured), O(n^3) in the worst case; overwrites the
 * distances; O(n) memory besides them.
 */
@Reference(authors = "D. M\u00fcllner", title = "Modern hierarchical, agglomerative clustering algorithms",
    venue = "arXiv preprint 1109.2378", year = 2011, url = "https://arxiv.org/abs/1109.2378")
final class GenericLinkage implements LinkageAlgorithm {
  /** The one instance. */
  static final GenericLinkage INSTANCE = new GenericLinkage();

  private GenericLinkage() {
  }

  @Override
  public boolean overwritesDistances() {
    return true;
  }

  @Override
  public Dendrogram cluster(int n, double[] dist, Linkage linkage, ProgressMonitor monitor) {
    LinkageWorkspace w = new LinkageWorkspace(n, monitor, linkage.id() + " linkage (generic algorithm)");
    LinkageWorkspace.toInternalScale(dist, linkage);
    int[] active = w.active();
    int[] size = new int[n];
    Arrays.fill(size, 1);
    int[] neighbor = new int[n - 1];
    double[] bound = new double[n - 1];
    for (int x = 0; x < n - 1; x++) {
      nearestAbove(w, dist, x, neighbor, bound);
    }
    GenericLinkageHeap queue = new GenericLinkageHeap(bound);
    int[] slotA = new int[n - 1];
    int[] slotB = new int[n - 1];
    double[] heights = new double[n - 1];
    for (int k = 0; k < n - 1; k++) {
      int a = queue.minKey();
      while (queue.minValue() != dist[w.rowOffset(a) + neighbor[a]]) {
        nearestAbove(w, dist, a, neighbor, bound);
        queue.change(a, bound[a]);
        a = queue.minKey();
      }
      int b = neighbor[a];
      double dAB = queue.minValue();
      queue.removeMin();
      slotA[k] = a;
      slotB[k] = b;
      heights[k] = dAB;
      CondensedChainDistances.update(w, dist, linkage, size, a, b, dAB);
      int count = w.activeCount();
      for (int p = 0; p < count && active[p] < b; p++) {
        int x = active[p];
        if (x < a && neighbor[x] == a) {
          neighbor[x] = b; // a guess: its bound stays a lower bound, checked when x reaches the top
        }
        double d = dist[w.rowOffset(x) + b];
        if (d < bound[x]) {
          neighbor[x] = b;
          bound[x] = d;
          queue.change(x, d);
        }
      }
      if (b < n - 1) {
        nearestAbove(w, dist, b, neighbor, bound);
        queue.change(b, bound[b]);
      }
      w.merged(k);
    }
    return w.dendrogram(slotA, slotB, heights, linkage, false);
  }

  /** Sets the candidate of slot x to its nearest active higher slot (the lowest among equals) and its bound. */
  private static void nearestAbove(LinkageWorkspace w, double[] dist, int x, int[] neighbor, double[] bound) {
    int[] active = w.active();
    int count = w.activeCount();
    int offset = w.rowOffset(x);
    double best = Double.POSITIVE_INFINITY;
    int y = -1;
    for (int p = w.position(x) + 1; p < count; p++) {
      int i = active[p];
      double d = dist[offset + i];
      if (d < best) {
        best = d;
        y = i;
      }
    }
    neighbor[x] = y;
    bound[x] = best;
  }
}
