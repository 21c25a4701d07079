package org.knime.core.node.defaultnodesettings;

/** Stand-in for KNIME's check box component. */
public final class DialogComponentBoolean extends DialogComponent {
  /**
   * @param booleanModel the settings model
   * @param label the label
   */
  public DialogComponentBoolean(final SettingsModelBoolean booleanModel, final String label) {
    super(null);
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return whether the box is ticked */
  public boolean isSelected() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void setToolTipText(final String text) {
    throw new UnsupportedOperationException("stand-in");
  }
}
