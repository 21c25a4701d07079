package org.knime.core.node.defaultnodesettings;

/** Stand-in for KNIME's SettingsModelNumber, the superclass of the numeric settings models. */
public abstract class SettingsModelNumber extends SettingsModel {
  /** Creates the model. */
  public SettingsModelNumber() {
    throw new UnsupportedOperationException("stand-in");
  }
}
