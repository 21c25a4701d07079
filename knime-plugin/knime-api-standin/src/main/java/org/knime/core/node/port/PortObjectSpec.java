package org.knime.core.node.port;

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
  }
}
