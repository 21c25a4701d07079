package org.knime.core.node;

import javax.swing.JComponent;

import org.knime.core.data.DataTable;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortType;

/** Stand-in for KNIME's BufferedDataTable, the table passed between nodes. */
public final class BufferedDataTable implements DataTable, PortObject {
  /** The table port type. */
  public static final PortType TYPE = unavailable();

  /** The optional table port type. */
  public static final PortType TYPE_OPTIONAL = unavailable();

  private BufferedDataTable() {
    throw new UnsupportedOperationException("stand-in");
  }

  private static <V> V unavailable() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public DataTableSpec getDataTableSpec() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public DataTableSpec getSpec() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public String getSummary() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public CloseableRowIterator iterator() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the number of rows */
  public long size() {
    throw new UnsupportedOperationException("stand-in");
  }

  @Override
  public JComponent[] getViews() {
    throw new UnsupportedOperationException("stand-in");
  }
}
