package org.knime.core.data.def;

import java.util.Iterator;
import java.util.List;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataRow;
import org.knime.core.data.RowKey;

/** Stand-in for KNIME's DefaultRow. */
public class DefaultRow implements DataRow {
  /**
   * @param rowKey the key
   * @param row the cells
   */
  public DefaultRow(final RowKey rowKey, final DataCell... row) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param rowId the key's id
   * @param row the cells
   */
  public DefaultRow(final String rowId, final DataCell... row) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param rowKey the key
   * @param row the cells
   */
  public DefaultRow(final RowKey rowKey, final List<DataCell> row) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public final int getNumCells() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public final RowKey getKey() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public final DataCell getCell(final int index) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public Iterator<DataCell> iterator() {
    throw new UnsupportedOperationException("stand-in");
  }
}
