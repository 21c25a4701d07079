package org.clustermodels.knime.logic.kmeans;

import static org.clustermodels.knime.logic.kmeans.KMeansOption.ALGORITHM;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.AUTO_K;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.INIT;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.MAX_CLUSTERS;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.MAX_ITERATIONS;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.MIN_CLUSTERS;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.MISSING_VALUES;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.NUM_CLUSTERS;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.OUTLIER_FLAG;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.OUTLIER_QUANTILE;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.PMML_OUTPUT;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.RESTARTS;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.SCALING;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.SEED;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.THREADS;
import static org.clustermodels.knime.logic.kmeans.KMeansOption.TOLERANCE;

import java.awt.Component;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.text.ParseException;
import java.util.Random;
import javax.swing.BorderFactory;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JComponent;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.table.Choice;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.logic.table.Scaling;

/**
 * The k-Means learner's options as a Swing form, free of KNIME types: the glue's dialog shows it as its "Options"
 * tab, {@link #load}s the node's settings into it and stores {@link #settings()}, so the dialog writes exactly what
 * {@link KMeansNodeSettings#loadFrom} reads. Every option of {@link KMeansOption} has one control labelled with the
 * option's label, in four groups:
 * <ul>
 *   <li>"Clusters": number of clusters (k), choose k automatically, smallest k, largest k (k is disabled while k
 *       is chosen automatically, the range while it is not);</li>
 *   <li>"Algorithm": initialization, algorithm, restarts, maximum iterations, tolerance, random seed (with a button
 *       that draws a new one), threads;</li>
 *   <li>"Data": scaling, missing values;</li>
 *   <li>"Outputs": flag outliers, outlier quantile (enabled with the flag), output PMML.</li>
 * </ul>
 * Lists show the choices' labels; numbers typed but not yet committed count when the settings are read. Use on the
 * Swing event thread.
 */
public final class KMeansSettingsPanel extends JPanel {
  private static final long serialVersionUID = 1L;

  private final JSpinner numClusters = intSpinner(1);
  private final JCheckBox autoK = new JCheckBox(AUTO_K.label());
  private final JSpinner minClusters = intSpinner(2);
  private final JSpinner maxClusters = intSpinner(2);
  private final JComboBox<InitChoice> init = choices(InitChoice.values());
  private final JComboBox<AlgorithmChoice> algorithm = choices(AlgorithmChoice.values());
  private final JSpinner restarts = intSpinner(1);
  private final JSpinner maxIterations = intSpinner(1);
  private final JTextField tolerance = new JTextField(10);
  private final JTextField seed = new JTextField(18);
  private final JButton newSeed = new JButton("New");
  private final JSpinner threads = intSpinner(0);
  private final JComboBox<Scaling> scaling = choices(Scaling.values());
  private final JComboBox<MissingValuePolicy> missingValues = choices(MissingValuePolicy.values());
  private final JCheckBox outlierFlag = new JCheckBox(OUTLIER_FLAG.label());
  private final JSpinner outlierQuantile = new JSpinner(new SpinnerNumberModel(0.99, 0.0, 1.0, 0.01));
  private final JCheckBox pmmlOutput = new JCheckBox(PMML_OUTPUT.label());
  private final transient Random seeds = new Random();

  /** Creates the form showing the defaults. */
  public KMeansSettingsPanel() {
    setLayout(new BoxLayout(this, BoxLayout.Y_AXIS));
    outlierQuantile.setEditor(new JSpinner.NumberEditor(outlierQuantile, "0.0###"));
    tips();
    JPanel clusters = group("Clusters");
    row(clusters, NUM_CLUSTERS, numClusters);
    row(clusters, null, autoK);
    row(clusters, MIN_CLUSTERS, minClusters);
    row(clusters, MAX_CLUSTERS, maxClusters);
    JPanel fit = group("Algorithm");
    row(fit, INIT, init);
    row(fit, ALGORITHM, algorithm);
    row(fit, RESTARTS, restarts);
    row(fit, MAX_ITERATIONS, maxIterations);
    row(fit, TOLERANCE, tolerance);
    Box seedRow = Box.createHorizontalBox();
    seedRow.add(seed);
    seedRow.add(Box.createHorizontalStrut(4));
    seedRow.add(newSeed);
    row(fit, SEED, seedRow);
    row(fit, THREADS, threads);
    JPanel data = group("Data");
    row(data, SCALING, scaling);
    row(data, MISSING_VALUES, missingValues);
    JPanel outputs = group("Outputs");
    row(outputs, null, outlierFlag);
    row(outputs, OUTLIER_QUANTILE, outlierQuantile);
    row(outputs, null, pmmlOutput);
    for (JPanel p : new JPanel[] {clusters, fit, data, outputs}) {
      add(p);
    }
    add(Box.createVerticalGlue());
    autoK.addActionListener(e -> updateEnabled());
    outlierFlag.addActionListener(e -> updateEnabled());
    newSeed.addActionListener(e -> seed.setText(Long.toString(seeds.nextLong())));
    load(KMeansNodeSettings.defaults());
  }

