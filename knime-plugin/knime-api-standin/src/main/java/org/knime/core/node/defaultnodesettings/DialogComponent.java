package org.knime.core.node.defaultnodesettings;

import javax.swing.JPanel;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in for KNIME's DialogComponent: a Swing control bound to a settings model. */
public abstract class DialogComponent {
  /** @param model the settings model */
  public DialogComponent(final SettingsModel model) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the control's panel */
  public JPanel getComponentPanel() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the settings model */
  public final SettingsModel getModel() {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * Loads the settings model's value and shows it (a dialog that is not a DefaultNodeSettingsPane calls it).
   *
   * @param settings the settings to read
   * @param specs the input specs
   * @throws NotConfigurableException if the specs do not allow the control, e.g. no column of its types
   */
  public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
      throws NotConfigurableException {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * Writes the control's value through its settings model.
   *
   * @param settings where to write
   * @throws InvalidSettingsException if the value entered is invalid
   */
  public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param enabled whether the control is enabled */
  public final void setEnabled(final boolean enabled) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param text the tool tip */
  public abstract void setToolTipText(final String text);
}
