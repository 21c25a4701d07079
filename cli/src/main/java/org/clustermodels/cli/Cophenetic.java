package org.clustermodels.cli;

import java.util.Locale;
import java.util.function.Consumer;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.distance.CondensedDistances;
import org.clustermodels.core.distance.Metric;
import org.clustermodels.core.distance.PairwiseDistances;
import org.clustermodels.core.hierarchy.Dendrogram;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * The cophenetic correlation of a tree, as SciPy's {@code cophenet(Z, pdist(X))[0]}: the Pearson correlation of
 * the distances the tree was built from and the tree's cophenetic distances, for the fits that do not report it
 * themselves: the vector method (it never stores the distances), a matrix fit whose copy of the distances did not
 * fit next to the working matrix, and the divisive methods. The distances are computed once more, on all threads,
 * after the fit has released its own memory: time O(n^2 d), memory 8 n(n-1)/2 bytes, as much as the matrix
 * method itself needs. When that memory is not available (e.g. 160 GB for 200,000 rows) the correlation is left
 * out (null) with a note that says why.
 */
final class Cophenetic {
  private Cophenetic() {
  }

  /**
   * @param tree the tree
   * @param scaled the rows the tree was built from, after scaling
   * @param metric the metric the tree was built with
   * @param threads threads for the distances, 0 = all processors
   * @param monitor progress
   * @param memory the memory check made before the distances are allocated
   * @param note receives a note when the correlation cannot be computed
   * @return the correlation; null where it was not computed or is undefined (constant distances or heights)
   */
  static Double correlation(Dendrogram tree, DenseMatrix scaled, Metric metric, int threads,
      ProgressMonitor monitor, MemoryCheck memory, Consumer<String> note) {
    int n = scaled.rows();
    if (n > CondensedDistances.MAX_N) {
      note.accept(String.format(Locale.ROOT, "cophenetic_correlation is null: it compares the tree with all "
          + "n(n-1)/2 distances, and %,d rows have more than one Java array holds (at most %,d rows)", n,
          CondensedDistances.MAX_N));
      return null;
    }
    try {
      memory.require(CondensedDistances.bytesFor(n) + 8L * n * scaled.cols(), String.format(Locale.ROOT,
          "the cophenetic correlation (it compares the tree with all %,d distances of %,d rows)",
          CondensedDistances.length(n), n), "it is null in the JSON; give the JVM more memory "
          + "(CLUSTERMODELS_JAVA_OPTS=-Xmx...) to compute it, or leave it out with --no-cophenetic");
    } catch (IllegalArgumentException e) {
      note.accept("cophenetic_correlation is null: " + e.getMessage());
      return null;
    }
    CondensedDistances distances = PairwiseDistances.compute(scaled, metric, threads, monitor, memory);
    double r = tree.copheneticCorrelation(distances, monitor);
    return Double.isFinite(r) ? r : null;
  }
}
