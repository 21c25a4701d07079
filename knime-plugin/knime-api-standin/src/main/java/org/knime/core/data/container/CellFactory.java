package org.knime.core.data.container;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;
import org.knime.core.node.ExecutionMonitor;

/** Stand-in for KNIME's CellFactory: the new cells of one row. */
public interface CellFactory {
  /**
   * @param row an input row
   * @return its new cells (override this or the indexed variant)
   */
  default DataCell[] getCells(final DataRow row) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param row an input row
   * @param rowIndex its index
   * @return its new cells
   */
  default DataCell[] getCells(final DataRow row, final long rowIndex) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the new columns */
  DataColumnSpec[] getColumnSpecs();

  /**
   * @param curRowNr the current row
   * @param rowCount the number of rows
   * @param lastKey the last row's key
   * @param exec where to report
   */
  void setProgress(final int curRowNr, final int rowCount, final RowKey lastKey, final ExecutionMonitor exec);
}
