package org.knime.core.node;

/** Stand-in for KNIME's CanceledExecutionException. */
public class CanceledExecutionException extends Exception {
  /** Creates the exception. */
  public CanceledExecutionException() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param s the message */
  public CanceledExecutionException(final String s) {
    throw new UnsupportedOperationException("stand-in");
  }
}
