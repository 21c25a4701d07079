package org.clustermodels.knime.nodes.assign;

import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.clustermodels.knime.logic.assign.AssignedColumns;
import org.clustermodels.knime.logic.assign.CentreModel;
import org.clustermodels.knime.logic.assign.ClusterModelSpec;
import org.clustermodels.knime.logic.assign.NearestCentreAssigner;
import org.clustermodels.knime.logic.assign.RowAssignment;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.table.ColumnCheck;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.nodes.port.ClusterModelPortObject;
import org.clustermodels.knime.nodes.port.ClusterModelPortObjectSpec;
import org.clustermodels.knime.nodes.util.KnimeSettings;
import org.clustermodels.knime.nodes.util.KnimeTables;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.AbstractCellFactory;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * The Cluster Assigner's model: in 0 the model, in 1 the table; out the table plus {@link AssignedColumns} (the
 * cluster, the distance to its centre in the model's space, and the outlier flag if the model has an outlier
 * rule). Configure fails, naming the column, if the table lacks one of the model's columns or it is not numeric.
 * The node has no settings.
 */
public final class ClusterAssignerNodeModel extends NodeModel {
  ClusterAssignerNodeModel() {
    super(new PortType[] {ClusterModelPortObject.TYPE, BufferedDataTable.TYPE},
        new PortType[] {BufferedDataTable.TYPE});
  }

  /** The table's indices of the model's columns, checked: present and numeric. */
  private static int[] modelColumns(List<String> columns, DataTableSpec table) throws InvalidSettingsException {
    try {
      return ColumnCheck.modelColumns(columns, KnimeTables.inputColumns(table));
    } catch (SettingsException e) {
      throw KnimeSettings.invalid(e);
    }
  }

  @Override
  protected PortObjectSpec[] configure(PortObjectSpec[] inSpecs) throws InvalidSettingsException {
    if (!(inSpecs[0] instanceof ClusterModelPortObjectSpec modelSpec) || modelSpec.spec() == null) {
      throw new InvalidSettingsException("The model is not known yet: configure the node that learns it first.");
    }
    ClusterModelSpec spec = modelSpec.spec();
    DataTableSpec table = (DataTableSpec) inSpecs[1];
    modelColumns(spec.columns(), table);
    List<OutputColumn> appended = AssignedColumns.of(spec, true, KnimeTables.names(table));
    return new PortObjectSpec[] {new DataTableSpec(table, KnimeTables.tableSpec(appended))};
  }

  @Override
  protected PortObject[] execute(PortObject[] inObjects, ExecutionContext exec) throws Exception {
    CentreModel model = ((ClusterModelPortObject) inObjects[0]).content().centreModel();
    BufferedDataTable table = (BufferedDataTable) inObjects[1];
    DataTableSpec in = table.getDataTableSpec();
    int[] indices = modelColumns(model.columns(), in);
    List<OutputColumn> appended = AssignedColumns.of(model, true, KnimeTables.names(in));
    NearestCentreAssigner assigner = NearestCentreAssigner.of(model);
    boolean withOutlier = model.hasOutlierRule();
    AtomicLong notAssigned = new AtomicLong();
    // the first such row in table order (rows are processed in parallel, so the first seen may be another)
    Object firstLock = new Object();
    long[] firstNotAssigned = {Long.MAX_VALUE};
    String[] firstNotAssignedKey = {null};
    AbstractCellFactory cells = new AbstractCellFactory(KnimeTables.columnSpecs(appended)) {
      @Override
      public DataCell[] getCells(DataRow row, long rowIndex) {
        String key = row.getKey().getString();
        RowAssignment a = assigner.assign(key, KnimeTables.values(row, indices));
        if (!a.isAssigned()) {
          notAssigned.incrementAndGet();
          synchronized (firstLock) {
            if (rowIndex < firstNotAssigned[0]) {
              firstNotAssigned[0] = rowIndex;
              firstNotAssignedKey[0] = key;
            }
          }
        }
        return KnimeTables.cells(appended, a.cells(withOutlier));
      }
    };
    cells.setParallelProcessing(true);
    ColumnRearranger rearranger = new ColumnRearranger(in);
    rearranger.append(cells);
    BufferedDataTable out = exec.createColumnRearrangeTable(table, rearranger, exec);
    if (notAssigned.get() > 0) {
      setWarningMessage(String.format(Locale.ROOT, "%,d of %,d rows have a missing value in the model's columns "
          + "and were not assigned (e.g. \"%s\"); their cells are missing.", notAssigned.get(), table.size(),
          firstNotAssignedKey[0]));
    }
    return new PortObject[] {out};
  }

  @Override
  protected void saveSettingsTo(NodeSettingsWO settings) {
    // no settings
  }

  @Override
  protected void validateSettings(NodeSettingsRO settings) {
    // no settings
  }

  @Override
  protected void loadValidatedSettingsFrom(NodeSettingsRO settings) {
    // no settings
  }

  @Override
  protected void reset() {
    // nothing kept
  }

  @Override
  protected void saveInternals(File dir, ExecutionMonitor exec) {
    // nothing kept
  }

  @Override
  protected void loadInternals(File dir, ExecutionMonitor exec) {
    // nothing kept
  }
}
