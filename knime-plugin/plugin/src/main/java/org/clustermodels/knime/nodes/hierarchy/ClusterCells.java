package org.clustermodels.knime.nodes.hierarchy;

import java.util.List;
import org.clustermodels.knime.logic.hierarchy.HierarchyResult;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.nodes.util.KnimeTables;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.container.AbstractCellFactory;

/**
 * The appended columns: the cluster name of each clustered row and, with a minimum cluster size, its outlier flag
 * and anomaly score ({@link HierarchyResult#cells(int)}); missing cells for a row left out because of a missing
 * value. KNIME gives each row's index (KNIME 5.0 and later), which is checked against the row key.
 */
final class ClusterCells extends AbstractCellFactory {
  private final List<OutputColumn> columns;
  private final TableRows rows;
  private final HierarchyResult result;

  ClusterCells(List<OutputColumn> columns, TableRows rows, HierarchyResult result) {
    super(KnimeTables.columnSpecs(columns));
    this.columns = columns;
    this.rows = rows;
    this.result = result;
  }

  @Override
  public DataCell[] getCells(DataRow row, long rowIndex) {
    int m = rows.matrixRowOf(rowIndex, row.getKey().getString());
    return KnimeTables.cells(columns, m < 0 ? new Object[columns.size()] : result.cells(m));
  }

  @Override
  public DataCell[] getCells(DataRow row) {
    throw new IllegalStateException("the cluster columns need the row index (KNIME 5.0 or later gives it)");
  }
}