  private void tips() {
    numClusters.setToolTipText("The number of clusters, when k is not chosen automatically");
    autoK.setToolTipText("Fit every k of the range and keep the one with the highest mean silhouette");
    minClusters.setToolTipText("The smallest k tried when k is chosen automatically (at least 2)");
    maxClusters.setToolTipText("The largest k tried when k is chosen automatically");
    init.setToolTipText("How the first centres are chosen");
    algorithm.setToolTipText("Automatic chooses Hamerly or Elkan; all but mini-batch give the same result");
    restarts.setToolTipText("Runs from different starting centres; the run with the lowest SSE is kept");
    maxIterations.setToolTipText("The iteration limit of each run");
    tolerance.setToolTipText("A run stops when the centres move less than this, relative to the mean column "
        + "variance");
    seed.setToolTipText("The random seed: the same seed gives the same clusters");
    newSeed.setToolTipText("Draw a new random seed");
    threads.setToolTipText("Threads for the restarts; 0 = all processors");
    scaling.setToolTipText("Column scaling before clustering; new rows are scaled the same way");
    missingValues.setToolTipText("What to do with a missing value in a selected column");
    outlierFlag.setToolTipText("Add a column that flags rows far from their centre");
    outlierQuantile.setToolTipText("A row is an outlier when it is farther from its centre than this quantile "
        + "of its cluster's distances");
    pmmlOutput.setToolTipText("Also output the model as a PMML 4.4 ClusteringModel document");
  }

  private static JSpinner intSpinner(int min) {
    JSpinner s = new JSpinner(new SpinnerNumberModel(Math.max(min, 1), min, Integer.MAX_VALUE, 1));
    s.setEditor(new JSpinner.NumberEditor(s, "0"));
    return s;
  }

  private static <E extends Enum<E> & Choice> JComboBox<E> choices(E[] values) {
    JComboBox<E> box = new JComboBox<>(values);
    box.setRenderer(new DefaultListCellRenderer() {
      private static final long serialVersionUID = 1L;

      @Override
      public Component getListCellRendererComponent(JList<?> list, Object value, int index, boolean selected,
          boolean focus) {
        return super.getListCellRendererComponent(list, value == null ? "" : ((Choice) value).label(), index,
            selected, focus);
      }
    });
    return box;
  }

  private static JPanel group(String title) {
    JPanel p = new JPanel(new GridBagLayout());
    p.setBorder(BorderFactory.createTitledBorder(title));
    p.setAlignmentX(LEFT_ALIGNMENT);
    return p;
  }

  /** Adds a row: the option's label (none for a check box, which carries its own) and the control. */
  private static void row(JPanel panel, KMeansOption option, JComponent control) {
    int y = panel.getComponentCount();
    GridBagConstraints c = new GridBagConstraints();
    c.gridy = y;
    c.insets = new Insets(2, 4, 2, 4);
    c.anchor = GridBagConstraints.WEST;
    if (option != null) {
      JLabel label = new JLabel(option.label() + ":");
      label.setLabelFor(control);
      c.gridx = 0;
      panel.add(label, c);
    }
    c.gridx = 1;
    c.weightx = 1;
    panel.add(control, c);
  }

  private void updateEnabled() {
    numClusters.setEnabled(!autoK.isSelected());
    minClusters.setEnabled(autoK.isSelected());
    maxClusters.setEnabled(autoK.isSelected());
    outlierQuantile.setEnabled(outlierFlag.isSelected());
  }

