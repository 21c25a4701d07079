package org.clustermodels.core.hierarchy;

import org.clustermodels.core.Reference;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Ward's minimum-variance linkage on Euclidean vectors in O(n d) memory, never storing the distance matrix:
 * the nearest-neighbour chain (Murtagh 1983; Müllner 2011, {@code NN_chain_core} on vectors as in fastcluster's
 * {@code linkage_vector}) over the clusters' centroids and sizes.
 *
 * <p>The Ward distance between clusters A and B is {@code sqrt(2 nA nB / (nA + nB)) ||cA - cB||}, the square
 * root of twice the increase in the sum of squared errors that merging them causes; it is what SciPy reports as
 * the height. Internally {@code nA nB / (nA + nB) ||cA - cB||^2} is compared.
 *
 * <p>The chain follows SciPy's {@code nn_chain} step for step: it starts at the smallest live label; the next
 * link is the nearest cluster, the previous link whenever it is among the nearest, otherwise the smallest label
 * among the nearest; two reciprocal nearest neighbours a &lt; b merge into label b. The merges are then stably
 * sorted by height and labelled by union-find ({@link Dendrogram#fromRowMerges}), as SciPy does, so the merge
 * list equals SciPy's wherever the distances order the same way (always on tie-free data).
 *
 * <p>Time O(n^2 d) (each merge needs a few nearest-neighbour scans). Memory: a copy of the data plus O(n)
 * ({@code 8 n d + 32 n} bytes, and about 60 n more while the dendrogram is built). Each nearest-neighbour
 * scan is split across threads in contiguous chunks; the result does not depend on the number of threads.
 */
@Reference(authors = "J. H. Ward, Jr.", title = "Hierarchical grouping to optimize an objective function",
    venue = "Journal of the American Statistical Association 58(301), 236-244", year = 1963,
    url = "https://doi.org/10.1080/01621459.1963.10500845")
@Reference(authors = "F. Murtagh", title = "A survey of recent advances in hierarchical clustering algorithms",
    venue = "The Computer Journal 26(4), 354-359", year = 1983, url = "https://doi.org/10.1093/comjnl/26.4.354")
@Reference(authors = "D. Müllner", title = "Modern hierarchical, agglomerative clustering algorithms",
    venue = "arXiv:1109.2378", year = 2011, url = "https://arxiv.org/abs/1109.2378")
public final class VectorWardLinkage {
  private VectorWardLinkage() {
  }

  /**
   * Builds the Ward dendrogram of the rows of a matrix under Euclidean distance.
   *
   * @param data n x d data, finite, at least one row
   * @param threads number of threads to scan with, at least 1 (the calling thread is one of them)
   * @param monitor receives progress and is asked about cancellation every few milliseconds
   * @return the dendrogram in SciPy's convention, heights ascending and on the Euclidean scale
   * @throws IllegalArgumentException if the data is empty or not finite, or threads &lt; 1
   * @throws org.clustermodels.core.progress.CancelledException if the monitor cancels
   */
  public static Dendrogram fit(DenseMatrix data, int threads, ProgressMonitor monitor) {
    return VectorWorkers.with(threads, workers -> fit(data, workers, monitor));
  }

  /** {@link #fit(DenseMatrix, int, ProgressMonitor)} on the caller's workers (tests choose their chunking). */
  static Dendrogram fit(DenseMatrix data, VectorWorkers workers, ProgressMonitor monitor) {
    VectorClusters clusters = new VectorClusters(data, false);
    return new Run(clusters, workers, new VectorProgress(monitor, "Ward linkage (vectors)", data.rows())).run();
  }

  /** One run's state: the clusters and the chain of labels. */
  private static final class Run {
    private final VectorClusters clusters;
    private final VectorWorkers workers;
    private final VectorProgress progress;
    private final VectorWorkers.Chunk nearest = this::nearest;
    private final int[] chain;
    /** Slot of the chain's last link during a scan. */
    private int tipSlot;
    /** Squared distances from the tip's centroid, per slot (each chunk writes its own range). */
    private final double[] toTip;

    Run(VectorClusters clusters, VectorWorkers workers, VectorProgress progress) {
      this.clusters = clusters;
      this.workers = workers;
      this.progress = progress;
      this.chain = new int[clusters.liveCount()];
      this.toTip = new double[clusters.slotCount()];
    }

    Dendrogram run() {
      int n = clusters.liveCount();
      int[] rowA = new int[n - 1];
      int[] rowB = new int[n - 1];
      double[] heights = new double[n - 1];
      int length = 0;
      for (int k = 0; k < n - 1; k++) {
        if (length == 0) {
          chain[length++] = clusters.smallestLiveLabel();
        }
        int x;
        int y;
        double cost;
        while (true) {
          x = chain[length - 1];
          tipSlot = clusters.slot(x);
          int slots = clusters.slotCount();
          int found = workers.argmin(0, slots, clusters.d, nearest);
          progress.worked((long) slots * clusters.d, clusters.liveCount());
          cost = workers.minValue();
          y = clusters.labels[found];
          if (length > 1) {
            int previous = chain[length - 2];
            double toPrevious = ward(tipSlot, clusters.slot(previous));
            if (toPrevious <= cost) {
              cost = toPrevious;
              y = previous;
              break;
            }
          }
          chain[length++] = y;
        }
        length -= 2;
        int a = Math.min(x, y);
        int b = Math.max(x, y);
        rowA[k] = a;
        rowB[k] = b;
        heights[k] = Math.sqrt(2 * cost);
        clusters.merge(a, b, clusters.sizes[clusters.slot(a)], clusters.sizes[clusters.slot(b)]);
        clusters.squeezeIfSparse();
      }
      progress.done();
      return Dendrogram.fromRowMerges(n, rowA, rowB, heights, true);
    }

    /** Half the squared Ward distance between the clusters in two slots; symmetric to the last bit. */
    private double ward(int a, int b) {
      int na = clusters.sizes[a];
      int nb = clusters.sizes[b];
      return wardOf(clusters.squaredDistance(a, b), na, nb);
    }

    /** Half the squared Ward distance of clusters of sizes na and nb whose centroids are q apart, squared. */
    private static double wardOf(double q, int na, int nb) {
      return q * ((double) na * nb / (na + nb));
    }

    /**
     * Offers the live slot other than the tip's with the smallest Ward distance to the tip (the lowest such slot
     * among equals).
     *
     * <p>The Ward distance is {@code q nA nB / (nA + nB)} with q the squared distance of the centroids. Its factor
     * is least at nB = 1, so {@code q nA / (nA + 1)} is a lower bound of the computed distance (rounding is
     * monotone): slots whose bound exceeds the best distance so far need neither their size nor a division. Dead
     * slots (q = +infinity) fail that test once a first live slot is known.
     */
    private void nearest(int chunk, int from, int to) {
      int[] sizes = clusters.sizes;
      double[] q = toTip;
      clusters.squaredDistancesFrom(tipSlot, from, to, q);
      int na = sizes[tipSlot];
      double least = (double) na / (na + 1);
      double best = Double.POSITIVE_INFINITY;
      int bestSlot = -1;
      for (int s = from; s < to; s++) {
        if (q[s] * least > best) {
          continue;
        }
        int nb = sizes[s];
        if (nb == 0 || s == tipSlot) {
          continue;
        }
        double w = wardOf(q[s], na, nb);
        if (bestSlot < 0 || w < best) {
          best = w;
          bestSlot = s;
        }
      }
      workers.offer(chunk, best, bestSlot);
    }
  }
}
