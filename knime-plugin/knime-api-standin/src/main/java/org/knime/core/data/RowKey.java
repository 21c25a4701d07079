package org.knime.core.data;

/** Stand-in for KNIME's RowKey. */
public final class RowKey {
  /** @param id the row id */
  public RowKey(final String id) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the row id */
  public String getString() {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param rowIndex a row index
   * @return the key KNIME gives that row by default
   */
  public static RowKey createRowKey(final long rowIndex) {
    throw new UnsupportedOperationException("stand-in");
  }
}
