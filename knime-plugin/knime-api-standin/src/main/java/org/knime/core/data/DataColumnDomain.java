package org.knime.core.data;

import java.util.Set;

/** Stand-in for KNIME's DataColumnDomain: a column's possible values and bounds. */
public final class DataColumnDomain {
  private DataColumnDomain() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the possible values, or null */
  public Set<DataCell> getValues() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return whether possible values are known */
  public boolean hasValues() {
    throw new UnsupportedOperationException("stand-in");
  }
}
