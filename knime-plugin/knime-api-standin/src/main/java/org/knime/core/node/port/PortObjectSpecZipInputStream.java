package org.knime.core.node.port;

/** Stand-in for KNIME's PortObjectSpecZipInputStream, the zip stream a port spec serializer reads from. */
public class PortObjectSpecZipInputStream extends java.util.zip.ZipInputStream {
  PortObjectSpecZipInputStream(final java.io.InputStream inStream) {
    super(inStream);
    throw new UnsupportedOperationException("stand-in");
  }
}
