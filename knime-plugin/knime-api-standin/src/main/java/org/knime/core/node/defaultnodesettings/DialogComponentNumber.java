package org.knime.core.node.defaultnodesettings;

/** Stand-in for KNIME's number spinner component. */
public class DialogComponentNumber extends DialogComponent {
  /**
   * @param numberModel the settings model
   * @param label the label
   * @param stepSize the spinner's step
   */
  public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize) {
    super(null);
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param numberModel the settings model
   * @param label the label
   * @param stepSize the spinner's step
   * @param compWidth the width in columns
   */
  public DialogComponentNumber(final SettingsModelNumber numberModel, final String label, final Number stepSize,
      final int compWidth) {
    super(null);
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void setToolTipText(final String text) {
    throw new UnsupportedOperationException("stand-in");
  }
}
