package org.clustermodels.knime.nodes.hierarchy;

import org.clustermodels.knime.logic.hierarchy.DivisiveNodeSettings;
import org.knime.core.node.NodeDialogPane;

/**
 * The Divisive Clustering node (DIANA or bisecting k-means) of the ClusterModels category: the input table with a cluster
 * column, the dendrogram model port, and the dendrogram view. Described in {@code DivisiveNodeFactory.xml}.
 */
public final class DivisiveNodeFactory extends HierarchyNodeFactory<DivisiveNodeSettings> {
  /** Called by KNIME (registered in plugin.xml). */
  public DivisiveNodeFactory() {
  }

  @Override
  NodeKind<DivisiveNodeSettings> kind() {
    return NodeKind.DIVISIVE;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new DivisiveNodeDialog();
  }
}
