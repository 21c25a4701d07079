package org.knime.core.data.container;

import org.knime.core.data.DataRow;
import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;

/** Stand-in for KNIME's DataContainer, the superclass of the node's BufferedDataContainer. */
public class DataContainer {
  /** @param spec the table's spec */
  public DataContainer(final DataTableSpec spec) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param row the next row */
  public void addRowToTable(final DataRow row) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** Ends the table. */
  public void close() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the table, after {@link #close()} */
  public DataTable getTable() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the number of rows added */
  public long size() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the table's spec */
  public DataTableSpec getTableSpec() {
    throw new UnsupportedOperationException("stand-in");
  }
}
