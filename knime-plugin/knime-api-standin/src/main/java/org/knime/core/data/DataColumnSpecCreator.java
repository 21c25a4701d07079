package org.knime.core.data;

/** Stand-in for KNIME's DataColumnSpecCreator. */
public final class DataColumnSpecCreator {
  /**
   * @param name the column name
   * @param type the column type
   */
  public DataColumnSpecCreator(final String name, final DataType type) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param domain the column domain */
  public void setDomain(final DataColumnDomain domain) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the column spec */
  public DataColumnSpec createSpec() {
    throw new UnsupportedOperationException("stand-in");
  }
}
