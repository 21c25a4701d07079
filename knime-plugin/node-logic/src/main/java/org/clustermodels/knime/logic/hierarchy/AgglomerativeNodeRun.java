package org.clustermodels.knime.logic.hierarchy;

import java.util.Locale;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.hierarchy.Agglomerative;
import org.clustermodels.core.hierarchy.AgglomerativeParams;
import org.clustermodels.core.hierarchy.AgglomerativeResult;
import org.clustermodels.core.progress.ProgressMonitor;

/**
 * What the hierarchical (agglomerative) clustering node executes: checks the rows, builds the full tree with the
 * core's {@link Agglomerative}, cuts it and computes the cut's cluster centres. The memory check is the caller's
 * (e.g. the JVM heap): the core applies it before it allocates the O(n^2) distance matrix and, when the matrix
 * does not fit, fails with a message that says how much is needed and available and what to do instead; that
 * message is passed on unchanged for the node to show.
 */
public final class AgglomerativeNodeRun {
  private static final String WHAT = "Hierarchical clustering";

  private AgglomerativeNodeRun() {
  }

  /**
   * Clusters the rows.
   *
   * @param settings the node's settings (validated)
   * @param data the encoded rows (after the missing-value policy), one column per selected column
   * @param rowKeys the KNIME row key of each row of {@code data}
   * @param columnNames the name of each column of {@code data}
   * @param monitor progress (the tree takes 95%) and cancellation
   * @param memory the memory available for the distance matrix
   * @return the cluster of every row and the dendrogram model
   * @throws IllegalArgumentException for bad input (naming the row key, column or option) or too little memory
   *     (saying how much is needed)
   * @throws org.clustermodels.core.progress.CancelledException if the monitor cancelled the run
   */
  public static HierarchyResult run(AgglomerativeNodeSettings settings, DenseMatrix data, String[] rowKeys,
      String[] columnNames, ProgressMonitor monitor, MemoryCheck memory) {
    AgglomerativeParams params = settings.toParams();
    TreeInput input = TreeInput.check(settings, settings.metric(), data, rowKeys, columnNames, WHAT);
    monitor.progress(0, String.format(Locale.ROOT, "%s of %,d rows (%s linkage, %s)", WHAT, input.rows(),
        settings.linkage().id(), settings.metric().id()));
    AgglomerativeResult result = new Agglomerative(memory).fit(data, params, monitor.part(0, 0.95));
    return input.finish(DendrogramModelSpec.of(settings, input.columns()), result.dendrogram(), settings, monitor);
  }
}
