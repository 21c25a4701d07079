package org.clustermodels.knime.nodes.hierarchy;

import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.knime.logic.hierarchy.AgglomerativeNodeRun;
import org.clustermodels.knime.logic.hierarchy.AgglomerativeNodeSettings;
import org.clustermodels.knime.logic.hierarchy.DendrogramModelSpec;
import org.clustermodels.knime.logic.hierarchy.HierarchyResult;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;

/** The Hierarchical Clustering node: {@link AgglomerativeNodeRun} on the selected columns. */
public final class AgglomerativeNodeModel extends HierarchyNodeModel<AgglomerativeNodeSettings> {
  /** A node with the default settings. */
  AgglomerativeNodeModel() {
    super(AgglomerativeNodeSettings.defaults());
  }

  @Override
  AgglomerativeNodeSettings load(SettingsReader reader) throws SettingsException {
    return AgglomerativeNodeSettings.loadFrom(reader);
  }

  @Override
  DendrogramModelSpec modelSpec(AgglomerativeNodeSettings settings, List<String> selected) {
    return DendrogramModelSpec.of(settings, selected);
  }

  @Override
  HierarchyResult run(AgglomerativeNodeSettings settings, DenseMatrix data, String[] rowKeys, String[] selected,
      ProgressMonitor monitor, MemoryCheck memory) {
    return AgglomerativeNodeRun.run(settings, data, rowKeys, selected, monitor, memory);
  }
}
