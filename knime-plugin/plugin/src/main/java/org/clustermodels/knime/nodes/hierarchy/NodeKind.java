package org.clustermodels.knime.nodes.hierarchy;

import java.util.List;
import java.util.function.BiFunction;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.knime.logic.hierarchy.AgglomerativeNodeRun;
import org.clustermodels.knime.logic.hierarchy.AgglomerativeNodeSettings;
import org.clustermodels.knime.logic.hierarchy.DendrogramModelSpec;
import org.clustermodels.knime.logic.hierarchy.DivisiveNodeRun;
import org.clustermodels.knime.logic.hierarchy.DivisiveNodeSettings;
import org.clustermodels.knime.logic.hierarchy.HierarchyNodeSettings;
import org.clustermodels.knime.logic.hierarchy.HierarchyResult;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;

/**
 * What tells the two hierarchical nodes apart, all of it in the node logic: their settings (defaults, how they
 * are read), the model spec at configure time, and the run.
 *
 * @param <S> the node's settings
 * @param defaults the node's default settings
 * @param loader reads and validates stored settings
 * @param spec the model's spec from the settings and the selected columns
 * @param run builds and cuts the tree
 */
record NodeKind<S extends HierarchyNodeSettings>(S defaults, Loader<S> loader,
    BiFunction<S, List<String>, DendrogramModelSpec> spec, Run<S> run) {
  /** The Hierarchical Clustering (agglomerative) node. */
  static final NodeKind<AgglomerativeNodeSettings> AGGLOMERATIVE = new NodeKind<>(
      AgglomerativeNodeSettings.defaults(), AgglomerativeNodeSettings::loadFrom, DendrogramModelSpec::of,
      AgglomerativeNodeRun::run);
  /** The Divisive Clustering node. */
  static final NodeKind<DivisiveNodeSettings> DIVISIVE = new NodeKind<>(DivisiveNodeSettings.defaults(),
      DivisiveNodeSettings::loadFrom, DendrogramModelSpec::of, DivisiveNodeRun::run);

  /**
   * Reads a node's settings.
   *
   * @param <S> the settings
   */
  @FunctionalInterface
  interface Loader<S> {
    /**
     * @param reader stored settings
     * @return the settings, validated
     * @throws SettingsException naming the option at fault
     */
    S load(SettingsReader reader) throws SettingsException;
  }

  /**
   * A node logic's run.
   *
   * @param <S> the settings
   */
  @FunctionalInterface
  interface Run<S> {
    /**
     * @param settings the settings
     * @param data the rows after the missing-value policy
     * @param rowKeys the key of each row
     * @param columns the name of each column
     * @param monitor progress and cancel
     * @param memory the memory available
     * @return the clusters and the model
     */
    HierarchyResult run(S settings, DenseMatrix data, String[] rowKeys, String[] columns, ProgressMonitor monitor,
        MemoryCheck memory);
  }
}
