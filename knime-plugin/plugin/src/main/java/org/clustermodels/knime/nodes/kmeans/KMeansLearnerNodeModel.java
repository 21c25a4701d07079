package org.clustermodels.knime.nodes.kmeans;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.progress.CancelledException;
import org.clustermodels.knime.logic.kmeans.KMeansLearner;
import org.clustermodels.knime.logic.kmeans.KMeansLearnerResult;
import org.clustermodels.knime.logic.kmeans.KMeansNodeSettings;
import org.clustermodels.knime.logic.kmeans.KMeansOutputs;
import org.clustermodels.knime.logic.kmeans.KMeansViewData;
import org.clustermodels.knime.logic.pmml.ClusteringPmml;
import org.clustermodels.knime.logic.port.ClusterModelContent;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.table.ColumnCheck;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.logic.table.TrainingRows;
import org.clustermodels.knime.nodes.port.ClusterModelPortObject;
import org.clustermodels.knime.nodes.port.ClusterModelPortObjectSpec;
import org.clustermodels.knime.nodes.util.KnimeInternals;
import org.clustermodels.knime.nodes.util.KnimeProgress;
import org.clustermodels.knime.nodes.util.KnimeSettings;
import org.clustermodels.knime.nodes.util.KnimeTables;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.AbstractCellFactory;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * The k-Means Learner's model. Settings: the logic's {@link KMeansNodeSettings} under its frozen keys, and the
 * numeric column filter under "columns". Configure checks both and gives the output specs from
 * {@link KMeansOutputs}; execute reads the selected columns into {@link TrainingRows}, runs
 * {@link KMeansLearner#run} and writes: 0 the input plus cluster, distance and (optional) outlier columns; 1 the
 * centres; 2 the model; 3 the PMML table; 4 the segment profile. The view's data is kept with the node's internals.
 */
public final class KMeansLearnerNodeModel extends NodeModel {
  /** The key of the column filter. */
  static final String CFG_COLUMNS = "columns";
  /** The internals file of the view's data. */
  private static final String VIEW_FILE = "kmeans-view.xml";
  /** Rows read between two checks for cancel. */
  private static final int CHECK_EVERY = 1024;

  private KMeansNodeSettings settings = KMeansNodeSettings.defaults();
  private final SettingsModelColumnFilter2 columns = columnsModel();
  /** Set by execute and loadInternals, read by the view on the Swing thread. */
  private volatile KMeansViewData viewData;

  KMeansLearnerNodeModel() {
    super(new PortType[] {BufferedDataTable.TYPE}, new PortType[] {BufferedDataTable.TYPE, BufferedDataTable.TYPE,
        ClusterModelPortObject.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE});
  }

  /** @return the column filter's settings model: numeric columns, key "columns" (the dialog's too) */
  static SettingsModelColumnFilter2 columnsModel() {
    return new SettingsModelColumnFilter2(CFG_COLUMNS, DoubleValue.class);
  }

  /** @return what the view shows, or null before execution */
  KMeansViewData viewData() {
    return viewData;
  }

  private static KMeansNodeSettings read(NodeSettingsRO s) throws InvalidSettingsException {
    try {
      return KMeansNodeSettings.loadFrom(KnimeSettings.reader(s));
    } catch (SettingsException e) {
      throw KnimeSettings.invalid(e);
    }
  }

  @Override
  protected void saveSettingsTo(NodeSettingsWO s) {
    settings.saveTo(KnimeSettings.writer(s));
    columns.saveSettingsTo(s);
  }

  @Override
  protected void validateSettings(NodeSettingsRO s) throws InvalidSettingsException {
    read(s);
    columns.validateSettings(s);
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO s) throws InvalidSettingsException {
    settings = read(s);
    columns.loadSettingsFrom(s);
  }

  /** The selected columns, checked against the table: present, numeric, at least one. */
  private List<String> selected(DataTableSpec spec) throws InvalidSettingsException {
    List<String> names = List.of(columns.applyTo(spec).getIncludes());
    try {
      ColumnCheck.selectedNumeric(names, KnimeTables.inputColumns(spec));
      settings.validate();
    } catch (SettingsException e) {
      throw KnimeSettings.invalid(e);
    }
    return names;
  }

  @Override
  protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
    DataTableSpec in = (DataTableSpec) inSpecs[0];
    List<String> selected = selected(in);
    List<OutputColumn> appended = KMeansOutputs.appendedColumns(settings, KnimeTables.names(in));
    return new PortObjectSpec[] {new DataTableSpec(in, KnimeTables.tableSpec(appended)),
        KnimeTables.tableSpec(KMeansOutputs.centreColumns(settings, selected)),
        new ClusterModelPortObjectSpec(KMeansOutputs.modelSpec(settings, selected)),
        KnimeTables.tableSpec(ClusteringPmml.tableColumns()),
        KnimeTables.tableSpec(KMeansOutputs.profileColumns(settings))};
  }

  @Override
  protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
    BufferedDataTable table = (BufferedDataTable) inObjects[0];
    DataTableSpec in = table.getDataTableSpec();
    List<String> selected = selected(in);
    TrainingRows rows = read(table, selected, exec.createSubProgress(0.1));
    KMeansLearnerResult result;
    try {
      result = KMeansLearner.run(settings, rows, new KnimeProgress(exec.createSubProgress(0.75)),
          MemoryCheck.runtime());
    } catch (CancelledException e) {
      throw KnimeProgress.canceled(e);
    }
    List<OutputColumn> appended = result.appendedColumns(KnimeTables.names(in));
    ColumnRearranger rearranger = new ColumnRearranger(in);
    rearranger.append(new AbstractCellFactory(KnimeTables.columnSpecs(appended)) {
      @Override
      public DataCell[] getCells(DataRow row, long rowIndex) {
        return KnimeTables.cells(appended, result.appendedCells((int) rowIndex));
      }
    });
    BufferedDataTable clustered = exec.createColumnRearrangeTable(table, rearranger, exec.createSubProgress(0.15));
    BufferedDataTable centres = KnimeTables.table(exec, result.centres());
    BufferedDataTable pmml = KnimeTables.table(exec,
        ClusteringPmml.table(settings.pmmlOutput() ? ClusteringPmml.of(result.model()) : null));
    if (!result.warnings().isEmpty()) {
      setWarningMessage(String.join("\n", result.warnings()));
    }
    viewData = result.viewData();
    BufferedDataTable profile = KnimeTables.table(exec, result.profile());
    return new PortObject[] {clustered, centres, new ClusterModelPortObject(ClusterModelContent.of(result.model())),
        pmml, profile};
  }

  /** Reads the selected columns of every row, with the settings' missing-value policy. */
  private TrainingRows read(BufferedDataTable table, List<String> selected, ExecutionMonitor exec)
      throws CanceledExecutionException {
    DataTableSpec spec = table.getDataTableSpec();
    int[] indices = selected.stream().mapToInt(spec::findColumnIndex).toArray();
    long n = table.size();
    TrainingRows.Builder rows = TrainingRows.builder(selected, settings.missingValues(), MemoryCheck.runtime())
        .expectRows(n);
    long i = 0;
    try (CloseableRowIterator it = table.iterator()) {
      while (it.hasNext()) {
        DataRow row = it.next();
        rows.add(row.getKey().getString(), KnimeTables.values(row, indices));
        if (++i % CHECK_EVERY == 0) {
          exec.checkCanceled();
          exec.setProgress(i / (double) n, String.format(Locale.ROOT, "Reading row %,d of %,d", i, n));
        }
      }
    }
    return rows.build();
  }

  @Override
  protected void reset() {
    viewData = null;
  }

  @Override
  protected void saveInternals(File dir, ExecutionMonitor exec) throws IOException {
    if (viewData != null) {
      KnimeInternals.save(dir, VIEW_FILE, viewData::saveTo);
    }
  }

  @Override
  protected void loadInternals(File dir, ExecutionMonitor exec) throws IOException {
    SettingsReader reader = KnimeInternals.load(dir, VIEW_FILE);
    try {
      viewData = reader == null ? null : KMeansViewData.loadFrom(reader);
    } catch (SettingsException e) {
      throw new IOException("The k-means view data cannot be read: " + e.getMessage(), e);
    }
  }
}
