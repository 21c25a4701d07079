package org.clustermodels.knime.nodes.util;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.function.Consumer;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;

/**
 * A node's internals (what its view shows after the workflow is reopened) as one XML file of KNIME model content
 * in the node's internals directory, written and read through the logic's {@link SettingsWriter} and
 * {@link SettingsReader} ({@link KnimeXml}).
 */
public final class KnimeInternals {
  private KnimeInternals() {
  }

  /**
   * @param dir the node's internals directory (from {@code saveInternals})
   * @param fileName the file, e.g. "kmeans-view.xml"
   * @param content writes the content
   * @throws IOException if the file cannot be written
   */
  public static void save(File dir, String fileName, Consumer<SettingsWriter> content) throws IOException {
    try (OutputStream out = Files.newOutputStream(new File(dir, fileName).toPath())) {
      KnimeXml.write(out, fileName, content);
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
      return KnimeXml.read(in, file.toString());
    }
  }
}
