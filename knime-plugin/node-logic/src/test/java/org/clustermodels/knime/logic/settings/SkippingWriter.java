package org.clustermodels.knime.logic.settings;

import java.util.Set;

/**
 * Test helper: a writer that passes everything to another writer except the top-level values under some keys, so a
 * test can save an object and then put a broken value of its own under such a key.
 */
public final class SkippingWriter implements SettingsWriter {
  private final SettingsWriter target;
  private final Set<String> skipped;

  /**
   * @param target where the other values go
   * @param skipped the top-level keys left out
   */
  public SkippingWriter(SettingsWriter target, String... skipped) {
    this.target = target;
    this.skipped = Set.of(skipped);
  }

  @Override
  public void putInt(String key, int value) {
    if (!skipped.contains(key)) {
      target.putInt(key, value);
    }
  }

  @Override
  public void putLong(String key, long value) {
    if (!skipped.contains(key)) {
      target.putLong(key, value);
    }
  }

  @Override
  public void putDouble(String key, double value) {
    if (!skipped.contains(key)) {
      target.putDouble(key, value);
    }
  }

  @Override
  public void putBoolean(String key, boolean value) {
    if (!skipped.contains(key)) {
      target.putBoolean(key, value);
    }
  }

  @Override
  public void putString(String key, String value) {
    if (!skipped.contains(key)) {
      target.putString(key, value);
    }
  }

  @Override
  public void putStringArray(String key, String... values) {
    if (!skipped.contains(key)) {
      target.putStringArray(key, values);
    }
  }

  @Override
  public void putDoubleArray(String key, double... values) {
    if (!skipped.contains(key)) {
      target.putDoubleArray(key, values);
    }
  }

  @Override
  public void putIntArray(String key, int... values) {
    if (!skipped.contains(key)) {
      target.putIntArray(key, values);
    }
  }

  @Override
  public SettingsWriter addChild(String key) {
    return skipped.contains(key) ? new MapSettings() : target.addChild(key);
  }
}
