package org.clustermodels.knime.nodes.hierarchy;

import java.awt.BorderLayout;
import java.text.ParseException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.swing.Box;
import javax.swing.BoxLayout;
import javax.swing.ButtonGroup;
import javax.swing.JComboBox;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.knime.logic.hierarchy.ClusterCut;
import org.clustermodels.knime.logic.hierarchy.HierarchyChoices;
import org.clustermodels.knime.logic.hierarchy.HierarchyChoices.Item;
import org.clustermodels.knime.logic.hierarchy.HierarchyNodeSettings;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.nodes.util.KnimeSettings;
import org.clustermodels.knime.nodes.util.KnimeTables;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter2;
import org.knime.core.node.port.PortObjectSpec;

/**
 * The dialog of both nodes. Tab "Options": the node's own group "Clustering" (which holds the distance control
 * given by {@link #metric()}), then "Cut the tree by" (number of clusters or height; both numbers are kept),
 * "Data" (scaling, missing values) and "Output" (cluster column name, minimum cluster size, threads). Tab "Columns": KNIME's column
 * filter of the numeric columns. The dialog loads and saves through the logic's settings objects, so it stores
 * exactly what the node model reads; the settings are validated (e.g. a linkage that forbids the metric) before
 * they are saved, with the logic's message.
 *
 * @param <S> the node's settings
 */
abstract class HierarchyNodeDialog<S extends HierarchyNodeSettings> extends NodeDialogPane {
  private final NodeKind<S> kind;
  private final DialogComponentColumnFilter2 columns =
      new DialogComponentColumnFilter2(HierarchyNodeModel.columnFilter(), 0);
  private final JComboBox<Item<DistanceMetric>> metric = combo(HierarchyChoices.metrics());
  private final JComboBox<Item<Standardization>> scaling = combo(HierarchyChoices.scalings());
  private final JComboBox<Item<MissingValuePolicy>> missingValues = combo(HierarchyChoices.missingValues());
  private final JRadioButton byCount = new JRadioButton(HierarchyChoices.CUT_COUNT);
  private final JRadioButton byHeight = new JRadioButton(HierarchyChoices.CUT_HEIGHT);
  private final JSpinner count = new JSpinner(new SpinnerNumberModel(ClusterCut.DEFAULT_COUNT, 1,
      Integer.MAX_VALUE, 1));
  private final JTextField height = new JTextField(12);
  private final JTextField outputColumn = new JTextField(16);
  private final JSpinner threads = new JSpinner(new SpinnerNumberModel(0, 0, Short.MAX_VALUE, 1));
  private final JSpinner minClusterSize = new JSpinner(new SpinnerNumberModel(0, 0, Integer.MAX_VALUE, 1));

  /**
   * Creates the common controls; the subclass lays the dialog out with {@link #layOut(Form)}.
   *
   * @param kind which of the two nodes
   */
  HierarchyNodeDialog(NodeKind<S> kind) {
    this.kind = kind;
    ButtonGroup cut = new ButtonGroup();
    cut.add(byCount);
    cut.add(byHeight);
    byCount.addActionListener(e -> enableCut());
    byHeight.addActionListener(e -> enableCut());
    count.setToolTipText("The tree is cut into exactly this many clusters (at most the rows clustered)");
    height.setToolTipText("Rows stay in one cluster where every merge between them is at or below this height");
    threads.setToolTipText("0 = all processors");
    minClusterSize.setToolTipText("0 = off; from 2 on, rows in clusters with fewer rows are outliers and the "
        + "table gets the columns Outlier and Anomaly score");
  }

  /**
   * @param <T> the option's type
   * @param items the values with their texts
   * @return a combo box showing the texts
   */
  static <T> JComboBox<Item<T>> combo(List<Item<T>> items) {
    JComboBox<Item<T>> box = new JComboBox<>();
    items.forEach(box::addItem);
    return box;
  }

  /**
   * @param <T> the option's type
   * @param box a combo box of {@link #combo}
   * @return the value selected
   */
  static <T> T selected(JComboBox<Item<T>> box) {
    return box.getItemAt(box.getSelectedIndex()).value();
  }

  /**
   * @param <T> the option's type
   * @param box a combo box of {@link #combo}
   * @param items the items it shows
   * @param value the value to select
   */
  static <T> void select(JComboBox<Item<T>> box, List<Item<T>> items, T value) {
    box.setSelectedItem(HierarchyChoices.itemOf(items, value));
  }

  /**
   * @param spinner a spinner of ints
   * @param option the option's name for the message
   * @return the value typed or chosen
   * @throws InvalidSettingsException naming the option if the text typed is not a number in range
   */
  static int intValue(JSpinner spinner, String option) throws InvalidSettingsException {
    try {
      spinner.commitEdit();
    } catch (ParseException e) {
      throw new InvalidSettingsException("Option \"" + option + "\": the value typed is not a whole number in "
          + "range", e);
    }
    return ((Number) spinner.getValue()).intValue();
  }

