package org.clustermodels.knime.nodes.hierarchy;

import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.knime.logic.hierarchy.DendrogramModelSpec;
import org.clustermodels.knime.logic.hierarchy.DivisiveNodeRun;
import org.clustermodels.knime.logic.hierarchy.DivisiveNodeSettings;
import org.clustermodels.knime.logic.hierarchy.HierarchyResult;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;

/** The Divisive Clustering node: {@link DivisiveNodeRun} on the selected columns. */
public final class DivisiveNodeModel extends HierarchyNodeModel<DivisiveNodeSettings> {
  /** A node with the default settings. */
  DivisiveNodeModel() {
    super(DivisiveNodeSettings.defaults());
  }

  @Override
  DivisiveNodeSettings load(SettingsReader reader) throws SettingsException {
    return DivisiveNodeSettings.loadFrom(reader);
  }

  @Override
  DendrogramModelSpec modelSpec(DivisiveNodeSettings settings, List<String> selected) {
    return DendrogramModelSpec.of(settings, selected);
  }

  @Override
  HierarchyResult run(DivisiveNodeSettings settings, DenseMatrix data, String[] rowKeys, String[] selected,
      ProgressMonitor monitor, MemoryCheck memory) {
    return DivisiveNodeRun.run(settings, data, rowKeys, selected, monitor, memory);
  }
}
