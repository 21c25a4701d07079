package org.knime.core.node.defaultnodesettings;

import javax.swing.JPanel;

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

  /** @param enabled whether the control is enabled */
  public final void setEnabled(final boolean enabled) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param text the tool tip */
  public abstract void setToolTipText(final String text);
}
