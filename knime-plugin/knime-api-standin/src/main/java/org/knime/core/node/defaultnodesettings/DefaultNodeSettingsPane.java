package org.knime.core.node.defaultnodesettings;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/** Stand-in for KNIME's DefaultNodeSettingsPane: a dialog built from dialog components. */
public class DefaultNodeSettingsPane extends NodeDialogPane {
  /** Creates the dialog. */
  public DefaultNodeSettingsPane() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param diaC the component to add */
  public void addDialogComponent(final DialogComponent diaC) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param title the new group's title */
  public void createNewGroup(final String title) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** Ends the current group. */
  public void closeCurrentGroup() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param tabTitle the new tab's title */
  public void createNewTab(final String tabTitle) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param tabTitle the first tab's title */
  public void setDefaultTabTitle(final String tabTitle) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param horizontal whether further components go side by side */
  public void setHorizontalPlacement(final boolean horizontal) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public final void loadSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
      throws NotConfigurableException {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public final void saveSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param settings the settings to show
   * @param specs the input specs
   * @throws NotConfigurableException if the dialog cannot be opened
   */
  public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
      throws NotConfigurableException {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param settings where to write settings not held by components
   * @throws InvalidSettingsException if they are invalid
   */
  public void saveAdditionalSettingsTo(final NodeSettingsWO settings) throws InvalidSettingsException {
    throw new UnsupportedOperationException("stand-in");
  }
}
