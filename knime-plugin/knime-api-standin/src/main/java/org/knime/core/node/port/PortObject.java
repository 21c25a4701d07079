package org.knime.core.node.port;

import java.io.IOException;
import javax.swing.JComponent;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionMonitor;

/** Stand-in for KNIME's PortObject, the data that flows through a port. */
public interface PortObject {
  /** The generic port type. */
  PortType TYPE = unavailable();

  /** The optional generic port type. */
  PortType TYPE_OPTIONAL = unavailable();

  private static <V> V unavailable() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return a one-line summary */
  String getSummary();

  /** @return the spec */
  PortObjectSpec getSpec();

  /** @return views of the object */
  JComponent[] getViews();

  /**
   * Stand-in for the serializer KNIME uses to save and load a port object.
   *
   * @param <T> the port object type
   */
  abstract class PortObjectSerializer<T extends PortObject> {
    /** Creates the serializer. */
    public PortObjectSerializer() {
      throw new UnsupportedOperationException("stand-in");
    }

    /**
     * @param portObject the object to save
     * @param out where to save it
     * @param exec progress and cancellation
     * @throws IOException if writing fails
     * @throws CanceledExecutionException if cancelled
     */
    public abstract void savePortObject(final T portObject, final PortObjectZipOutputStream out,
        final ExecutionMonitor exec) throws IOException, CanceledExecutionException;

    /**
     * @param in where to read from
     * @param spec the object's spec
     * @param exec progress and cancellation
     * @return the object
     * @throws IOException if reading fails
     * @throws CanceledExecutionException if cancelled
     */
    public abstract T loadPortObject(final PortObjectZipInputStream in, final PortObjectSpec spec,
        final ExecutionMonitor exec) throws IOException, CanceledExecutionException;
  }
}
