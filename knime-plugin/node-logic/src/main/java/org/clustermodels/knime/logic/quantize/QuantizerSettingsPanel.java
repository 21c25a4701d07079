package org.clustermodels.knime.logic.quantize;

import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.io.File;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComponent;
import javax.swing.JFileChooser;
import javax.swing.JLabel;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import javax.swing.filechooser.FileNameExtensionFilter;

/**
 * The Colour Quantizer's dialog panel, free of KNIME types: the three files (each a text field with a
 * "Browse…" button opening a Swing file chooser), the number of colours, the sample size, the seed and the
 * overwrite policy, under the names of {@link QuantizerNodeSettings}. {@link #load} shows settings,
 * {@link #settings()} reads them back; the node validates them when it is configured. Use on the Swing event
 * thread.
 */
public final class QuantizerSettingsPanel extends JPanel {
  private static final long serialVersionUID = 1L;

  private final JTextField input = new JTextField(36);
  private final JSpinner numColors = new JSpinner(new SpinnerNumberModel(QuantizerNodeSettings.DEFAULT_NUM_COLORS, 1,
      Integer.MAX_VALUE, 1));
  private final JSpinner sampleSize = new JSpinner(new SpinnerNumberModel(1, 1, Integer.MAX_VALUE, 1000));
  private final JSpinner seed = new JSpinner(new SpinnerNumberModel(Long.valueOf(0), Long.valueOf(Long.MIN_VALUE),
      Long.valueOf(Long.MAX_VALUE), Long.valueOf(1)));
  private final JTextField output = new JTextField(36);
  private final JTextField palette = new JTextField(36);
  private final JCheckBox overwrite = new JCheckBox(QuantizerNodeSettings.OVERWRITE);
  private int row;

  /** Builds the panel showing the defaults. */
  public QuantizerSettingsPanel() {
    super(new GridBagLayout());
    addRow(QuantizerNodeSettings.INPUT, input, browse(input, false, "PNG images", "png"));
    addRow(QuantizerNodeSettings.NUM_COLORS, numColors, null);
    addRow(QuantizerNodeSettings.SAMPLE_SIZE, sampleSize, null);
    addRow(QuantizerNodeSettings.SEED, seed, null);
    addRow(QuantizerNodeSettings.OUTPUT, output, browse(output, true, "PNG images", "png"));
    addRow(QuantizerNodeSettings.PALETTE, palette, browse(palette, true, "PNG or SVG pictures", "png", "svg"));
    addRow("", overwrite, null);
    input.setToolTipText("The PNG image to quantise (opaque; palette and grey images are read as RGB)");
    numColors.setToolTipText("The palette size k: at least 1, at most the image's number of distinct colours");
    sampleSize.setToolTipText("The k-means is fitted on at most this many pixels (at least k); every pixel is "
        + "assigned");
    palette.setToolTipText("Optional: the palette as a strip of swatches (.png or .svg); empty for none");
    load(QuantizerNodeSettings.defaults());
  }

  private void addRow(String label, JComponent field, JComponent button) {
    Insets insets = new Insets(4, 6, 4, 6);
    add(new JLabel(label.isEmpty() ? "" : label + ":"), new GridBagConstraints(0, row, 1, 1, 0, 0,
        GridBagConstraints.LINE_START, GridBagConstraints.NONE, insets, 0, 0));
    add(field, new GridBagConstraints(1, row, 1, 1, 1, 0, GridBagConstraints.LINE_START,
        GridBagConstraints.HORIZONTAL, insets, 0, 0));
    if (button != null) {
      add(button, new GridBagConstraints(2, row, 1, 1, 0, 0, GridBagConstraints.LINE_START,
          GridBagConstraints.NONE, insets, 0, 0));
    }
    row++;
  }

  private JButton browse(JTextField field, boolean save, String description, String... extensions) {
    JButton b = new JButton("Browse\u2026");
    b.addActionListener(e -> {
      JFileChooser chooser = new JFileChooser();
      chooser.setFileFilter(new FileNameExtensionFilter(description, extensions));
      if (!field.getText().isBlank()) {
        chooser.setSelectedFile(new File(field.getText().trim()));
      }
      int answer = save ? chooser.showSaveDialog(this) : chooser.showOpenDialog(this);
      if (answer == JFileChooser.APPROVE_OPTION) {
        field.setText(chooser.getSelectedFile().getPath());
      }
    });
    return b;
  }

  /** @param s the settings to show */
  public void load(QuantizerNodeSettings s) {
    input.setText(s.inputFile());
    numColors.setValue(Math.max(1, s.numColors()));
    sampleSize.setValue(Math.max(1, s.sampleSize()));
    seed.setValue(s.seed());
    output.setText(s.outputFile());
    palette.setText(s.paletteFile());
    overwrite.setSelected(s.overwrite());
  }

  /** @return the settings shown (not validated: configure does that, naming the setting) */
  public QuantizerNodeSettings settings() {
    return new QuantizerNodeSettings(input.getText().trim(), (Integer) numColors.getValue(),
        (Integer) sampleSize.getValue(), ((Number) seed.getValue()).longValue(), output.getText().trim(),
        palette.getText().trim(), overwrite.isSelected());
  }

  /** @return the text field of the input file, for tests */
  JTextField inputField() {
    return input;
  }
}
