package org.clustermodels.core.hierarchy;

import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * An agglomerative algorithm on a condensed distance matrix (SciPy layout): {@link MstSingleLinkage},
 * {@link NnChainLinkage} or {@link GenericLinkage}. Stateless; every run keeps its state in local variables.
 */
interface LinkageAlgorithm {

  /**
   * @return whether {@link #cluster} overwrites the distances it is given; callers then pass a copy they own
   */
  boolean overwritesDistances();

  /**
   * Builds the full dendrogram.
   *
   * @param n number of rows, at least 2
   * @param distances the n(n-1)/2 condensed distances, finite and &gt;= 0 (overwritten if
   *     {@link #overwritesDistances()})
   * @param linkage the linkage
   * @param monitor progress (fraction of merges done) and cancellation
   * @return the dendrogram, heights on the scale of the input distances
   */
  Dendrogram cluster(int n, double[] distances, Linkage linkage, ProgressMonitor monitor);

  /**
   * Builds the full dendrogram, using extra memory for speed where the algorithm can and the check allows.
   *
   * @param n number of rows, at least 2
   * @param distances as {@link #cluster(int, double[], Linkage, ProgressMonitor)}
   * @param linkage the linkage
   * @param memory what may be allocated besides the distances
   * @param monitor progress (fraction of merges done) and cancellation
   * @return the dendrogram, heights on the scale of the input distances
   */
  default Dendrogram cluster(int n, double[] distances, Linkage linkage, MemoryCheck memory,
      ProgressMonitor monitor) {
    return cluster(n, distances, linkage, monitor);
  }
}
