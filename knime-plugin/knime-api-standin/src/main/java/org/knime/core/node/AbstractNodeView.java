package org.knime.core.node;

/**
 * Stand-in for KNIME's AbstractNodeView, the superclass of {@link NodeView}.
 *
 * @param <T> the model type
 */
public abstract class AbstractNodeView<T extends AbstractNodeView.ViewableModel> {
  /** @param viewableModel the model */
  protected AbstractNodeView(final T viewableModel) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the model */
  protected final T getViewableModel() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** Called when the model changed. */
  protected abstract void modelChanged();

  /** Marker of models that views can show. */
  public interface ViewableModel {
  }
}
