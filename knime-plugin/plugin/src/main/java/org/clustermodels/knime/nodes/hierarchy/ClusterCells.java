package org.clustermodels.knime.nodes.hierarchy;

import org.clustermodels.knime.logic.hierarchy.HierarchyResult;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataType;
import org.knime.core.data.container.SingleCellFactory;
import org.knime.core.data.def.StringCell;

/**
 * The appended cluster column: the cluster name of each clustered row, a missing cell for a row left out because
 * of a missing value. KNIME gives each row's index (KNIME 5.0 and later), which is checked against the row key.
 */
final class ClusterCells extends SingleCellFactory {
  private final TableRows rows;
  private final HierarchyResult result;
  private final DataCell[] names;

  ClusterCells(DataColumnSpec spec, TableRows rows, HierarchyResult result) {
    super(spec);
    this.rows = rows;
    this.result = result;
    this.names = result.clusterNames().stream().map(StringCell::new).toArray(DataCell[]::new);
  }

  @Override
  public DataCell getCell(DataRow row, long rowIndex) {
    int m = rows.matrixRowOf(rowIndex, row.getKey().getString());
    return m < 0 ? DataType.getMissingCell() : names[result.clusterIndex(m)];
  }

  @Override
  public DataCell getCell(DataRow row) {
    throw new IllegalStateException("the cluster column needs the row index (KNIME 5.0 or later gives it)");
  }
}
