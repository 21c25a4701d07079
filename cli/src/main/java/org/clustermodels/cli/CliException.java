package org.clustermodels.cli;

/**
 * Bad usage or bad input, found by the command line itself: reported as one line
 * {@code clustermodels: error: <message>} on stderr with exit code {@link Main#EXIT_BAD_INPUT}. The message must
 * name what is wrong (option, file, row or column).
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message what is wrong, naming the option, file, row or column */
  public CliException(String message) {
    super(message);
  }

  /**
   * @param message what is wrong
   * @param cause the underlying exception
   */
  public CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
