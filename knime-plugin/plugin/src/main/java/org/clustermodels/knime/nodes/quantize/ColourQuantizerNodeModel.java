package org.clustermodels.knime.nodes.quantize;

import java.io.File;
import java.io.IOException;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.progress.CancelledException;
import org.clustermodels.knime.logic.quantize.QuantizerNodeSettings;
import org.clustermodels.knime.logic.quantize.QuantizerResult;
import org.clustermodels.knime.logic.quantize.QuantizerRun;
import org.clustermodels.knime.logic.quantize.QuantizerViewData;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.nodes.util.KnimeInternals;
import org.clustermodels.knime.nodes.util.KnimeProgress;
import org.clustermodels.knime.nodes.util.KnimeSettings;
import org.clustermodels.knime.nodes.util.KnimeTables;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * The Colour Quantizer's node model: no input; configure checks the settings and files (the logic's
 * {@link QuantizerNodeSettings#checkFiles()}) and gives the two tables' fixed columns; execute runs the logic's
 * {@link QuantizerRun}, which writes the files, and outputs 0 the palette table and 1 the figures table. The
 * view's data is kept with the node's internals ({@value #VIEW_FILE} and the two images as PNG files).
 */
public final class ColourQuantizerNodeModel extends NodeModel {
  /** The internals file of the view's captions, palette and shares. */
  private static final String VIEW_FILE = "quantizer-view.xml";

  private QuantizerNodeSettings settings = QuantizerNodeSettings.defaults();
  /** Set by execute and loadInternals, read by the view on the Swing thread. */
  private volatile QuantizerViewData viewData;

  ColourQuantizerNodeModel() {
    super(0, 2);
  }

  /** @return what the view shows, or null before execution */
  QuantizerViewData viewData() {
    return viewData;
  }

  private static QuantizerNodeSettings read(NodeSettingsRO s) throws InvalidSettingsException {
    try {
      return QuantizerNodeSettings.loadFrom(KnimeSettings.reader(s));
    } catch (SettingsException e) {
      throw KnimeSettings.invalid(e);
    }
  }

  @Override
  protected void saveSettingsTo(NodeSettingsWO s) {
    settings.saveTo(KnimeSettings.writer(s));
  }

  @Override
  protected void validateSettings(NodeSettingsRO s) throws InvalidSettingsException {
    read(s);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO s) throws InvalidSettingsException {
    settings = read(s);
  }

  @Override
  protected DataTableSpec[] configure(DataTableSpec[] inSpecs) throws InvalidSettingsException {
    try {
      settings.checkFiles();
    } catch (SettingsException e) {
      throw KnimeSettings.invalid(e);
    }
    return new DataTableSpec[] {KnimeTables.tableSpec(QuantizerResult.paletteColumns()),
        KnimeTables.tableSpec(QuantizerResult.figuresColumns())};
  }

  @Override
  protected BufferedDataTable[] execute(BufferedDataTable[] inData, ExecutionContext exec) throws Exception {
    QuantizerResult result;
    try {
      result = QuantizerRun.run(settings, new KnimeProgress(exec.createSubProgress(0.9)), MemoryCheck.runtime());
    } catch (CancelledException e) {
      throw KnimeProgress.canceled(e);
    }
    if (!result.warnings().isEmpty()) {
      setWarningMessage(String.join("\n", result.warnings()));
    }
    viewData = result.viewData();
    return new BufferedDataTable[] {KnimeTables.table(exec, result.palette()),
        KnimeTables.table(exec, result.figures())};
  }

  @Override
  protected void reset() {
    viewData = null;
  }

  @Override
  protected void saveInternals(File dir, ExecutionMonitor exec) throws IOException {
    QuantizerViewData data = viewData;
    if (data != null) {
      KnimeInternals.save(dir, VIEW_FILE, data::saveTo);
      data.writeImages(dir.toPath());
    }
  }

  @Override
  protected void loadInternals(File dir, ExecutionMonitor exec) throws IOException {
    SettingsReader reader = KnimeInternals.load(dir, VIEW_FILE);
    try {
      viewData = reader == null ? null : QuantizerViewData.loadFrom(reader, dir.toPath());
    } catch (SettingsException e) {
      throw new IOException("The quantizer view data cannot be read: " + e.getMessage(), e);
    }
  }
}
