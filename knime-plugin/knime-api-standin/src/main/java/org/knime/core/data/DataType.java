package org.knime.core.data;

/** Stand-in for KNIME's DataType: a column's cell type. */
public final class DataType {
  private DataType() {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param cell a cell class
   * @return its type
   */
  public static DataType getType(final Class<? extends DataCell> cell) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the missing cell */
  public static DataCell getMissingCell() {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param valueClass a value interface
   * @return whether cells of this type implement it
   */
  public boolean isCompatible(final Class<? extends DataValue> valueClass) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the type's name */
  public String getName() {
    throw new UnsupportedOperationException("stand-in");
  }
}
