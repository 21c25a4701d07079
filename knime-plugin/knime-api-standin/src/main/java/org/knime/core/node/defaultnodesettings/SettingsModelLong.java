package org.knime.core.node.defaultnodesettings;

/** Stand-in for KNIME's SettingsModelLong. */
public class SettingsModelLong extends SettingsModelNumber {
  /**
   * @param configName the key
   * @param defaultValue the default
   */
  public SettingsModelLong(final String configName, final long defaultValue) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the value */
  public long getLongValue() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param newValue the value */
  public void setLongValue(final long newValue) {
    throw new UnsupportedOperationException("stand-in");
  }
}
