package org.knime.core.node.port;

/** Stand-in for KNIME's PortObjectZipInputStream, the zip stream a port object serializer reads from. */
public class PortObjectZipInputStream extends java.util.zip.ZipInputStream {
  PortObjectZipInputStream(final java.io.InputStream inStream) {
    super(inStream);
    throw new UnsupportedOperationException("stand-in");
  }
}
