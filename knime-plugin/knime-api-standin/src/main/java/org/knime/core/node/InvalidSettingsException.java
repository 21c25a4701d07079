package org.knime.core.node;

/** Stand-in for KNIME's InvalidSettingsException (bundle org.knime.core.util). */
public class InvalidSettingsException extends Exception {
  /** @param s the message */
  public InvalidSettingsException(final String s) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param cause the cause */
  public InvalidSettingsException(final Throwable cause) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param msg the message
   * @param cause the cause
   */
  public InvalidSettingsException(final String msg, final Throwable cause) {
    throw new UnsupportedOperationException("stand-in");
  }
}