  /**
   * Shows settings.
   *
   * @param s the settings to show (valid ones: the spinners do not take values below their option's minimum)
   */
  public void load(KMeansNodeSettings s) {
    numClusters.setValue(s.numClusters());
    autoK.setSelected(s.autoK());
    minClusters.setValue(s.minClusters());
    maxClusters.setValue(s.maxClusters());
    init.setSelectedItem(s.init());
    algorithm.setSelectedItem(s.algorithm());
    restarts.setValue(s.restarts());
    maxIterations.setValue(s.maxIterations());
    tolerance.setText(Double.toString(s.tolerance()));
    seed.setText(Long.toString(s.seed()));
    threads.setValue(s.threads());
    scaling.setSelectedItem(s.scaling());
    missingValues.setSelectedItem(s.missingValues());
    outlierFlag.setSelected(s.outlierFlag());
    outlierQuantile.setValue(s.outlierQuantile());
    pmmlOutput.setSelected(s.pmmlOutput());
    updateEnabled();
  }

  /**
   * Reads the form, committing numbers typed into a spinner but not yet committed.
   *
   * @return the settings shown, validated
   * @throws SettingsException naming the option whose text is not a number of the option's kind, or (from
   *     {@link KMeansNodeSettings#validate()}) the first option out of range
   */
  public KMeansNodeSettings settings() throws SettingsException {
    KMeansNodeSettings s = KMeansNodeSettings.builder().numClusters(intOf(NUM_CLUSTERS, numClusters))
        .autoK(autoK.isSelected()).kRange(intOf(MIN_CLUSTERS, minClusters), intOf(MAX_CLUSTERS, maxClusters))
        .init(selected(init)).algorithm(selected(algorithm)).restarts(intOf(RESTARTS, restarts))
        .maxIterations(intOf(MAX_ITERATIONS, maxIterations)).tolerance(doubleOf(TOLERANCE, tolerance))
        .seed(longOf(SEED, seed)).threads(intOf(THREADS, threads)).scaling(selected(scaling))
        .missingValues(selected(missingValues)).outlierFlag(outlierFlag.isSelected())
        .outlierQuantile(committed(OUTLIER_QUANTILE, outlierQuantile).doubleValue())
        .pmmlOutput(pmmlOutput.isSelected()).build();
    s.validate();
    return s;
  }

  private static <E> E selected(JComboBox<E> box) {
    return box.getItemAt(box.getSelectedIndex());
  }

  private static int intOf(KMeansOption option, JSpinner spinner) throws SettingsException {
    return committed(option, spinner).intValue();
  }

  private static Number committed(KMeansOption option, JSpinner spinner) throws SettingsException {
    JSpinner.DefaultEditor editor = (JSpinner.DefaultEditor) spinner.getEditor();
    try {
      editor.commitEdit();
    } catch (ParseException e) {
      SpinnerNumberModel m = (SpinnerNumberModel) spinner.getModel();
      throw new SettingsException(option.named() + ": \"" + editor.getTextField().getText() + "\" is not a "
          + "number from " + m.getMinimum() + " to " + m.getMaximum() + ".", e);
    }
    return (Number) spinner.getValue();
  }

  private static double doubleOf(KMeansOption option, JTextField field) throws SettingsException {
    try {
      return Double.parseDouble(field.getText().strip());
    } catch (NumberFormatException e) {
      throw new SettingsException(option.named() + ": \"" + field.getText() + "\" is not a number.", e);
    }
  }

  private static long longOf(KMeansOption option, JTextField field) throws SettingsException {
    try {
      return Long.parseLong(field.getText().strip());
    } catch (NumberFormatException e) {
      throw new SettingsException(option.named() + ": \"" + field.getText() + "\" is not a whole number from "
          + Long.MIN_VALUE + " to " + Long.MAX_VALUE + ".", e);
    }
  }

  /**
   * The control of an option, for tests and for the glue's tool tips.
   *
   * @param option an option
   * @return its control (a spinner, check box, list or text field)
   */
  public JComponent control(KMeansOption option) {
    return switch (option) {
      case NUM_CLUSTERS -> numClusters;
      case AUTO_K -> autoK;
      case MIN_CLUSTERS -> minClusters;
      case MAX_CLUSTERS -> maxClusters;
      case INIT -> init;
      case ALGORITHM -> algorithm;
      case RESTARTS -> restarts;
      case MAX_ITERATIONS -> maxIterations;
      case TOLERANCE -> tolerance;
      case SCALING -> scaling;
      case SEED -> seed;
      case MISSING_VALUES -> missingValues;
      case THREADS -> threads;
      case OUTLIER_FLAG -> outlierFlag;
      case OUTLIER_QUANTILE -> outlierQuantile;
      case PMML_OUTPUT -> pmmlOutput;
    };
  }

  /** @return the button that draws a new random seed */
  public JButton newSeedButton() {
    return newSeed;
  }
}
