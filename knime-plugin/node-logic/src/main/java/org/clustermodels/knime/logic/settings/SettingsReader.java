package org.clustermodels.knime.logic.settings;

/**
 * Read access to stored node settings or model content, by key, without KNIME types. The KNIME glue implements
 * it over {@code NodeSettingsRO} / {@code ModelContentRO} (translating {@code InvalidSettingsException} into
 * {@link SettingsException}); tests implement it over a map.
 */
public interface SettingsReader {
  /**
   * @param key a key
   * @return whether a value is stored under the key
   */
  boolean containsKey(String key);

  /**
   * @param key a key
   * @return the int stored under the key
   * @throws SettingsException if the key is absent or holds another type
   */
  int getInt(String key) throws SettingsException;

  /**
   * @param key a key
   * @return the long stored under the key
   * @throws SettingsException if the key is absent or holds another type
   */
  long getLong(String key) throws SettingsException;

  /**
   * @param key a key
   * @return the double stored under the key
   * @throws SettingsException if the key is absent or holds another type
   */
  double getDouble(String key) throws SettingsException;

  /**
   * @param key a key
   * @return the boolean stored under the key
   * @throws SettingsException if the key is absent or holds another type
   */
  boolean getBoolean(String key) throws SettingsException;

  /**
   * @param key a key
   * @return the string stored under the key (may be null if null was stored)
   * @throws SettingsException if the key is absent or holds another type
   */
  String getString(String key) throws SettingsException;

  /**
   * @param key a key
   * @return the strings stored under the key
   * @throws SettingsException if the key is absent or holds another type
   */
  String[] getStringArray(String key) throws SettingsException;

  /**
   * @param key a key
   * @return the doubles stored under the key
   * @throws SettingsException if the key is absent or holds another type
   */
  double[] getDoubleArray(String key) throws SettingsException;

  /**
   * @param key a key
   * @return the ints stored under the key
   * @throws SettingsException if the key is absent or holds another type
   */
  int[] getIntArray(String key) throws SettingsException;

  /**
   * @param key the key of a nested group
   * @return a reader of the group
   * @throws SettingsException if no group is stored under the key
   */
  SettingsReader getChild(String key) throws SettingsException;
}
