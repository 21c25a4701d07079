package org.clustermodels.knime.nodes.util;

import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.config.ConfigRO;
import org.knime.core.node.config.ConfigWO;

/**
 * Adapts KNIME's node settings and model content to the KNIME-free {@link SettingsReader} and
 * {@link SettingsWriter} of the node logic, and translates the exceptions both ways: KNIME's
 * {@link InvalidSettingsException} becomes a {@link SettingsException} naming the key, and back.
 */
public final class KnimeSettings {
  private KnimeSettings() {
  }

  /**
   * @param settings a node's settings
   * @return a reader of them; nested groups are node settings too
   */
  public static SettingsReader reader(NodeSettingsRO settings) {
    return new Reader<>(settings, NodeSettingsRO::getNodeSettings);
  }

  /**
   * @param content model content (of a port object or spec)
   * @return a reader of it; nested groups are model content too
   */
  public static SettingsReader reader(ModelContentRO content) {
    return new Reader<>(content, ModelContentRO::getModelContent);
  }

  /**
   * @param settings a node's settings
   * @return a writer into them; nested groups are node settings too
   */
  public static SettingsWriter writer(NodeSettingsWO settings) {
    return new Writer<>(settings, NodeSettingsWO::addNodeSettings);
  }

  /**
   * @param content model content (of a port object or spec)
   * @return a writer into it; nested groups are model content too
   */
  public static SettingsWriter writer(ModelContentWO content) {
    return new Writer<>(content, ModelContentWO::addModelContent);
  }

  /**
   * @param e invalid settings found by the node logic
   * @return KNIME's exception with the same message (and {@code e} as its cause), for configure and validate
   */
  public static InvalidSettingsException invalid(SettingsException e) {
    return new InvalidSettingsException(e.getMessage(), e);
  }

  /** The nested group of a KNIME configuration under a key (a group of the same kind). */
  private interface ChildReader<C extends ConfigRO> {
    C child(C parent, String key) throws InvalidSettingsException;
  }

  /** A new nested group of a KNIME configuration under a key (a group of the same kind). */
  private interface ChildWriter<C extends ConfigWO> {
    C child(C parent, String key);
  }

  /** A KNIME getter that may fail with InvalidSettingsException. */
  private interface Getter<T> {
    T get() throws InvalidSettingsException;
  }

  /** Reads node settings or model content; each failure names the key. */
  private static final class Reader<C extends ConfigRO> implements SettingsReader {
    private final C config;
    private final ChildReader<C> children;

    Reader(C config, ChildReader<C> children) {
      this.config = config;
      this.children = children;
    }

    private static <T> T read(String key, Getter<T> getter) throws SettingsException {
      try {
        return getter.get();
      } catch (InvalidSettingsException e) {
        throw new SettingsException("Setting \"" + key + "\": " + e.getMessage(), e);
      }
    }

    @Override
    public boolean containsKey(String key) {
      return config.containsKey(key);
    }

    @Override
    public int getInt(String key) throws SettingsException {
      return read(key, () -> config.getInt(key));
    }

    @Override
    public long getLong(String key) throws SettingsException {
      return read(key, () -> config.getLong(key));
    }

    @Override
    public double getDouble(String key) throws SettingsException {
      return read(key, () -> config.getDouble(key));
    }

    @Override
    public boolean getBoolean(String key) throws SettingsException {
      return read(key, () -> config.getBoolean(key));
    }

    @Override
    public String getString(String key) throws SettingsException {
      return read(key, () -> config.getString(key));
    }

    @Override
    public String[] getStringArray(String key) throws SettingsException {
      return read(key, () -> config.getStringArray(key));
    }

    @Override
    public double[] getDoubleArray(String key) throws SettingsException {
      return read(key, () -> config.getDoubleArray(key));
    }

    @Override
    public int[] getIntArray(String key) throws SettingsException {
      return read(key, () -> config.getIntArray(key));
    }

    @Override
    public SettingsReader getChild(String key) throws SettingsException {
      return new Reader<>(read(key, () -> children.child(config, key)), children);
    }
  }

  /** Writes node settings or model content. */
  private static final class Writer<C extends ConfigWO> implements SettingsWriter {
    private final C config;
    private final ChildWriter<C> children;

    Writer(C config, ChildWriter<C> children) {
      this.config = config;
      this.children = children;
    }

    @Override
    public void putInt(String key, int value) {
      config.addInt(key, value);
    }

    @Override
    public void putLong(String key, long value) {
      config.addLong(key, value);
    }

    @Override
    public void putDouble(String key, double value) {
      config.addDouble(key, value);
    }

    @Override
    public void putBoolean(String key, boolean value) {
      config.addBoolean(key, value);
    }

    @Override
    public void putString(String key, String value) {
      config.addString(key, value);
    }

    @Override
    public void putStringArray(String key, String... values) {
      config.addStringArray(key, values);
    }

    @Override
    public void putDoubleArray(String key, double... values) {
      config.addDoubleArray(key, values);
    }

    @Override
    public void putIntArray(String key, int... values) {
      config.addIntArray(key, values);
    }

    @Override
    public SettingsWriter addChild(String key) {
      return new Writer<>(children.child(config, key), children);
    }
  }
}
