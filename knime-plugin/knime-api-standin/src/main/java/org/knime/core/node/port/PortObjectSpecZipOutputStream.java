package org.knime.core.node.port;

/** Stand-in for KNIME's PortObjectSpecZipOutputStream, the zip stream a port spec serializer writes to. */
public class PortObjectSpecZipOutputStream extends java.util.zip.ZipOutputStream {
  PortObjectSpecZipOutputStream(final java.io.OutputStream outStream) {
    super(outStream);
    throw new UnsupportedOperationException("stand-in");
  }
}
