package org.knime.core.node.config.base;

/** Stand-in for KNIME's write access to a configuration, by key. */
public interface ConfigBaseWO {
  /**
   * @param key the key
   * @param value the value
   */
  void addInt(final String key, final int value);

  /**
   * @param key the key
   * @param value the value
   */
  void addLong(final String key, final long value);

  /**
   * @param key the key
   * @param value the value
   */
  void addDouble(final String key, final double value);

  /**
   * @param key the key
   * @param value the value
   */
  void addBoolean(final String key, final boolean value);

  /**
   * @param key the key
   * @param value the value
   */
  void addString(final String key, final String value);

  /**
   * @param key the key
   * @param values the values
   */
  void addIntArray(final String key, final int... values);

  /**
   * @param key the key
   * @param values the values
   */
  void addDoubleArray(final String key, final double... values);

  /**
   * @param key the key
   * @param values the values
   */
  void addStringArray(final String key, final String... values);
}
