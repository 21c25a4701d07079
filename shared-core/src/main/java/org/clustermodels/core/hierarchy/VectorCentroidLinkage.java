package org.clustermodels.core.hierarchy;

import org.clustermodels.core.Reference;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Centroid linkage (UPGMC) on Euclidean vectors in O(n d) memory, never storing the distance matrix: the
 * distance between two clusters is the Euclidean distance between their centroids, and the merged cluster's
 * centroid is the size-weighted mean of the two. Heights are on the Euclidean scale, as SciPy reports them, and
 * may decrease along the merge order (inversions).
 *
 * <p>Runs Müllner's generic algorithm ({@link VectorGenericLinkage}) with SciPy's {@code fast_linkage} steps and
 * tie-breaking. Time O(n^2 d) in practice (O(n^3 d) worst case); memory a copy of the data plus O(n). The scans
 * are split across threads; the result does not depend on the number of threads.
 */
@Reference(authors = "R. R. Sokal and C. D. Michener",
    title = "A statistical method for evaluating systematic relationships",
    venue = "University of Kansas Science Bulletin 38, 1409-1438", year = 1958)
@Reference(authors = "D. Müllner", title = "Modern hierarchical, agglomerative clustering algorithms",
    venue = "arXiv:1109.2378", year = 2011, url = "https://arxiv.org/abs/1109.2378")
public final class VectorCentroidLinkage {
  private VectorCentroidLinkage() {
  }

  /**
   * Builds the centroid-linkage dendrogram of the rows of a matrix under Euclidean distance.
   *
   * @param data n x d data, finite, at least one row
   * @param threads number of threads to scan with, at least 1 (the calling thread is one of them)
   * @param monitor receives progress and is asked about cancellation every few milliseconds
   * @return the dendrogram in SciPy's convention, in merge order (heights need not be monotone)
   * @throws IllegalArgumentException if the data is empty or not finite, or threads &lt; 1
   * @throws org.clustermodels.core.progress.CancelledException if the monitor cancels
   */
  public static Dendrogram fit(DenseMatrix data, int threads, ProgressMonitor monitor) {
    return VectorWorkers.with(threads,
        workers -> VectorGenericLinkage.fit(data, workers, monitor, VectorGenericLinkage.Merge.CENTROID));
  }
}
