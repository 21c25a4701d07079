package org.knime.core.node;

import org.knime.core.data.container.DataContainer;

/** Stand-in for KNIME's BufferedDataContainer (from {@link ExecutionContext#createDataContainer}). */
public class BufferedDataContainer extends DataContainer {
  private BufferedDataContainer() {
    super(null);
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public BufferedDataTable getTable() {
    throw new UnsupportedOperationException("stand-in");
  }
}
