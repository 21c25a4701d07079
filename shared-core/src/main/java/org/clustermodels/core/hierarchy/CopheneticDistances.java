package org.clustermodels.core.hierarchy;

import org.clustermodels.core.Reference;
import org.clustermodels.core.distance.CondensedDistances;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * The cophenetic distances of a dendrogram, as SciPy's {@code cophenet(Z)}: for every pair of rows, the height of
 * the lowest merge that contains both (for a tree with inversions too: the height of that merge itself, not the
 * largest height below it), in the condensed layout of {@link CondensedDistances}.
 *
 * <p>Cost: O(n^2) time and the n(n-1)/2 doubles of the result, plus O(n) working memory. Memory is checked
 * before the result is allocated. To correlate the tree with the input distances without this matrix, use
 * {@link CopheneticCorrelation#of}.
 */
@Reference(authors = "R. R. Sokal, F. J. Rohlf", title = "The comparison of dendrograms by objective methods",
    venue = "Taxon 11(2):33-40", year = 1962, url = "https://doi.org/10.2307/1217208")
public final class CopheneticDistances {
  private CopheneticDistances() {
  }

  /**
   * Computes the cophenetic distance matrix.
   *
   * @param tree the dendrogram over n rows
   * @param monitor receives progress; cancellation throws
   * @return the condensed cophenetic distances, n(n-1)/2 values
   * @throws IllegalStateException if n is above {@link CondensedDistances#MAX_N} or the matrix does not fit in the
   *     free heap; the message gives the bytes needed and free
   * @throws org.clustermodels.core.progress.CancelledException if the monitor asked to stop
   */
  public static CondensedDistances of(Dendrogram tree, ProgressMonitor monitor) {
    int n = tree.leafCount();
    requireMemory(n);
    double[] values = new double[(int) CondensedDistances.length(n)];
    CopheneticRows rows = new CopheneticRows(tree);
    double[] byPosition = new double[n];
    int p = 0;
    for (int i = 0; i < n; i++) {
      rows.fill(i, byPosition);
      for (int j = i + 1; j < n; j++) {
        values[p++] = byPosition[rows.position(j)];
      }
      rows.report(monitor, i, "cophenetic distances");
    }
    return CondensedDistances.wrap(n, values);
  }

  private static void requireMemory(int n) {
    long needed = CondensedDistances.bytesFor(n);
    String instead = "; to compare the tree with the input distances use the cophenetic correlation, which needs"
        + " no matrix";
    if (n > CondensedDistances.MAX_N) {
      throw new IllegalStateException("the cophenetic distances of " + n + " rows are " + needed
          + " bytes, more than one Java array holds (at most " + CondensedDistances.MAX_N + " rows)" + instead);
    }
    Runtime runtime = Runtime.getRuntime();
    long free = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    if (needed > free) {
      throw new IllegalStateException("the cophenetic distances of " + n + " rows need " + needed
          + " bytes, but only about " + free + " bytes of heap are free; raise the heap limit (-Xmx)" + instead);
    }
  }
}
