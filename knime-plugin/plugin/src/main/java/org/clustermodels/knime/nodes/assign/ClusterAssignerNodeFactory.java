package org.clustermodels.knime.nodes.assign;

import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * The Cluster Assigner node (registered in plugin.xml; its description is {@code ClusterAssignerNodeFactory.xml}):
 * a ClusterModels model and a table in, the table with each row's cluster and distance out; no dialog, no view.
 */
public final class ClusterAssignerNodeFactory extends NodeFactory<ClusterAssignerNodeModel> {
  /** Called by KNIME. */
  public ClusterAssignerNodeFactory() {
  }

  @Override
  public ClusterAssignerNodeModel createNodeModel() {
    return new ClusterAssignerNodeModel();
  }

  @Override
  protected int getNrNodeViews() {
    return 0;
  }

  @Override
  public NodeView<ClusterAssignerNodeModel> createNodeView(int viewIndex, ClusterAssignerNodeModel nodeModel) {
    throw new IndexOutOfBoundsException("The Cluster Assigner has no view (index " + viewIndex + ")");
  }

  @Override
  protected boolean hasDialog() {
    return false;
  }

  @Override
  protected NodeDialogPane createNodeDialogPane() {
    return null;
  }
}
