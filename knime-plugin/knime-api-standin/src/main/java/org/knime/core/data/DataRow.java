package org.knime.core.data;

/** Stand-in for KNIME's DataRow. */
public interface DataRow extends Iterable<DataCell> {
  /** @return the number of cells */
  int getNumCells();

  /** @return the row key */
  RowKey getKey();

  /**
   * @param index a column index
   * @return the cell
   */
  DataCell getCell(final int index);
}
