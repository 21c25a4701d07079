package org.knime.core.data.container;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataRow;

/**
 * Stand-in for KNIME's SingleCellFactory. {@link #getCell(DataRow)} is abstract here on purpose: in KNIME 5.x it is
 * concrete but throws unless overridden, so the stand-in makes the glue override it.
 */
public abstract class SingleCellFactory extends AbstractCellFactory {
  /** @param newColSpec the new column */
  public SingleCellFactory(final DataColumnSpec newColSpec) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param row an input row
   * @return its new cell
   */
  public abstract DataCell getCell(final DataRow row);

  /**
   * @param row an input row
   * @param rowIndex its index
   * @return its new cell
   */
  public DataCell getCell(final DataRow row, final long rowIndex) {
    throw new UnsupportedOperationException("stand-in");
  }
}
