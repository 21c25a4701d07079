package org.clustermodels.knime.logic.settings;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Test double for KNIME's settings: a reader and writer over an insertion-ordered map that remembers each value's
 * type, refuses reading a value as another type (as KNIME's config does) and prints itself as one
 * {@code key (type) = value} line per entry for snapshot tests of the frozen keys.
 */
public final class MapSettings implements SettingsReader, SettingsWriter {
  private final Map<String, Object> values = new LinkedHashMap<>();

  private void put(String key, Object value) {
    if (values.containsKey(key)) {
      throw new IllegalStateException("key written twice: " + key);
    }
    values.put(key, value);
  }

  private <T> T get(String key, Class<T> type) throws SettingsException {
    if (!values.containsKey(key)) {
      throw new SettingsException("Config for key \"" + key + "\" not found.");
    }
    Object v = values.get(key);
    if (v != null && !type.isInstance(v)) {
      throw new SettingsException("Type mismatch for key \"" + key + "\": " + v.getClass().getSimpleName()
          + ", not " + type.getSimpleName());
    }
    return type.cast(v);
  }

  private <T> T getNonNull(String key, Class<T> type) throws SettingsException {
    T v = get(key, type);
    if (v == null) {
      throw new SettingsException("Type mismatch for key \"" + key + "\": null, not " + type.getSimpleName());
    }
    return v;
  }

  @Override
  public boolean containsKey(String key) {
    return values.containsKey(key);
  }

  @Override
  public int getInt(String key) throws SettingsException {
    return getNonNull(key, Integer.class);
  }

  @Override
  public long getLong(String key) throws SettingsException {
    return getNonNull(key, Long.class);
  }

  @Override
  public double getDouble(String key) throws SettingsException {
    return getNonNull(key, Double.class);
  }

  @Override
  public boolean getBoolean(String key) throws SettingsException {
    return getNonNull(key, Boolean.class);
  }

  @Override
  public String getString(String key) throws SettingsException {
    return get(key, String.class);
  }

  @Override
  public String[] getStringArray(String key) throws SettingsException {
    return getNonNull(key, String[].class).clone();
  }

  @Override
  public double[] getDoubleArray(String key) throws SettingsException {
    return getNonNull(key, double[].class).clone();
  }

  @Override
  public int[] getIntArray(String key) throws SettingsException {
    return getNonNull(key, int[].class).clone();
  }

  @Override
  public SettingsReader getChild(String key) throws SettingsException {
    return getNonNull(key, MapSettings.class);
  }

  @Override
  public void putInt(String key, int value) {
    put(key, value);
  }

  @Override
  public void putLong(String key, long value) {
    put(key, value);
  }

  @Override
  public void putDouble(String key, double value) {
    put(key, value);
  }

  @Override
  public void putBoolean(String key, boolean value) {
    put(key, value);
  }

  @Override
  public void putString(String key, String value) {
    put(key, value);
  }

  @Override
  public void putStringArray(String key, String... v) {
    put(key, v.clone());
  }

  @Override
  public void putDoubleArray(String key, double... v) {
    put(key, v.clone());
  }

  @Override
  public void putIntArray(String key, int... v) {
    put(key, v.clone());
  }

  @Override
  public SettingsWriter addChild(String key) {
    MapSettings c = new MapSettings();
    put(key, c);
    return c;
  }

  /** @return one line per entry, {@code key (type) = value}, nested groups indented by two spaces */
  public List<String> lines() {
    List<String> out = new ArrayList<>();
    lines("", out);
    return out;
  }

  private void lines(String indent, List<String> out) {
    for (Map.Entry<String, Object> e : values.entrySet()) {
      Object v = e.getValue();
      if (v instanceof MapSettings m) {
        out.add(indent + e.getKey() + " (group)");
        m.lines(indent + "  ", out);
        continue;
      }
      String type = v == null ? "string" : switch (v.getClass().getSimpleName()) {
        case "Integer" -> "int";
        case "String[]" -> "string[]";
        case "double[]" -> "double[]";
        case "int[]" -> "int[]";
        default -> v.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
      };
      String shown = v instanceof String[] s ? Arrays.toString(s) : v instanceof double[] d ? Arrays.toString(d)
          : v instanceof int[] i ? Arrays.toString(i) : String.valueOf(v);
      out.add(indent + e.getKey() + " (" + type + ") = " + shown);
    }
  }

  @Override
  public String toString() {
    return String.join("\n", lines());
  }
}
