package org.knime.core.node.defaultnodesettings;

import java.util.Collection;

/** Stand-in for KNIME's drop-down list component. */
public final class DialogComponentStringSelection extends DialogComponent {
  /**
   * @param stringModel the settings model
   * @param label the label
   * @param list the choices
   */
  public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
      final String... list) {
    super(null);
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param stringModel the settings model
   * @param label the label
   * @param list the choices
   */
  public DialogComponentStringSelection(final SettingsModelString stringModel, final String label,
      final Collection<String> list) {
    super(null);
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void setToolTipText(final String text) {
    throw new UnsupportedOperationException("stand-in");
  }
}
