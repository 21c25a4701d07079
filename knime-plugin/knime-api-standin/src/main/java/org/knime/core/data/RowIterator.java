package org.knime.core.data;

import java.util.Iterator;

/** Stand-in for KNIME's RowIterator. */
public abstract class RowIterator implements Iterator<DataRow> {
  /** Creates the iterator. */
  public RowIterator() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public abstract boolean hasNext();

  @Override
  public abstract DataRow next();
}
