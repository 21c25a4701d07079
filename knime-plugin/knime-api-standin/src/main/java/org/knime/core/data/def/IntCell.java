package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;

/** Stand-in for KNIME's IntCell. */
public class IntCell extends DataCell implements IntValue, DoubleValue {
  /** The cell type. */
  public static final DataType TYPE = unavailable();

  /** @param i the value */
  public IntCell(final int i) {
    throw new UnsupportedOperationException("stand-in");
  }

  private static <V> V unavailable() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public int getIntValue() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public double getDoubleValue() {
    throw new UnsupportedOperationException("stand-in");
  }
}
