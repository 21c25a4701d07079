package org.clustermodels.core.hierarchy;

import org.clustermodels.core.Reference;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Median linkage (WPGMC) on Euclidean vectors in O(n d) memory, never storing the distance matrix: each
 * cluster has a point, the distance between two clusters is the Euclidean distance between their points, and
 * the merged cluster's point is the midpoint of the two, whatever their sizes (Gower 1967). Heights are on the
 * Euclidean scale, as SciPy reports them, and may decrease along the merge order (inversions).
 *
 * <p>Runs Müllner's generic algorithm ({@link VectorGenericLinkage}) with SciPy's {@code fast_linkage} steps and
 * tie-breaking. Time O(n^2 d) in practice (O(n^3 d) worst case); memory a copy of the data plus O(n). The scans
 * are split across threads; the result does not depend on the number of threads.
 */
@Reference(authors = "J. C. Gower",
    title = "A comparison of some methods of cluster analysis",
    venue = "Biometrics 23(4), 623-637", year = 1967, url = "https://doi.org/10.2307/2528417")
@Reference(authors = "D. Müllner", title = "Modern hierarchical, agglomerative clustering algorithms",
    venue = "arXiv:1109.2378", year = 2011, url = "https://arxiv.org/abs/1109.2378")
public final class VectorMedianLinkage {
  private VectorMedianLinkage() {
  }

  /**
   * Builds the median-linkage dendrogram of the rows of a matrix under Euclidean distance.
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
        workers -> VectorGenericLinkage.fit(data, workers, monitor, VectorGenericLinkage.Merge.MEDIAN));
  }
}
