package org.knime.core.node.port;

import javax.swing.JComponent;

import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;

/** Stand-in for KNIME's AbstractSimplePortObject: a port object saved as model content. */
public abstract class AbstractSimplePortObject implements PortObject {
  /** Creates the object (KNIME calls this no-argument constructor when it loads one). */
  public AbstractSimplePortObject() {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param model where to write the content
   * @param exec progress and cancel
   * @throws CanceledExecutionException if cancelled
   */
  protected abstract void save(final ModelContentWO model, final ExecutionMonitor exec)
      throws CanceledExecutionException;

  /**
   * @param model the content to read
   * @param spec the object's spec
   * @param exec progress and cancel
   * @throws InvalidSettingsException if the content is invalid
   * @throws CanceledExecutionException if cancelled
   */
  protected abstract void load(final ModelContentRO model, final PortObjectSpec spec, final ExecutionMonitor exec)
      throws InvalidSettingsException, CanceledExecutionException;

  @Override
  public JComponent[] getViews() {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * Stand-in for the serializer of simple port objects; subclass it with the concrete port object type.
   *
   * @param <T> the port object type
   */
  public abstract static class AbstractSimplePortObjectSerializer<T extends AbstractSimplePortObject>
      extends PortObjectSerializer<T> {
    /** Creates the serializer. */
    public AbstractSimplePortObjectSerializer() {
      throw new UnsupportedOperationException("stand-in");
    }
  }
}
