package org.knime.core.node.defaultnodesettings;

/** Stand-in for KNIME's SettingsModelInteger. */
public class SettingsModelInteger extends SettingsModelNumber {
  /**
   * @param configName the key
   * @param defaultValue the default
   */
  public SettingsModelInteger(final String configName, final int defaultValue) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the value */
  public int getIntValue() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param newValue the value */
  public void setIntValue(final int newValue) {
    throw new UnsupportedOperationException("stand-in");
  }
}
