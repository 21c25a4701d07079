package org.knime.core.node.port;

/** Stand-in for KNIME's PortType; obtain instances from {@link PortTypeRegistry}. */
public final class PortType {
  private PortType() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the type's name */
  public String getName() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return whether the port is optional */
  public boolean isOptional() {
    throw new UnsupportedOperationException("stand-in");
  }
}
