package org.knime.core.node.port;

/** Stand-in for KNIME's registry of port types. */
public final class PortTypeRegistry {
  private PortTypeRegistry() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the registry */
  public static PortTypeRegistry getInstance() {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param portClass the port object class
   * @return its (mandatory) port type
   */
  public PortType getPortType(final Class<? extends PortObject> portClass) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param portClass the port object class
   * @param isOptional whether the port is optional
   * @return its port type
   */
  public PortType getPortType(final Class<? extends PortObject> portClass, final boolean isOptional) {
    throw new UnsupportedOperationException("stand-in");
  }
}
