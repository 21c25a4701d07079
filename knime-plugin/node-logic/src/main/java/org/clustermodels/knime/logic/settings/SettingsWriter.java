package org.clustermodels.knime.logic.settings;

/**
 * Write access to node settings or model content, by key, without KNIME types. The KNIME glue implements it over
 * {@code NodeSettingsWO} / {@code ModelContentWO}; tests implement it over a map.
 */
public interface SettingsWriter {
  /**
   * @param key the key
   * @param value the value
   */
  void putInt(String key, int value);

  /**
   * @param key the key
   * @param value the value
   */
  void putLong(String key, long value);

  /**
   * @param key the key
   * @param value the value
   */
  void putDouble(String key, double value);

  /**
   * @param key the key
   * @param value the value
   */
  void putBoolean(String key, boolean value);

  /**
   * @param key the key
   * @param value the value, may be null
   */
  void putString(String key, String value);

  /**
   * @param key the key
   * @param values the values
   */
  void putStringArray(String key, String... values);

  /**
   * @param key the key
   * @param values the values
   */
  void putDoubleArray(String key, double... values);

  /**
   * @param key the key
   * @param values the values
   */
  void putIntArray(String key, int... values);

  /**
   * @param key the key of a nested group
   * @return a writer of the new group
   */
  SettingsWriter addChild(String key);
}
