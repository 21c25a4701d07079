package org.knime.core.node.defaultnodesettings;

/** Stand-in for KNIME's SettingsModelDoubleBounded (a double within bounds). */
public class SettingsModelDoubleBounded extends SettingsModelDouble {
  /**
   * @param configName the key
   * @param defaultValue the default
   * @param minValue the smallest allowed value
   * @param maxValue the largest allowed value
   */
  public SettingsModelDoubleBounded(final String configName, final double defaultValue, final double minValue,
      final double maxValue) {
    super(null, 0);
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the smallest allowed value */
  public double getLowerBound() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the largest allowed value */
  public double getUpperBound() {
    throw new UnsupportedOperationException("stand-in");
  }
}
