package org.knime.core.data.container;

import org.knime.core.data.DataTableSpec;

/** Stand-in for KNIME's ColumnRearranger: appends, replaces and drops columns of a table. */
public class ColumnRearranger {
  /** @param original the input spec */
  public ColumnRearranger(final DataTableSpec original) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param fac the factory of the appended columns */
  public final void append(final CellFactory fac) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param position where the new columns go
   * @param fac the factory of the new columns
   */
  public final void insertAt(final int position, final CellFactory fac) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param newCol the factory of the replacing column
   * @param colName the replaced column
   */
  public final void replace(final CellFactory newCol, final String colName) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param colNames the columns to keep */
  public final void keepOnly(final String... colNames) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param colNames the columns to drop */
  public final void remove(final String... colNames) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the output spec */
  public final DataTableSpec createSpec() {
    throw new UnsupportedOperationException("stand-in");
  }
}
