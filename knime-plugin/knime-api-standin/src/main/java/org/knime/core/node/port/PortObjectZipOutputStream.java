package org.knime.core.node.port;

/** Stand-in for KNIME's PortObjectZipOutputStream, the zip stream a port object serializer writes to. */
public class PortObjectZipOutputStream extends java.util.zip.ZipOutputStream {
  PortObjectZipOutputStream(final java.io.OutputStream outStream) {
    super(outStream);
    throw new UnsupportedOperationException("stand-in");
  }
}
