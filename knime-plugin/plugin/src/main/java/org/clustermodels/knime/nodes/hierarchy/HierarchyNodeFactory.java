package org.clustermodels.knime.nodes.hierarchy;

import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * What the two factories share: one view (the dendrogram) and a dialog.
 *
 * @param <M> the node model
 */
abstract class HierarchyNodeFactory<M extends HierarchyNodeModel<?>> extends NodeFactory<M> {
  @Override
  protected final int getNrNodeViews() {
    return 1;
  }

  @Override
  public final NodeView<M> createNodeView(int viewIndex, M nodeModel) {
    return new DendrogramNodeView<>(nodeModel);
  }

  @Override
  protected final boolean hasDialog() {
    return true;
  }
}
