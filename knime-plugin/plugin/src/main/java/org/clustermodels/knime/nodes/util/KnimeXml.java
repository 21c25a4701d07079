package org.clustermodels.knime.nodes.util;

import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.function.Consumer;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;
import org.knime.core.node.ModelContent;

/**
 * Content written through the logic's {@link SettingsWriter} as KNIME model content XML, and read back through a
 * {@link SettingsReader}: the content sits in the group {@value #GROUP} of the XML's root. KNIME's
 * {@code saveToXML} closes the stream it writes to; the stream given here is left open (a zip entry may follow).
 */
public final class KnimeXml {
  /** The key of the group holding the content. */
  public static final String GROUP = "content";

  private KnimeXml() {
  }

  /**
   * @param out where to write; not closed
   * @param rootKey the key of the XML's root
   * @param content writes the content
   * @throws IOException if writing fails
   */
  public static void write(OutputStream out, String rootKey, Consumer<SettingsWriter> content) throws IOException {
    ModelContent root = new ModelContent(rootKey);
    content.accept(KnimeSettings.writer(root.addModelContent(GROUP)));
    root.saveToXML(new FilterOutputStream(out) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }

      @Override
      public void close() throws IOException {
        out.flush();
      }
    });
  }

  /**
   * @param in where to read from; not closed
   * @param what what is read, for messages (e.g. a file name)
   * @return a reader of the content
   * @throws IOException if the XML cannot be read or holds no content group
   */
  public static SettingsReader read(InputStream in, String what) throws IOException {
    try {
      return KnimeSettings.reader(ModelContent.loadFromXML(new FilterInputStream(in) {
        @Override
        public void close() {
          // the caller closes the stream
        }
      })).getChild(GROUP);
    } catch (SettingsException e) {
      throw new IOException(what + ": " + e.getMessage(), e);
    }
  }
}
