package org.clustermodels.core.hierarchy;

import org.clustermodels.core.Reference;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Müllner's (2011) generic agglomerative algorithm on Euclidean vectors in O(n d) memory, for the linkages
 * whose distances can shrink after a merge (centroid and median, which may produce inversions), where the
 * nearest-neighbour chain does not apply. Used by {@link VectorCentroidLinkage} and {@link VectorMedianLinkage}.
 *
 * <p>The distance between two clusters is the Euclidean distance between their representative points; a merge
 * replaces the two points by a weighted mean ({@link Merge}). Each live cluster keeps a candidate nearest
 * neighbour among the clusters with larger labels and a lower bound on the distance to it, in a priority queue;
 * a popped candidate whose bound is no longer its exact distance is searched again. The steps, the queue
 * layout and the tie-breaking follow SciPy's {@code fast_linkage}: the merged cluster of a &lt; b takes label b,
 * the merges stay in the order they are made (heights may decrease), and ids are labelled by union-find.
 *
 * <p>Time O(n^2 d) in practice (O(n^3 d) in the worst case). Memory: a copy of the data plus O(n)
 * ({@code 8 n d + 64 n} bytes, and about 60 n more while the dendrogram is built). The nearest-neighbour
 * searches and the distance updates after each merge are split across threads; the result does not depend on
 * the number of threads.
 */
@Reference(authors = "D. Müllner", title = "Modern hierarchical, agglomerative clustering algorithms",
    venue = "arXiv:1109.2378", year = 2011, url = "https://arxiv.org/abs/1109.2378")
final class VectorGenericLinkage {

  /** How a merge combines the two clusters' points. */
  enum Merge {
    /** UPGMC: the centroid of all rows, each point weighted by its cluster's size. */
    CENTROID("centroid linkage (vectors)") {
      @Override
      double weight(int size) {
        return size;
      }
    },
    /** WPGMC: the midpoint of the two points, whatever the sizes (Gower 1967). */
    MEDIAN("median linkage (vectors)") {
      @Override
      double weight(int size) {
        return 1.0;
      }
    };

    /** What is being done, for progress reports. */
    final String message;

    Merge(String message) {
      this.message = message;
    }

    /**
     * @param size a cluster's size
     * @return the weight of its point in the merged cluster's point
     */
    abstract double weight(int size);
  }

  private VectorGenericLinkage() {
  }

  /**
   * @param data n x d data, finite, at least one row
   * @param workers the threads to scan with
   * @param monitor progress and cancellation
   * @param merge how points are combined
   * @return the dendrogram in merge order, heights on the Euclidean scale
   */
  static Dendrogram fit(DenseMatrix data, VectorWorkers workers, ProgressMonitor monitor, Merge merge) {
    VectorClusters clusters = new VectorClusters(data, false);
    return new Run(clusters, workers, new VectorProgress(monitor, merge.message, data.rows()), merge).run();
  }

  /** One run's state: candidate neighbours, their lower bounds (squared) and the queue over them. */
  private static final class Run {
    private final VectorClusters clusters;
    private final VectorWorkers workers;
    private final VectorProgress progress;
    private final Merge merge;
    private final VectorWorkers.Chunk nearestAbove = this::nearestAbove;
    private final VectorWorkers.Chunk distancesBelow = this::distancesBelow;
    private final int n;
    /** Per label: candidate nearest neighbour among larger labels. */
    private final int[] neighbor;
    /** Per label: lower bound on the squared distance to the nearest larger label. */
    private final double[] bound;
    /** Per slot: squared distance to the cluster just merged. */
    private final double[] toMerged;
    /** Per slot: squared distance to the focus during a neighbour search. */
    private final double[] toFocus;
    private GenericLinkageHeap queue;
    /** Slot whose neighbours a scan looks at. */
    private int focus;

    Run(VectorClusters clusters, VectorWorkers workers, VectorProgress progress, Merge merge) {
      this.clusters = clusters;
      this.workers = workers;
      this.progress = progress;
      this.merge = merge;
      this.n = clusters.liveCount();
      this.neighbor = new int[n];
      this.bound = new double[Math.max(0, n - 1)];
      this.toMerged = new double[n];
      this.toFocus = new double[n];
    }

    Dendrogram run() {
      int[] rowA = new int[n - 1];
      int[] rowB = new int[n - 1];
      double[] heights = new double[n - 1];
      for (int x = 0; x < n - 1; x++) {
        searchNeighbor(x);
      }
      queue = new GenericLinkageHeap(bound);
      for (int k = 0; k < n - 1; k++) {
        int x = queue.minKey();
        while (queue.minValue() != clusters.squaredDistance(clusters.slot(x), clusters.slot(neighbor[x]))) {
          queue.change(x, searchNeighbor(x));
          x = queue.minKey();
        }
        int y = neighbor[x];
        double distance = Math.sqrt(queue.minValue());
        queue.removeMin();
        rowA[k] = x;
        rowB[k] = y;
        heights[k] = distance;
        mergeAndUpdate(x, y);
      }
      progress.done();
      return Dendrogram.fromRowMerges(n, rowA, rowB, heights, false);
    }

    /** Merges x into y (x &lt; y) and restores the candidates and bounds of the labels below y and of y. */
    private void mergeAndUpdate(int x, int y) {
      int xs = clusters.slot(x);
      int[] sizes = clusters.sizes;
      clusters.merge(x, y, merge.weight(sizes[xs]), merge.weight(sizes[clusters.slot(y)]));
      for (int s = 0; s < xs; s++) {
        int z = clusters.labels[s];
        if (sizes[s] > 0 && neighbor[z] == x) {
          neighbor[z] = y; // a guess; the bound stays a lower bound
        }
      }
      focus = clusters.slot(y);
      workers.forEach(0, focus, clusters.d, distancesBelow);
      for (int s = 0; s < focus; s++) {
        int z = clusters.labels[s];
        if (sizes[s] > 0 && toMerged[s] < bound[z]) {
          neighbor[z] = y;
          bound[z] = toMerged[s];
          queue.change(z, toMerged[s]);
        }
      }
      if (y < n - 1) {
        queue.change(y, searchNeighbor(y));
      }
      progress.worked((long) clusters.slotCount() * clusters.d, clusters.liveCount());
      clusters.squeezeIfSparse();
    }

    /** Finds the nearest larger label of x exactly; sets its candidate and bound and returns the bound. */
    private double searchNeighbor(int x) {
      focus = clusters.slot(x);
      int slots = clusters.slotCount();
      int found = workers.argmin(focus + 1, slots, clusters.d, nearestAbove);
      progress.worked((long) (slots - focus) * clusters.d, clusters.liveCount());
      neighbor[x] = clusters.labels[found];
      bound[x] = workers.minValue();
      return bound[x];
    }

    /** Offers the live slot above the focus nearest to it. */
    private void nearestAbove(int chunk, int from, int to) {
      int[] sizes = clusters.sizes;
      double[] q = toFocus;
      clusters.squaredDistancesFrom(focus, from, to, q);
      double best = Double.POSITIVE_INFINITY;
      int bestSlot = -1;
      for (int s = from; s < to; s++) {
        if (sizes[s] == 0) {
          continue;
        }
        if (bestSlot < 0 || q[s] < best) {
          best = q[s];
          bestSlot = s;
        }
      }
      workers.offer(chunk, best, bestSlot);
    }

    /** Stores the squared distance from each live slot below the focus to it. */
    private void distancesBelow(int chunk, int from, int to) {
      clusters.squaredDistancesFrom(focus, from, to, toMerged); // dead slots get values nobody reads
    }
  }
}
