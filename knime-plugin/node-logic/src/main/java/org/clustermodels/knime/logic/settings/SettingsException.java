package org.clustermodels.knime.logic.settings;

/**
 * Settings that are missing, of the wrong type or invalid; the message says which option and why, in words a
 * KNIME user understands. The glue rethrows it as KNIME's {@code InvalidSettingsException} with the same message.
 */
public final class SettingsException extends Exception {
  private static final long serialVersionUID = 1L;

  /** @param message what is wrong, naming the option */
  public SettingsException(String message) {
    super(message);
  }

  /**
   * @param message what is wrong, naming the option
   * @param cause the underlying failure
   */
  public SettingsException(String message, Throwable cause) {
    super(message, cause);
  }
}
