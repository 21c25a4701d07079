package org.knime.core.node;

import java.awt.Component;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in for KNIME's classic Swing node dialog. */
public abstract class NodeDialogPane {
  /** Creates the dialog. */
  protected NodeDialogPane() {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param settings the settings to show
   * @param specs the input specs
   * @throws NotConfigurableException if the dialog cannot be opened
   */
  protected void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
      throws NotConfigurableException {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param settings the settings to show
   * @param specs the input table specs
   * @throws NotConfigurableException if the dialog cannot be opened
   */
  protected void loadSettingsFrom(final NodeSettingsRO settings, final DataTableSpec[] specs)
      throws NotConfigurableException {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param settings where to write the dialog's settings
   * @throws InvalidSettingsException if they are invalid
   */
  protected abstract void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException;

  /**
   * @param title the tab's title
   * @param comp the tab's content
   */
  protected final void addTab(final String title, final Component comp) {
    throw new UnsupportedOperationException("stand-in");
  }
}
