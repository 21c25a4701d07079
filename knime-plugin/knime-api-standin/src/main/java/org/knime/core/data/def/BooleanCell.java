package org.knime.core.data.def;

import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;

/** Stand-in for KNIME's BooleanCell; get instances from {@link #get(boolean)}, {@link #TRUE} or {@link #FALSE}. */
public final class BooleanCell extends DataCell implements BooleanValue {
  /** The true cell. */
  public static final BooleanCell TRUE = unavailable();

  /** The false cell. */
  public static final BooleanCell FALSE = unavailable();

  /** The cell type. */
  public static final DataType TYPE = unavailable();

  private BooleanCell() {
    throw new UnsupportedOperationException("stand-in");
  }

  private static <V> V unavailable() {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param value a value
   * @return its cell
   */
  public static final BooleanCell get(final boolean value) {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public boolean getBooleanValue() {
    throw new UnsupportedOperationException("stand-in");
  }
}
