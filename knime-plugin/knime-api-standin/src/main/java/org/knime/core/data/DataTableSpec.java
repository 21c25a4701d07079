package org.knime.core.data;

import java.util.Iterator;

import javax.swing.JComponent;

import org.knime.core.node.port.PortObjectSpec;

/** Stand-in for KNIME's DataTableSpec: a table's columns. */
public final class DataTableSpec implements PortObjectSpec, Iterable<DataColumnSpec> {
  /** @param colSpecs the columns */
  public DataTableSpec(final DataColumnSpec... colSpecs) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param spec1 the first columns
   * @param spec2 the columns appended
   */
  public DataTableSpec(final DataTableSpec spec1, final DataTableSpec spec2) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the number of columns */
  public int getNumColumns() {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param index a column index
   * @return the column
   */
  public DataColumnSpec getColumnSpec(final int index) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param column a column name
   * @return the column, or null
   */
  public DataColumnSpec getColumnSpec(final String column) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param columnName a column name
   * @return its index, or -1
   */
  public int findColumnIndex(final String columnName) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param columnName a column name
   * @return whether the spec has the column
   */
  public boolean containsName(final String columnName) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the column names in order */
  public final String[] getColumnNames() {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param spec a spec
   * @param columnName a wanted column name
   * @return the name, made unique in the spec
   */
  public static String getUniqueColumnName(final DataTableSpec spec, final String columnName) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public Iterator<DataColumnSpec> iterator() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public JComponent[] getViews() {
    throw new UnsupportedOperationException("stand-in");
  }
}
