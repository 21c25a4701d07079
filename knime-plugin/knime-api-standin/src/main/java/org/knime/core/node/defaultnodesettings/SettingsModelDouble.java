package org.knime.core.node.defaultnodesettings;

/** Stand-in for KNIME's SettingsModelDouble. */
public class SettingsModelDouble extends SettingsModelNumber {
  /**
   * @param configName the key
   * @param defaultValue the default
   */
  public SettingsModelDouble(final String configName, final double defaultValue) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the value */
  public double getDoubleValue() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param newValue the value */
  public void setDoubleValue(final double newValue) {
    throw new UnsupportedOperationException("stand-in");
  }
}
