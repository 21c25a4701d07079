package org.knime.core.node.defaultnodesettings;

import javax.swing.event.ChangeListener;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/** Stand-in for KNIME's SettingsModel: one stored setting shared by the node model and its dialog. */
public abstract class SettingsModel {
  /** Creates the model. */
  public SettingsModel() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param l notified on changes */
  public void addChangeListener(final ChangeListener l) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param l no longer notified */
  public void removeChangeListener(final ChangeListener l) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param enabled whether the setting is enabled */
  public void setEnabled(final boolean enabled) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return whether the setting is enabled */
  public boolean isEnabled() {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param settings the settings to check
   * @throws InvalidSettingsException if the value is missing or invalid
   */
  public final void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param settings the settings to read
   * @throws InvalidSettingsException if the value is missing or invalid
   */
  public final void loadSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param settings where to write the value */
  public final void saveSettingsTo(final NodeSettingsWO settings) {
    throw new UnsupportedOperationException("stand-in");
  }
}
