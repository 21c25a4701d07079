package org.clustermodels.core.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.clustermodels.core.hierarchy.Dendrogram;
import org.clustermodels.core.testing.OracleData;

/** Trees for the rendering tests: SciPy's linkages from the oracles, small hand-made trees, and row names. */
final class RenderTrees {
  static {
    System.setProperty("java.awt.headless", "true");
  }

  private RenderTrees() {
  }

  /** Makes sure the JVM runs headless before any AWT class initialises (call from every test class). */
  static void headless() {
    // the static initialiser did the work
  }

  /**
   * @param dataset e.g. "usarrests"
   * @param variant "raw" or "zscore"
   * @param method a SciPy linkage method, e.g. "average"
   * @return SciPy's tree for it, from the oracle file
   */
  static Dendrogram scipy(String dataset, String variant, String method) {
    JsonNode z = OracleData.load(dataset, variant).json().get("agglomerative").get("scipy").get("methods")
        .get(method).get("linkage");
    double[][] linkage = new double[z.size()][];
    for (int t = 0; t < linkage.length; t++) {
      linkage[t] = OracleData.doubles(z.get(t));
    }
    return Dendrogram.fromLinkage(linkage);
  }

  /**
   * @param resource a CSV on the test classpath, e.g. "/usarrests.csv"
   * @param column the 0-based column to read
   * @return that column's values, header excluded
   */
  static List<String> csvColumn(String resource, int column) {
    List<String> values = new ArrayList<>();
    try (InputStream in = RenderTrees.class.getResourceAsStream(resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          values.add(line.split(",", -1)[column]);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return values;
  }

  /**
   * The five-row tree of the tests, drawn by hand: rows 0 and 1 merge at 1 (id 5), rows 2 and 3 at 2 (id 6),
   * 5 and 6 at 4 (id 7), row 4 joins at 7 (id 8). Leaf order 4, 0, 1, 2, 3? No: left child first, so
   * 4 (id 4 &lt; id 7) then 0, 1, 2, 3.
   */
  static Dendrogram five() {
    return Dendrogram.of(new int[] {0, 2, 5, 4}, new int[] {1, 3, 6, 7}, new double[] {1, 2, 4, 7});
  }

  /** @return target/render-pictures, created */
  static Path pictures() {
    Path dir = Path.of("target", "render-pictures");
    try {
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
