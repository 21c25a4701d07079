package org.clustermodels.knime.nodes.quantize;

import org.clustermodels.knime.logic.quantize.QuantizerNodeSettings;
import org.clustermodels.knime.logic.quantize.QuantizerSettingsPanel;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.nodes.util.KnimeSettings;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;

/**
 * The Colour Quantizer's dialog: one tab "Options", the logic's {@link QuantizerSettingsPanel} (files chosen with
 * a plain Swing file chooser), loaded from and stored as {@link QuantizerNodeSettings}, so the dialog writes
 * exactly what the node model reads. Configure validates the values and files.
 */
public final class ColourQuantizerNodeDialog extends NodeDialogPane {
  private final QuantizerSettingsPanel options = new QuantizerSettingsPanel();

  ColourQuantizerNodeDialog() {
    addTab("Options", options);
  }

  @Override
  protected void loadSettingsFrom(NodeSettingsRO settings, PortObjectSpec[] specs) throws NotConfigurableException {
    QuantizerNodeSettings s;
    try {
      s = QuantizerNodeSettings.loadFrom(KnimeSettings.reader(settings));
    } catch (SettingsException e) {
      s = QuantizerNodeSettings.defaults(); // settings of an older or damaged workflow: start from the defaults
    }
    options.load(s);
  }

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {
    options.settings().saveTo(KnimeSettings.writer(settings));
  }
}
