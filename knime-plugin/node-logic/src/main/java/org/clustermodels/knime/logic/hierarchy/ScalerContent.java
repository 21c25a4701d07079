package org.clustermodels.knime.logic.hierarchy;

import org.clustermodels.core.data.Scaler;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;

/**
 * Stores a fitted {@link Scaler} in model content as its standardisation, offsets and divisors, and rebuilds it
 * with {@link Scaler#of}, so a loaded model scales new rows bit for bit as the saved one did.
 */
final class ScalerContent {
  static final String KEY_STANDARDIZATION = "standardization";
  static final String KEY_OFFSETS = "offsets";
  static final String KEY_DIVISORS = "divisors";

  private ScalerContent() {
  }

  static void save(Scaler scaler, SettingsWriter writer) {
    writer.putString(KEY_STANDARDIZATION, SettingsValues.id(scaler.method()));
    writer.putDoubleArray(KEY_OFFSETS, scaler.offsets());
    writer.putDoubleArray(KEY_DIVISORS, scaler.divisors());
  }

  static Scaler load(SettingsReader reader, String option) throws SettingsException {
    Standardization method = SettingsValues.choice(reader, KEY_STANDARDIZATION, option,
        HierarchyNodeSettings::scalingFromId);
    double[] offsets = SettingsValues.read(reader, KEY_OFFSETS, option, SettingsReader::getDoubleArray);
    double[] divisors = SettingsValues.read(reader, KEY_DIVISORS, option, SettingsReader::getDoubleArray);
    try {
      return Scaler.of(method, offsets, divisors);
    } catch (IllegalArgumentException e) {
      throw new SettingsException(option + ": the stored scaling is invalid: " + e.getMessage(), e);
    }
  }
}
