package org.knime.core.node.defaultnodesettings;

/** Stand-in for KNIME's SettingsModelIntegerBounded (an int within bounds). */
public class SettingsModelIntegerBounded extends SettingsModelInteger {
  /**
   * @param configName the key
   * @param defaultValue the default
   * @param minValue the smallest allowed value
   * @param maxValue the largest allowed value
   */
  public SettingsModelIntegerBounded(final String configName, final int defaultValue, final int minValue,
      final int maxValue) {
    super(null, 0);
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the smallest allowed value */
  public int getLowerBound() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the largest allowed value */
  public int getUpperBound() {
    throw new UnsupportedOperationException("stand-in");
  }
}
