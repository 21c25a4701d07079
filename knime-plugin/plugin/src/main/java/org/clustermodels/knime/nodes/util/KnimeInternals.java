package org.clustermodels.knime.nodes.util;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;
import org.knime.core.node.ModelContent;

/**
 * A node's internals (what its view shows after the workflow is reopened) as one XML file of KNIME model content
 * in the node's internals directory, written and read through the logic's {@link SettingsWriter} and
 * {@link SettingsReader}. The content sits in the group {@value #GROUP} of the file's root.
 */
public final class KnimeInternals {
  /** The key of the group holding the content. */
  public static final String GROUP = "content";

  private KnimeInternals() {
  }

  /**
   * @param dir the node's internals directory (from {@code saveInternals})
   * @param fileName the file, e.g. "kmeans-view.xml"
   * @param content writes the content
   * @throws IOException if the file cannot be written
   */
  public static void save(File dir, String fileName, Consumer<SettingsWriter> content) throws IOException {
    ModelContent root = new ModelContent(fileName);
    content.accept(KnimeSettings.writer(root.addModelContent(GROUP)));
    try (OutputStream out = Files.newOutputStream(new File(dir, fileName).toPath())) {
      root.saveToXML(out);
    }
  }

  /**
   * @param dir the node's internals directory (from {@code loadInternals})
   * @param fileName the file written by {@link #save}
   * @return a reader of the content, or null if there is no such file (the node saved none)
   * @throws IOException if the file cannot be read or holds no content group
   */
  public static SettingsReader load(File dir, String fileName) throws IOException {
    File file = new File(dir, fileName);
    if (!file.isFile()) {
      return null;
    }
    try (InputStream in = Files.newInputStream(file.toPath())) {
      return KnimeSettings.reader(ModelContent.loadFromXML(in)).getChild(GROUP);
    } catch (SettingsException e) {
      throw new IOException(file + ": " + e.getMessage(), e);
    }
  }
}
