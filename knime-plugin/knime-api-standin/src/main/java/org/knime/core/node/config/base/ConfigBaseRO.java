package org.knime.core.node.config.base;

import org.knime.core.node.InvalidSettingsException;

/** Stand-in for KNIME's read access to a configuration, by key. */
public interface ConfigBaseRO extends Iterable<String> {
  /**
   * @param key a key
   * @return whether the key is present
   */
  boolean containsKey(final String key);

  /**
   * @param key the key
   * @return the value
   * @throws InvalidSettingsException if absent or of another type
   */
  int getInt(final String key) throws InvalidSettingsException;

  /**
   * @param key the key
   * @param def the default
   * @return the value, or the default
   */
  int getInt(final String key, final int def);

  /**
   * @param key the key
   * @return the value
   * @throws InvalidSettingsException if absent or of another type
   */
  long getLong(final String key) throws InvalidSettingsException;

  /**
   * @param key the key
   * @param def the default
   * @return the value, or the default
   */
  long getLong(final String key, final long def);

  /**
   * @param key the key
   * @return the value
   * @throws InvalidSettingsException if absent or of another type
   */
  double getDouble(final String key) throws InvalidSettingsException;

  /**
   * @param key the key
   * @param def the default
   * @return the value, or the default
   */
  double getDouble(final String key, final double def);

  /**
   * @param key the key
   * @return the value
   * @throws InvalidSettingsException if absent or of another type
   */
  boolean getBoolean(final String key) throws InvalidSettingsException;

  /**
   * @param key the key
   * @param def the default
   * @return the value, or the default
   */
  boolean getBoolean(final String key, final boolean def);

  /**
   * @param key the key
   * @return the value
   * @throws InvalidSettingsException if absent or of another type
   */
  String getString(final String key) throws InvalidSettingsException;

  /**
   * @param key the key
   * @param def the default
   * @return the value, or the default
   */
  String getString(final String key, final String def);

  /**
   * @param key the key
   * @return the values
   * @throws InvalidSettingsException if absent or of another type
   */
  int[] getIntArray(final String key) throws InvalidSettingsException;

  /**
   * @param key the key
   * @return the values
   * @throws InvalidSettingsException if absent or of another type
   */
  double[] getDoubleArray(final String key) throws InvalidSettingsException;

  /**
   * @param key the key
   * @return the values
   * @throws InvalidSettingsException if absent or of another type
   */
  String[] getStringArray(final String key) throws InvalidSettingsException;
}
