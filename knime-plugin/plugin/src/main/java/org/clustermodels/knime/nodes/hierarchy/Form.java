package org.clustermodels.knime.nodes.hierarchy;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import javax.swing.BorderFactory;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JPanel;

/** A titled group of dialog rows: a label and its control, or one control over both columns. */
final class Form {
  private final JPanel panel = new JPanel(new GridBagLayout());
  private int row;

  /** @param title the group's title */
  Form(String title) {
    panel.setBorder(BorderFactory.createTitledBorder(title));
  }

  /**
   * @param label the option's name
   * @param control its control
   * @return this form
   */
  Form add(String label, JComponent control) {
    JLabel text = new JLabel(label + ":");
    text.setLabelFor(control);
    panel.add(text, cell(0, 0, GridBagConstraints.NONE));
    panel.add(control, cell(1, 1, GridBagConstraints.HORIZONTAL));
    row++;
    return this;
  }

  /**
   * @param first the control in the label's column (e.g. a radio button)
   * @param second the control next to it
   * @return this form
   */
  Form add(JComponent first, JComponent second) {
    panel.add(first, cell(0, 0, GridBagConstraints.NONE));
    panel.add(second, cell(1, 1, GridBagConstraints.HORIZONTAL));
    row++;
    return this;
  }

  private GridBagConstraints cell(int column, double weight, int fill) {
    GridBagConstraints c = new GridBagConstraints();
    c.gridx = column;
    c.gridy = row;
    c.weightx = weight;
    c.fill = fill;
    c.anchor = GridBagConstraints.LINE_START;
    c.insets = new Insets(2, 4, 2, 4);
    return c;
  }

  /** @return the group's panel */
  JPanel panel() {
    return panel;
  }
}