  /**
   * @param <T> the value's type
   * @param field a text field
   * @param option the option's name for the message
   * @param what what the text must be, for the message, e.g. "a number"
   * @param parse the parser, throwing NumberFormatException
   * @return the value typed
   * @throws InvalidSettingsException naming the option and the text if it does not parse
   */
  static <T> T parsed(JTextField field, String option, String what, Function<String, T> parse)
      throws InvalidSettingsException {
    try {
      return parse.apply(field.getText().strip());
    } catch (NumberFormatException e) {
      throw new InvalidSettingsException("Option \"" + option + "\": \"" + field.getText() + "\" is not " + what, e);
    }
  }

  /** @return the distance control, for the node's own group */
  final JComboBox<Item<DistanceMetric>> metric() {
    return metric;
  }

  /**
   * Builds the two tabs.
   *
   * @param own the node's own group, with {@link #metric()} in it
   */
  final void layOut(Form own) {
    Form cut = new Form(HierarchyChoices.CUT_MODE).add(byCount, count).add(byHeight, height);
    Form data = new Form("Data").add(HierarchyChoices.SCALING, scaling)
        .add(HierarchyChoices.MISSING_VALUES, missingValues);
    Form output = new Form("Output").add(HierarchyChoices.OUTPUT_COLUMN, outputColumn)
        .add(HierarchyChoices.MIN_CLUSTER_SIZE, minClusterSize).add(HierarchyChoices.THREADS, threads);
    JPanel groups = new JPanel();
    groups.setLayout(new BoxLayout(groups, BoxLayout.Y_AXIS));
    for (Form f : List.of(own, cut, data, output)) {
      groups.add(f.panel());
    }
    groups.add(Box.createVerticalGlue());
    JPanel options = new JPanel(new BorderLayout());
    options.add(groups, BorderLayout.NORTH);
    addTab("Options", options);
    addTab("Columns", columns.getComponentPanel());
  }

  /** Shows the node's own options. */
  abstract void showOwn(S settings);

  /**
   * @return the settings the controls show
   * @throws InvalidSettingsException naming the option whose value is out of range
   */
  abstract S fromControls() throws InvalidSettingsException;

  @Override
  protected final void loadSettingsFrom(NodeSettingsRO settings, PortObjectSpec[] specs)
      throws NotConfigurableException {
    KnimeTables.requireNumericColumn(specs[0]);
    columns.loadSettingsFrom(settings, specs);
    S s;
    try {
      s = kind.loader().load(KnimeSettings.reader(settings));
    } catch (SettingsException e) {
      s = kind.defaults();
    }
    select(metric, HierarchyChoices.metrics(), s.metric());
    select(scaling, HierarchyChoices.scalings(), s.scaling());
    select(missingValues, HierarchyChoices.missingValues(), s.missingValues());
    ClusterCut cut = s.cut();
    (cut.isByCount() ? byCount : byHeight).setSelected(true);
    count.setValue(cut.count());
    height.setText(Double.toString(cut.height()));
    outputColumn.setText(s.outputColumn());
    threads.setValue(s.threads());
    minClusterSize.setValue(s.minClusterSize());
    showOwn(s);
    enableCut();
  }

  @Override
  protected final void saveSettingsTo(NodeSettingsWO settings) throws InvalidSettingsException {
    S s = fromControls();
    try {
      s.validate();
    } catch (SettingsException e) {
      throw KnimeSettings.invalid(e);
    }
    columns.saveSettingsTo(settings);
    s.saveTo(KnimeSettings.writer(settings));
  }

  /**
   * Sets the common options on a builder of the node's settings.
   *
   * @param <B> the builder
   * @param builder the builder
   * @return the builder
   * @throws InvalidSettingsException naming the option whose text is not a number or whose value is out of range
   */
  final <B extends HierarchyNodeSettings.Builder<B>> B common(B builder) throws InvalidSettingsException {
    double h = parsed(height, HierarchyChoices.CUT_HEIGHT, "a number", Double::parseDouble);
    int k = intValue(count, HierarchyChoices.CUT_COUNT);
    int t = intValue(threads, HierarchyChoices.THREADS);
    int m = intValue(minClusterSize, HierarchyChoices.MIN_CLUSTER_SIZE);
    try {
      return builder.metric(selected(metric)).scaling(selected(scaling)).missingValues(selected(missingValues))
          .cut(ClusterCut.of(byCount.isSelected() ? ClusterCut.Mode.COUNT : ClusterCut.Mode.HEIGHT, k, h))
          .threads(t).outputColumn(outputColumn.getText()).minClusterSize(m);
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(e.getMessage(), e);
    }
  }

  /**
   * Builds the settings, turning a value out of range into KNIME's exception with the logic's message.
   *
   * @param <T> the settings
   * @param build the builder's build
   * @return the settings
   * @throws InvalidSettingsException with the logic's message
   */
  static <T> T built(Supplier<T> build) throws InvalidSettingsException {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new InvalidSettingsException(e.getMessage(), e);
    }
  }

  private void enableCut() {
    count.setEnabled(byCount.isSelected());
    height.setEnabled(byHeight.isSelected());
  }
}
