package org.clustermodels.core.hierarchy;

import java.util.Arrays;
import org.clustermodels.core.Reference;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Single linkage on Euclidean vectors in O(n d) memory, never storing the distance matrix: Prim's minimum
 * spanning tree, whose edges sorted by length are the single-linkage merges (Gower &amp; Ross 1969), with the
 * distances computed from the rows as they are needed, as in Müllner's (2011) {@code MST_linkage_core} for
 * vectors (fastcluster's {@code linkage_vector}).
 *
 * <p>Prim grows the tree from row 0; each step adds the row nearest to the tree, the smallest row index among
 * equally near rows, exactly as SciPy's {@code mst_single_linkage} does. The edges are then stably sorted by
 * length and labelled by union-find ({@link Dendrogram#fromRowMerges}), so ids follow SciPy's convention and
 * the merge list equals SciPy's wherever SciPy's own distances order the same way (always on tie-free data).
 * Heights are Euclidean distances; distances are compared squared and rooted once per merge.
 *
 * <p>Time O(n^2 d). Memory: a copy of the data plus O(n) ({@code 8 n d + 36 n} bytes, and about 60 n more while
 * the dendrogram is built). Each step updates every row's distance to the tree: that scan is split across
 * threads in contiguous chunks, and the result does not depend on the number of threads.
 */
@Reference(authors = "J. C. Gower and G. J. S. Ross",
    title = "Minimum spanning trees and single linkage cluster analysis",
    venue = "Journal of the Royal Statistical Society, Series C (Applied Statistics) 18(1), 54-64", year = 1969,
    url = "https://doi.org/10.2307/2346439")
@Reference(authors = "D. Müllner", title = "Modern hierarchical, agglomerative clustering algorithms",
    venue = "arXiv:1109.2378", year = 2011, url = "https://arxiv.org/abs/1109.2378")
public final class VectorSingleLinkage {
  private VectorSingleLinkage() {
  }

  /**
   * Builds the single-linkage dendrogram of the rows of a matrix under Euclidean distance.
   *
   * @param data n x d data, finite, at least one row
   * @param threads number of threads to scan with, at least 1 (the calling thread is one of them)
   * @param monitor receives progress and is asked about cancellation every few milliseconds
   * @return the dendrogram in SciPy's convention, heights ascending
   * @throws IllegalArgumentException if the data is empty or not finite, or threads &lt; 1
   * @throws org.clustermodels.core.progress.CancelledException if the monitor cancels
   */
  public static Dendrogram fit(DenseMatrix data, int threads, ProgressMonitor monitor) {
    return VectorWorkers.with(threads, workers -> fit(data, workers, monitor));
  }

  /** {@link #fit(DenseMatrix, int, ProgressMonitor)} on the caller's workers (tests choose their chunking). */
  static Dendrogram fit(DenseMatrix data, VectorWorkers workers, ProgressMonitor monitor) {
    VectorClusters clusters = new VectorClusters(data, true);
    return new Run(clusters, workers, new VectorProgress(monitor, "single linkage (vectors)", data.rows())).run();
  }

  /** One run's state: Prim's tree and each outside row's squared distance to it. */
  private static final class Run {
    private final VectorClusters clusters;
    private final VectorWorkers workers;
    private final VectorProgress progress;
    private final VectorWorkers.Chunk relax = this::relax;
    /** The row added to the tree last. */
    private final double[] newest;
    /** Squared distances from the newest row, per slot (each chunk writes its own range). */
    private final double[] toNewest;

    Run(VectorClusters clusters, VectorWorkers workers, VectorProgress progress) {
      this.clusters = clusters;
      this.workers = workers;
      this.progress = progress;
      this.newest = new double[clusters.d];
      this.toNewest = new double[clusters.slotCount()];
    }

    Dendrogram run() {
      int n = clusters.liveCount();
      int[] rowA = new int[n - 1];
      int[] rowB = new int[n - 1];
      double[] heights = new double[n - 1];
      Arrays.fill(clusters.values, Double.POSITIVE_INFINITY);
      int x = 0;
      for (int k = 0; k < n - 1; k++) {
        clusters.copyCentroid(clusters.slot(x), newest);
        clusters.values[clusters.slot(x)] = Double.POSITIVE_INFINITY; // in the tree: never the nearest again
        clusters.remove(x);
        int slots = clusters.slotCount();
        int nearest = workers.argmin(0, slots, clusters.d, relax);
        int y = clusters.labels[nearest];
        rowA[k] = x;
        rowB[k] = y;
        heights[k] = Math.sqrt(workers.minValue());
        clusters.squeezeIfSparse();
        progress.worked((long) slots * clusters.d, clusters.liveCount());
        x = y;
      }
      progress.done();
      return Dendrogram.fromRowMerges(n, rowA, rowB, heights, true);
    }

    /**
     * Lowers the rows' distances to the tree by their distance to the newest row; offers the nearest row (the
     * lowest slot at the smallest distance). Rows in the tree (dead slots) stay at +infinity on both sides, so
     * the first loop needs no test and runs as vector instructions.
     */
    private void relax(int chunk, int from, int to) {
      double[] toTree = clusters.values;
      double[] q = toNewest;
      clusters.squaredDistances(newest, from, to, q);
      double best = Double.POSITIVE_INFINITY;
      for (int s = from; s < to; s++) {
        double v = Math.min(toTree[s], q[s]);
        toTree[s] = v;
        best = Math.min(best, v);
      }
      int bestSlot = -1;
      if (best < Double.POSITIVE_INFINITY) {
        bestSlot = from;
        while (toTree[bestSlot] != best) {
          bestSlot++;
        }
      }
      workers.offer(chunk, best, bestSlot);
    }
  }
}
