package org.knime.core.node;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.ColumnRearranger;

/** Stand-in for KNIME's ExecutionContext: progress, cancel and table creation. */
public class ExecutionContext extends ExecutionMonitor {
  private ExecutionContext() {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param spec the table's spec
   * @return a container to fill row by row
   */
  public BufferedDataContainer createDataContainer(final DataTableSpec spec) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param in the input table
   * @param rearranger the column changes
   * @param subProgressMon progress of this step
   * @return the new table
   * @throws CanceledExecutionException if cancelled
   */
  public BufferedDataTable createColumnRearrangeTable(final BufferedDataTable in, final ColumnRearranger rearranger,
      final ExecutionMonitor subProgressMon) throws CanceledExecutionException {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param maxProg this part's share of the progress
   * @return a context for the part
   */
  public ExecutionContext createSubExecutionContext(final double maxProg) {
    throw new UnsupportedOperationException("stand-in");
  }
}
