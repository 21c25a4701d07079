package org.knime.core.data.def;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.StringValue;

/** Stand-in for KNIME's StringCell. */
public final class StringCell extends DataCell implements StringValue {
  /** The cell type. */
  public static final DataType TYPE = unavailable();

  /** @param str the value */
  public StringCell(final String str) {
    throw new UnsupportedOperationException("stand-in");
  }

  private static <V> V unavailable() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public String getStringValue() {
    throw new UnsupportedOperationException("stand-in");
  }
}
