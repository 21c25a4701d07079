package org.clustermodels.knime.nodes.hierarchy;

import javax.swing.JComboBox;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.SpinnerNumberModel;
import org.clustermodels.core.hierarchy.BisectingKMeansSplit;
import org.clustermodels.core.hierarchy.DivisiveMethod;
import org.clustermodels.knime.logic.hierarchy.DivisiveNodeSettings;
import org.clustermodels.knime.logic.hierarchy.HierarchyChoices;
import org.clustermodels.knime.logic.hierarchy.HierarchyChoices.Item;
import org.knime.core.node.InvalidSettingsException;

/**
 * The Divisive Clustering dialog: group "Clustering" holds the algorithm, the distance (DIANA only) and bisecting
 * k-means' split criterion, restarts and seed (enabled only for bisecting k-means; all are kept).
 */
final class DivisiveNodeDialog extends HierarchyNodeDialog<DivisiveNodeSettings> {
  private final JComboBox<Item<DivisiveMethod>> algorithm = combo(HierarchyChoices.algorithms());
  private final JComboBox<Item<BisectingKMeansSplit>> split = combo(HierarchyChoices.splits());
  private final JSpinner restarts = new JSpinner(new SpinnerNumberModel(DivisiveNodeSettings.DEFAULT_RESTARTS, 1,
      Integer.MAX_VALUE, 1));
  private final JTextField seed = new JTextField(12);

  DivisiveNodeDialog() {
    super(NodeKind.DIVISIVE);
    algorithm.addActionListener(e -> enableAlgorithm());
    metric().setToolTipText("DIANA only; bisecting k-means uses the Euclidean distance");
    layOut(new Form("Clustering").add(HierarchyChoices.ALGORITHM, algorithm).add(HierarchyChoices.METRIC, metric())
        .add(HierarchyChoices.SPLIT, split).add(HierarchyChoices.RESTARTS, restarts)
        .add(HierarchyChoices.SEED, seed));
  }

  @Override
  void showOwn(DivisiveNodeSettings settings) {
    select(algorithm, HierarchyChoices.algorithms(), settings.algorithm());
    select(split, HierarchyChoices.splits(), settings.split());
    restarts.setValue(settings.restarts());
    seed.setText(Long.toString(settings.seed()));
    enableAlgorithm();
  }

  @Override
  DivisiveNodeSettings fromControls() throws InvalidSettingsException {
    long s = parsed(seed, HierarchyChoices.SEED, "a whole number", Long::parseLong);
    DivisiveNodeSettings.Builder b = common(DivisiveNodeSettings.builder()).algorithm(selected(algorithm))
        .split(selected(split)).restarts(intValue(restarts, HierarchyChoices.RESTARTS)).seed(s);
    return built(b::build);
  }

  private void enableAlgorithm() {
    boolean diana = selected(algorithm) == DivisiveMethod.DIANA;
    metric().setEnabled(diana);
    split.setEnabled(!diana);
    restarts.setEnabled(!diana);
    seed.setEnabled(!diana);
  }
}
