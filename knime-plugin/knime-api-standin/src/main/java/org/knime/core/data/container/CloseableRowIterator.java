package org.knime.core.data.container;

import java.io.Closeable;

import org.knime.core.data.RowIterator;

/** Stand-in for KNIME's CloseableRowIterator (a class, not an interface). */
public abstract class CloseableRowIterator extends RowIterator implements Closeable {
  /** Creates the iterator. */
  public CloseableRowIterator() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public abstract void close();
}
