package org.knime.core.node;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Stand-in for KNIME's ModelContent, a tree of keyed values that can be written as XML (e.g. a node's internals).
 * Only the members the glue uses; KNIME's class also implements ModelContentRO and ModelContentWO.
 */
public final class ModelContent {
  /** @param key the content's key */
  public ModelContent(final String key) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param key the group's key
   * @return a new group of model content under the key
   */
  public ModelContentWO addModelContent(final String key) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param os where to write the XML (closed when done)
   * @throws IOException if writing fails
   */
  public final void saveToXML(final OutputStream os) throws IOException {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param in the XML written by {@link #saveToXML}
   * @return the content read
   * @throws IOException if reading fails
   */
  public static synchronized ModelContentRO loadFromXML(final InputStream in) throws IOException {
    throw new UnsupportedOperationException("stand-in");
  }
}
