package org.knime.core.node.port;

import javax.swing.JComponent;

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
  }
}
