package org.knime.core.node.defaultnodesettings;

/** Stand-in for KNIME's SettingsModelBoolean. */
public class SettingsModelBoolean extends SettingsModel {
  /**
   * @param configName the key
   * @param defaultValue the default
   */
  public SettingsModelBoolean(final String configName, final boolean defaultValue) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the value */
  public boolean getBooleanValue() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param newValue the value */
  public void setBooleanValue(final boolean newValue) {
    throw new UnsupportedOperationException("stand-in");
  }
}
