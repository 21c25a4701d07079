package org.clustermodels.knime.logic.hierarchy;

import java.util.Locale;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.distance.CondensedDistances;
import org.clustermodels.core.hierarchy.DivisiveMethod;
import org.clustermodels.core.hierarchy.Divisive;
import org.clustermodels.core.hierarchy.DivisiveParams;
import org.clustermodels.core.hierarchy.DivisiveResult;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * What the divisive clustering node executes: checks the rows, builds the full tree with the core's
 * {@link Divisive} (DIANA or bisecting k-means), cuts it and computes the cut's cluster centres. For DIANA the
 * caller's memory check is applied before the O(n^2) distance matrix is allocated, first here with a message in a
 * KNIME user's words (how much is needed and available; bisecting k-means needs no distance matrix; knime.ini),
 * then by the core itself with the same check.
 */
public final class DivisiveNodeRun {
  private static final String WHAT = "Divisive clustering";
  /** DIANA's O(n) work arrays per row besides the matrix (a generous bound, as the core's own check). */
  private static final long DIANA_BYTES_PER_ROW = 64;

  private DivisiveNodeRun() {
  }

  /**
   * Clusters the rows.
   *
   * @param settings the node's settings (validated)
   * @param data the encoded rows (after the missing-value policy), one column per selected column
   * @param rowKeys the KNIME row key of each row of {@code data}
   * @param columnNames the name of each column of {@code data}
   * @param monitor progress (the tree takes 95%) and cancellation
   * @param memory the memory available for DIANA's distance matrix
   * @return the cluster of every row and the dendrogram model
   * @throws IllegalArgumentException for bad input (naming the row key, column or option) or too little memory
   *     (saying how much is needed)
   * @throws org.clustermodels.core.progress.CancelledException if the monitor cancelled the run
   */
  public static HierarchyResult run(DivisiveNodeSettings settings, DenseMatrix data, String[] rowKeys,
      String[] columnNames, ProgressMonitor monitor, MemoryCheck memory) {
    DivisiveParams params = settings.toParams();
    TreeInput input = TreeInput.check(settings, settings.effectiveMetric(), data, rowKeys, columnNames, WHAT);
    int n = input.rows();
    if (settings.algorithm() == DivisiveMethod.DIANA) {
      requireDianaMemory(n, data.cols(), memory);
    }
    monitor.progress(0, String.format(Locale.ROOT, "%s of %,d rows (%s)", WHAT, n,
        settings.algorithm() == DivisiveMethod.DIANA ? "DIANA, " + settings.metric().id() : "bisecting k-means"));
    DivisiveResult result = new Divisive(memory).fit(data, params, monitor.part(0, 0.95));
    return input.finish(DendrogramModelSpec.of(settings, input.columns()), result.dendrogram(), settings, monitor);
  }

  /** Fails unless DIANA's distance matrix of n rows, its work arrays and a scaled copy of the data fit. */
  static void requireDianaMemory(int n, int d, MemoryCheck memory) {
    String instead = "choose bisecting k-means (it needs no distance matrix), cluster a sample of the rows, or "
        + "give KNIME more memory (-Xmx in knime.ini)";
    if (n > CondensedDistances.MAX_N) {
      throw new IllegalArgumentException(String.format(Locale.ROOT, "DIANA needs the distances of all %,d rows, "
          + "but one Java array holds them for at most %,d rows; %s", n, CondensedDistances.MAX_N, instead));
    }
    memory.require(CondensedDistances.bytesFor(n) + DIANA_BYTES_PER_ROW * n + 8L * n * d,
        String.format(Locale.ROOT, "DIANA on %,d rows: the distance matrix (%,d distances of 8 bytes) with its "
            + "work arrays", n, (long) n * (n - 1) / 2), instead);
  }
}
