package org.clustermodels.knime.nodes.hierarchy;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.progress.CancelledException;
import org.clustermodels.knime.logic.hierarchy.DendrogramModelContent;
import org.clustermodels.knime.logic.hierarchy.HierarchyNodeSettings;
import org.clustermodels.knime.logic.hierarchy.HierarchyOutputs;
import org.clustermodels.knime.logic.hierarchy.HierarchyResult;
import org.clustermodels.knime.logic.port.ClusterModelContent;
import org.clustermodels.knime.logic.profile.SegmentPictures;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.table.ColumnCheck;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.nodes.port.ClusterModelPortObject;
import org.clustermodels.knime.nodes.port.ClusterModelPortObjectSpec;
import org.clustermodels.knime.nodes.util.KnimeInternals;
import org.clustermodels.knime.nodes.util.KnimeProgress;
import org.clustermodels.knime.nodes.util.KnimeSettings;
import org.clustermodels.knime.nodes.util.KnimeTables;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * The node model of the Hierarchical Clustering and the Divisive Clustering nodes (their {@link NodeKind}): one
 * table in; out the table with the cluster column (and, with a minimum cluster size, the outlier and anomaly
 * score columns), the dendrogram model port and the segment profile. The node logic does the work
 * ({@link HierarchyNodeSettings}, {@link HierarchyOutputs}, the runs); this class translates KNIME's specs, rows,
 * progress and files. The model of the last execution is kept for the view and saved with the node's internals.
 *
 * @param <S> the node's settings
 */
final class HierarchyNodeModel<S extends HierarchyNodeSettings> extends NodeModel {
  /** Settings key of the column filter. */
  static final String KEY_COLUMNS = "columns";
  /** The internals file holding the model of the last execution, for the view. */
  static final String INTERNALS_FILE = "dendrogram.xml";
  private static final String INTERNALS_KEY = "dendrogram";
  /** The internals file holding the segment pictures of the last execution, for the view. */
  static final String PICTURES_FILE = "segment-pictures.xml";

  private final NodeKind<S> kind;
  private final SettingsModelColumnFilter2 columns = columnFilter();
  private S settings;
  private volatile DendrogramModelContent dendrogram;
  private volatile SegmentPictures pictures;

  /** @param kind which of the two nodes, with its default settings */
  HierarchyNodeModel(NodeKind<S> kind) {
    super(new PortType[] {BufferedDataTable.TYPE},
        new PortType[] {BufferedDataTable.TYPE, ClusterModelPortObject.TYPE, BufferedDataTable.TYPE});
    this.kind = kind;
    settings = kind.defaults();
  }

  /** @return the column filter under its key, offering the numeric (DoubleValue) columns */
  static SettingsModelColumnFilter2 columnFilter() {
    return new SettingsModelColumnFilter2(KEY_COLUMNS, DoubleValue.class);
  }

  /** @return the segment pictures of the last execution, or null (not executed, reset, or saved without them) */
  SegmentPictures pictures() {
    return pictures;
  }

  /** @return the model of the last execution, or null (not executed, or reset) */
  DendrogramModelContent dendrogram() {
    return dendrogram;
  }

