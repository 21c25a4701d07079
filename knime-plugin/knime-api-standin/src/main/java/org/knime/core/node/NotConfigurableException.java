package org.knime.core.node;

/** Stand-in for KNIME's NotConfigurableException (a dialog cannot open). */
public class NotConfigurableException extends Exception {
  /** @param message the message */
  public NotConfigurableException(final String message) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param message the message
   * @param cause the cause
   */
  public NotConfigurableException(final String message, final Throwable cause) {
    throw new UnsupportedOperationException("stand-in");
  }
}
