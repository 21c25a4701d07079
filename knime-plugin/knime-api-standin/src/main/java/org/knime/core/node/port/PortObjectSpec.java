package org.knime.core.node.port;

import java.io.IOException;
import javax.swing.JComponent;

/** Stand-in for KNIME's PortObjectSpec, what a port carries at configure time. */
public interface PortObjectSpec {
  /** @return views of the spec */
  JComponent[] getViews();

  /**
   * Stand-in for the serializer KNIME uses to save and load a spec.
   *
   * @param <T> the spec type
   */
  abstract class PortObjectSpecSerializer<T extends PortObjectSpec> {
    /** Creates the serializer. */
    public PortObjectSpecSerializer() {
      throw new UnsupportedOperationException("stand-in");
    }

    /**
     * @param portObjectSpec the spec to save
     * @param out where to save it
     * @throws IOException if writing fails
     */
    public abstract void savePortObjectSpec(final T portObjectSpec, final PortObjectSpecZipOutputStream out)
        throws IOException;

    /**
     * @param in where to read from
     * @return the spec
     * @throws IOException if reading fails
     */
    public abstract T loadPortObjectSpec(final PortObjectSpecZipInputStream in) throws IOException;
  }
}
