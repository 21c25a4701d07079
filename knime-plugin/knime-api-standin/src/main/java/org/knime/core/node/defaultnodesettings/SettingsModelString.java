package org.knime.core.node.defaultnodesettings;

/** Stand-in for KNIME's SettingsModelString. */
public class SettingsModelString extends SettingsModel {
  /**
   * @param configName the key
   * @param defaultValue the default
   */
  public SettingsModelString(final String configName, final String defaultValue) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the value */
  public String getStringValue() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param newValue the value */
  public void setStringValue(final String newValue) {
    throw new UnsupportedOperationException("stand-in");
  }
}
