package org.knime.core.data;

/** Stand-in for KNIME's DataColumnSpec: a column's name, type and domain. */
public final class DataColumnSpec {
  private DataColumnSpec() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the column name */
  public String getName() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the column type */
  public DataType getType() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the column domain */
  public DataColumnDomain getDomain() {
    throw new UnsupportedOperationException("stand-in");
  }
}