  @Override
  protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
    DataTableSpec in = (DataTableSpec) inSpecs[0];
    try {
      settings.validate();
    } catch (SettingsException e) {
      throw KnimeSettings.invalid(e);
    }
    List<String> selected = selected(in);
    indices(selected, in);
    List<OutputColumn> appended = HierarchyOutputs.appendedColumns(settings, List.of(in.getColumnNames()));
    return new PortObjectSpec[] {new DataTableSpec(in, KnimeTables.tableSpec(appended)),
        new ClusterModelPortObjectSpec(ClusterModelContent.specOf(kind.spec().apply(settings, selected),
            settings.scaling())), KnimeTables.tableSpec(HierarchyOutputs.profileColumns(settings))};
  }

  @Override
  protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
    BufferedDataTable table = (BufferedDataTable) inObjects[0];
    DataTableSpec in = table.getDataTableSpec();
    List<String> selected = selected(in);
    MemoryCheck memory = MemoryCheck.runtime();
    TableRows rows = TableRows.read(table, indices(selected, in), selected, settings.missingValues(), memory,
        exec.createSubProgress(0.1));
    String warning = rows.training().warning();
    if (!warning.isEmpty()) {
      setWarningMessage(warning);
    }
    HierarchyResult result;
    try {
      result = kind.run().run(settings, rows.training().matrix(), rows.matrixRowKeys(),
          selected.toArray(String[]::new), new KnimeProgress(exec.createSubProgress(0.8)), memory);
    } catch (CancelledException e) {
      throw KnimeProgress.canceled(e);
    }
    List<OutputColumn> appended = HierarchyOutputs.appendedColumns(settings, List.of(in.getColumnNames()), result);
    ColumnRearranger rearranger = new ColumnRearranger(in);
    rearranger.append(new ClusterCells(appended, rows, result));
    BufferedDataTable out = exec.createColumnRearrangeTable(table, rearranger, exec.createSubProgress(0.1));
    BufferedDataTable profile = KnimeTables.table(exec, HierarchyOutputs.profile(rows.training().matrix(), selected,
        result));
    pictures = HierarchyOutputs.pictures(rows.training().matrix(), selected, result, settings);
    dendrogram = result.model();
    return new PortObject[] {out, new ClusterModelPortObject(ClusterModelContent.of(dendrogram)), profile};
  }

  /** The included columns of the filter, in the input's order. */
  private List<String> selected(DataTableSpec in) {
    return List.of(columns.applyTo(in).getIncludes());
  }

  /** Checks the selection (not empty, present, numeric) and finds the columns' positions. */
  private static int[] indices(List<String> selected, DataTableSpec in) throws InvalidSettingsException {
    try {
      return ColumnCheck.selectedNumeric(selected, KnimeTables.inputColumns(in));
    } catch (SettingsException e) {
      throw KnimeSettings.invalid(e);
    }
  }

  @Override
  protected void saveSettingsTo(NodeSettingsWO nodeSettings) {
    settings.saveTo(KnimeSettings.writer(nodeSettings));
    columns.saveSettingsTo(nodeSettings);
  }

  @Override
  protected void validateSettings(NodeSettingsRO nodeSettings) throws InvalidSettingsException {
    columns.validateSettings(nodeSettings);
    try {
      kind.loader().load(KnimeSettings.reader(nodeSettings));
    } catch (SettingsException e) {
      throw KnimeSettings.invalid(e);
    }
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO nodeSettings) throws InvalidSettingsException {
    columns.loadSettingsFrom(nodeSettings);
    try {
      settings = kind.loader().load(KnimeSettings.reader(nodeSettings));
    } catch (SettingsException e) {
      throw KnimeSettings.invalid(e);
    }
  }

  @Override
  protected void reset() {
    dendrogram = null;
    pictures = null;
  }

  @Override
  protected void saveInternals(File nodeInternDir, ExecutionMonitor exec)
      throws IOException, CanceledExecutionException {
    if (dendrogram == null) {
      return;
    }
    ModelContent content = new ModelContent(INTERNALS_KEY);
    dendrogram.saveTo(KnimeSettings.writer(content.addModelContent(INTERNALS_KEY)));
    try (OutputStream out = new BufferedOutputStream(new FileOutputStream(new File(nodeInternDir,
        INTERNALS_FILE)))) {
      content.saveToXML(out);
    }
    if (pictures != null) {
      KnimeInternals.save(nodeInternDir, PICTURES_FILE, pictures::saveTo);
    }
  }

  @Override
  protected void loadInternals(File nodeInternDir, ExecutionMonitor exec)
      throws IOException, CanceledExecutionException {
    File file = new File(nodeInternDir, INTERNALS_FILE);
    dendrogram = null;
    pictures = null;
    if (!file.isFile()) {
      return;
    }
    SettingsReader stored = KnimeInternals.load(nodeInternDir, PICTURES_FILE);
    try {
      pictures = stored == null ? null : SegmentPictures.loadFrom(stored);
    } catch (SettingsException e) {
      throw new IOException("The segment pictures of the last execution could not be read from " + PICTURES_FILE
          + ": " + e.getMessage(), e);
    }
    try (InputStream in = new BufferedInputStream(new FileInputStream(file))) {
      ModelContentRO content = ModelContent.loadFromXML(in);
      dendrogram = DendrogramModelContent.loadFrom(KnimeSettings.reader(content).getChild(INTERNALS_KEY));
    } catch (SettingsException e) {
      throw new IOException("The dendrogram of the last execution could not be read from " + file + ": "
          + e.getMessage(), e);
    }
  }
}
