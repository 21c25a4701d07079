package org.clustermodels.knime.nodes.hierarchy;

import org.clustermodels.knime.logic.hierarchy.AgglomerativeNodeSettings;
import org.knime.core.node.NodeDialogPane;

/**
 * The Hierarchical Clustering (agglomerative) node of the ClusterModels category: the input table with a cluster
 * column, the dendrogram model port, and the dendrogram view. Described in {@code AgglomerativeNodeFactory.xml}.
 */
public final class AgglomerativeNodeFactory extends HierarchyNodeFactory<AgglomerativeNodeSettings> {
  /** Called by KNIME (registered in plugin.xml). */
  public AgglomerativeNodeFactory() {
  }

  @Override
  NodeKind<AgglomerativeNodeSettings> kind() {
    return NodeKind.AGGLOMERATIVE;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return new AgglomerativeNodeDialog();
  }
}
