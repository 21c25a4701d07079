package org.knime.core.node.port;

import javax.swing.JComponent;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/** Stand-in for KNIME's AbstractSimplePortObjectSpec: a spec saved as model content. */
public abstract class AbstractSimplePortObjectSpec implements PortObjectSpec {
  /** Creates the spec (KNIME calls this no-argument constructor when it loads one). */
  public AbstractSimplePortObjectSpec() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param model where to write the content */
  protected abstract void save(final ModelContentWO model);

  /**
   * @param model the content to read
   * @throws InvalidSettingsException if the content is invalid
   */
  protected abstract void load(final ModelContentRO model) throws InvalidSettingsException;

  @Override
  public JComponent[] getViews() {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * Stand-in for the serializer of simple specs; subclass it with the concrete spec type.
   *
   * @param <T> the spec type
   */
  public abstract static class AbstractSimplePortObjectSpecSerializer<T extends AbstractSimplePortObjectSpec>
      extends PortObjectSpecSerializer<T> {
    /** Creates the serializer. */
    public AbstractSimplePortObjectSpecSerializer() {
      throw new UnsupportedOperationException("stand-in");
    }
  }
}
