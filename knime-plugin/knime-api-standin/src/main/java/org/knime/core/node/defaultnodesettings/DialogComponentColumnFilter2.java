package org.knime.core.node.defaultnodesettings;

/** Stand-in for KNIME's column filter component (include/exclude lists, type and pattern filters). */
public class DialogComponentColumnFilter2 extends DialogComponent {
  /**
   * @param model the settings model
   * @param inPortIdx the input port whose columns are listed
   */
  public DialogComponentColumnFilter2(final SettingsModelColumnFilter2 model, final int inPortIdx) {
    super(null);
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param title the include list's title */
  public void setIncludeTitle(final String title) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param title the exclude list's title */
  public void setExcludeTitle(final String title) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void setToolTipText(final String text) {
    throw new UnsupportedOperationException("stand-in");
  }
}
