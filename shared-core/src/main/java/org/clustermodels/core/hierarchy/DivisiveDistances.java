package org.clustermodels.core.hierarchy;

import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.distance.CondensedDistances;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * Euclidean condensed distances for DIANA, with the memory check. A stop-gap: the distance package's metrics
 * replace {@link #euclidean} once they are available.
 */
final class DivisiveDistances {
  private DivisiveDistances() {
  }

  /**
   * The Euclidean distances of all pairs of rows, summed over the columns in order as R's {@code dist} does.
   *
   * @param data the rows
   * @param monitor progress and cancellation
   * @return the condensed distances
   * @throws IllegalArgumentException if they do not fit in memory (see {@link #requireMemory})
   */
  static CondensedDistances euclidean(DenseMatrix data, ProgressMonitor monitor) {
    int n = data.rows();
    int d = data.cols();
    requireMemory(n);
    double[] x = data.toArray();
    double[] out = new double[(int) CondensedDistances.length(n)];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if ((i & 63) == 0) {
        monitor.checkCancelled();
      }
      for (int j = i + 1; j < n; j++) {
        double s = 0;
        for (int c = 0; c < d; c++) {
          double t = x[i * d + c] - x[j * d + c];
          s += t * t;
        }
        out[k++] = Math.sqrt(s);
      }
    }
    return CondensedDistances.wrap(n, out);
  }

  /**
   * Fails unless the n(n-1)/2 distances of n rows (and DIANA's O(n) working arrays) fit into the heap.
   *
   * @param n number of rows
   * @throws IllegalArgumentException saying the bytes needed, the bytes available and what to do instead
   */
  static void requireMemory(int n) {
    if (n > CondensedDistances.MAX_N) {
      throw new IllegalArgumentException("DIANA needs the distances of all " + n + " rows, but one array holds "
          + "them for at most " + CondensedDistances.MAX_N + " rows; use bisecting k-means "
          + "(method BISECTING_KMEANS), which needs no distance matrix, or a sample of the rows");
    }
    long needed = CondensedDistances.bytesFor(n) + 64L * n;
    Runtime rt = Runtime.getRuntime();
    long available = rt.maxMemory() - (rt.totalMemory() - rt.freeMemory());
    if (needed > available) {
      throw new IllegalArgumentException("DIANA on " + n + " rows needs about " + needed + " bytes for the "
          + "distances, but only " + available + " bytes of heap are available; use bisecting k-means "
          + "(method BISECTING_KMEANS), which needs no distance matrix, a sample of the rows, or a larger heap (-Xmx)");
    }
  }
}
