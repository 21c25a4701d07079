package org.knime.core.data;

import java.util.Set;

/** Stand-in for KNIME's DataColumnDomainCreator. */
public class DataColumnDomainCreator {
  /** Creates an empty domain. */
  public DataColumnDomainCreator() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param values the possible values */
  public DataColumnDomainCreator(final DataCell[] values) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param values the possible values */
  public DataColumnDomainCreator(final Set<? extends DataCell> values) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param values the possible values */
  public void setValues(final Set<? extends DataCell> values) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the domain */
  public DataColumnDomain createDomain() {
    throw new UnsupportedOperationException("stand-in");
  }
}
