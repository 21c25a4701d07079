package org.knime.core.data;

/** Stand-in for KNIME's DataTable. */
public interface DataTable extends Iterable<DataRow> {
  /** @return the table's spec */
  DataTableSpec getDataTableSpec();

  @Override
  RowIterator iterator();
}
