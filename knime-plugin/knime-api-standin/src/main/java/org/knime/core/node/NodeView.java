package org.knime.core.node;

import java.awt.Component;
import java.awt.Container;

/**
 * Stand-in for KNIME's classic Swing NodeView.
 *
 * @param <T> the node model type
 */
public abstract class NodeView<T extends NodeModel> extends AbstractNodeView<T> {
  /** @param nodeModel the model the view shows */
  protected NodeView(final T nodeModel) {
    super(nodeModel);
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the model */
  protected T getNodeModel() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** Called when the view closes. */
  protected abstract void onClose();

  /** Called when the view opens. */
  protected abstract void onOpen();

  /** @param comp the view's content */
  protected final void setComponent(final Component comp) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the view's content */
  protected final Component getComponent() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the component exported as an image */
  protected Container getExportComponent() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param showIt whether to show "no data" when the model is empty */
  protected final void setShowNODATALabel(final boolean showIt) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param suffix appended to the view's title */
  protected final void setViewTitleSuffix(final String suffix) {
    throw new UnsupportedOperationException("stand-in");
  }
}
