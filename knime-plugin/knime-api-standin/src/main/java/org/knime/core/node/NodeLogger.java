package org.knime.core.node;

/** Stand-in for KNIME's NodeLogger. */
public final class NodeLogger {
  private NodeLogger() {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param c the class that logs
   * @return its logger
   */
  public static NodeLogger getLogger(final Class<?> c) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param o the message */
  public void debug(final Object o) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param o the message */
  public void info(final Object o) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param o the message */
  public void warn(final Object o) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param o the message */
  public void error(final Object o) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param o the message
   * @param t the cause
   */
  public void warn(final Object o, final Throwable t) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param o the message
   * @param t the cause
   */
  public void error(final Object o, final Throwable t) {
    throw new UnsupportedOperationException("stand-in");
  }
}
