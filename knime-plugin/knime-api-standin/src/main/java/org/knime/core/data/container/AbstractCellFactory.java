package org.knime.core.data.container;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.RowKey;
import org.knime.core.node.ExecutionMonitor;

/** Stand-in for KNIME's AbstractCellFactory. */
public abstract class AbstractCellFactory implements CellFactory {
  /** @param colSpecs the new columns */
  public AbstractCellFactory(final DataColumnSpec... colSpecs) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param value whether rows may be processed concurrently */
  public final void setParallelProcessing(final boolean value) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public DataColumnSpec[] getColumnSpecs() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public void setProgress(final int curRowNr, final int rowCount, final RowKey lastKey,
      final ExecutionMonitor exec) {
    throw new UnsupportedOperationException("stand-in");
  }
}
