package org.clustermodels.knime.nodes.hierarchy;

import org.clustermodels.knime.logic.hierarchy.HierarchyNodeSettings;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeView;

/**
 * What the two factories share: the node model of their node kind, one view (the dendrogram) and a dialog.
 * Public, so that the public factories' inherited methods are public members of a public class (as KNIME may
 * call a factory's methods by reflection); only this package can extend it.
 *
 * @param <S> the node's settings
 */
public abstract class HierarchyNodeFactory<S extends HierarchyNodeSettings> extends NodeFactory<HierarchyNodeModel<S>> {
  /** Only the two factories of this package extend it. */
  HierarchyNodeFactory() {
  }

  /** @return which of the two nodes */
  abstract NodeKind<S> kind();

  @Override
  public final HierarchyNodeModel<S> createNodeModel() {
    return new HierarchyNodeModel<>(kind());
  }

  @Override
  protected final int getNrNodeViews() {
    return 1;
  }

  @Override
  public final NodeView<HierarchyNodeModel<S>> createNodeView(int viewIndex, HierarchyNodeModel<S> nodeModel) {
    return new DendrogramNodeView<>(nodeModel);
  }

  @Override
  protected final boolean hasDialog() {
    return true;
  }
}
