package org.knime.core.node;

/**
 * Stand-in for KNIME's NodeFactory: creates a node's model, views and dialog.
 *
 * @param <T> the node model type
 */
public abstract class NodeFactory<T extends NodeModel> {
  /** Creates the factory. */
  protected NodeFactory() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return a new node model */
  public abstract T createNodeModel();

  /** @return the number of views */
  protected abstract int getNrNodeViews();

  /**
   * @param viewIndex the view's index
   * @param nodeModel the model the view shows
   * @return a new view
   */
  public abstract NodeView<T> createNodeView(final int viewIndex, final T nodeModel);

  /** @return whether the node has a dialog */
  protected abstract boolean hasDialog();

  /** @return a new dialog */
  protected abstract NodeDialogPane createNodeDialogPane();
}
