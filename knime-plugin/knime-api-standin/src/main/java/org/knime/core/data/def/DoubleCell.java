package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;

/** Stand-in for KNIME's DoubleCell. */
public final class DoubleCell extends DataCell implements DoubleValue {
  /** The cell type. */
  public static final DataType TYPE = unavailable();

  /** @param d the value */
  public DoubleCell(final double d) {
    throw new UnsupportedOperationException("stand-in");
  }

  private static <V> V unavailable() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public double getDoubleValue() {
    throw new UnsupportedOperationException("stand-in");
  }
}
