package org.knime.core.data;

import java.io.Serializable;

/** Stand-in for KNIME's DataCell. */
public abstract class DataCell implements DataValue, Serializable {
  /** Creates the cell. */
  public DataCell() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the cell's type */
  public final DataType getType() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return whether the cell is missing */
  public boolean isMissing() {
    throw new UnsupportedOperationException("stand-in");
  }
}
