package org.clustermodels.knime.logic.hierarchy;

import org.clustermodels.knime.logic.settings.SettingsWriter;

/**
 * A writer that passes everything on to another one, except one key (in any group), which it drops or replaces
 * by another value: for tests of what loading makes of damaged content.
 */
final class Tamper implements SettingsWriter {
  private final SettingsWriter out;
  private final String key;
  private final Object replacement;

  /**
   * @param out where to write
   * @param key the key to drop or replace
   * @param replacement its new value (Integer, Long, Double, String, int[], double[], String[]), or null to drop it
   */
  Tamper(SettingsWriter out, String key, Object replacement) {
    this.out = out;
    this.key = key;
    this.replacement = replacement;
  }

  private boolean replaced(String k) {
    if (!k.equals(key)) {
      return false;
    }
    if (replacement instanceof Integer v) {
      out.putInt(k, v);
    } else if (replacement instanceof Long v) {
      out.putLong(k, v);
    } else if (replacement instanceof Double v) {
      out.putDouble(k, v);
    } else if (replacement instanceof String v) {
      out.putString(k, v);
    } else if (replacement instanceof int[] v) {
      out.putIntArray(k, v);
    } else if (replacement instanceof double[] v) {
      out.putDoubleArray(k, v);
    } else if (replacement instanceof String[] v) {
      out.putStringArray(k, v);
    }
    return true;
  }

  @Override
  public void putInt(String k, int value) {
    if (!replaced(k)) {
      out.putInt(k, value);
    }
  }

  @Override
  public void putLong(String k, long value) {
    if (!replaced(k)) {
      out.putLong(k, value);
    }
  }

  @Override
  public void putDouble(String k, double value) {
    if (!replaced(k)) {
      out.putDouble(k, value);
    }
  }

  @Override
  public void putBoolean(String k, boolean value) {
    if (!replaced(k)) {
      out.putBoolean(k, value);
    }
  }

  @Override
  public void putString(String k, String value) {
    if (!replaced(k)) {
      out.putString(k, value);
    }
  }

  @Override
  public void putStringArray(String k, String... values) {
    if (!replaced(k)) {
      out.putStringArray(k, values);
    }
  }

  @Override
  public void putDoubleArray(String k, double... values) {
    if (!replaced(k)) {
      out.putDoubleArray(k, values);
    }
  }

  @Override
  public void putIntArray(String k, int... values) {
    if (!replaced(k)) {
      out.putIntArray(k, values);
    }
  }

  @Override
  public SettingsWriter addChild(String k) {
    return new Tamper(out.addChild(k), key, replacement);
  }
}
