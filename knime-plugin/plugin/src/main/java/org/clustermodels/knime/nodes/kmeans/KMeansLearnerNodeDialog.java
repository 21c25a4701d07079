package org.clustermodels.knime.nodes.kmeans;

import javax.swing.JScrollPane;
import org.clustermodels.knime.logic.kmeans.KMeansNodeSettings;
import org.clustermodels.knime.logic.kmeans.KMeansSettingsPanel;
import org.clustermodels.knime.logic.settings.SettingsException;
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
 * The k-Means Learner's dialog: the tab "Options" is the logic's {@link KMeansSettingsPanel}, loaded from and
 * stored as {@link KMeansNodeSettings} (so the dialog writes exactly what the node model reads); the tab "Columns"
 * is KNIME's column filter over the numeric columns, stored under the key "columns".
 */
public final class KMeansLearnerNodeDialog extends NodeDialogPane {
  private final KMeansSettingsPanel options = new KMeansSettingsPanel();
  private final DialogComponentColumnFilter2 columns =
      new DialogComponentColumnFilter2(KMeansLearnerNodeModel.columnsModel(), 0);

  KMeansLearnerNodeDialog() {
    addTab("Options", new JScrollPane(options));
    addTab("Columns", columns.getComponentPanel());
  }

  @Override
  protected void loadSettingsFrom(NodeSettingsRO settings, PortObjectSpec[] specs) throws NotConfigurableException {
    KnimeTables.requireNumericColumn(specs[0]);
    columns.loadSettingsFrom(settings, specs);
    KMeansNodeSettings s;
    try {
      s = KMeansNodeSettings.loadFrom(KnimeSettings.reader(settings));
    } catch (SettingsException e) {
      s = KMeansNodeSettings.defaults(); // settings of an older or damaged workflow: start from the defaults
    }
    options.load(s);
  }

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) throws InvalidSettingsException {
    try {
      options.settings().saveTo(KnimeSettings.writer(settings));
    } catch (SettingsException e) {
      throw KnimeSettings.invalid(e);
    }
    columns.saveSettingsTo(settings);
  }
}
