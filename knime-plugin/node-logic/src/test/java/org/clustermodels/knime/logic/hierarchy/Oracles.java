package org.clustermodels.knime.logic.hierarchy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.clustermodels.core.data.DenseMatrix;

/**
 * The project's datasets (CSV) and the SciPy/R oracle files (data/oracles, see its README) on the test class
 * path, and independent reference computations on them for the tests: partitions cut from a linkage matrix,
 * contingency checks, z-scores from the oracle's own means and standard deviations.
 */
public final class Oracles {
  private Oracles() {
  }

  /** A dataset: its numeric columns, a key per row and the class column (if any). */
  public record Table(DenseMatrix data, String[] rowKeys, String[] columns, String[] classes) {
  }

  /**
   * @param name "usarrests" (keys: state names), "iris" (keys Row0.., classes), "wine", "zoo" (keys: animals)
   * @return the table: every numeric column in file order; "state", "animal" become row keys; "class"/"type"
   *     become classes
   */
  public static Table table(String name) {
    List<String> lines = lines("/" + name + ".csv");
    String[] header = lines.get(0).split(",", -1);
    int keyColumn = -1;
    int classColumn = -1;
    List<Integer> numeric = new ArrayList<>();
    for (int j = 0; j < header.length; j++) {
      switch (header[j]) {
        case "state", "animal" -> keyColumn = j;
        case "class", "type" -> classColumn = j;
        default -> numeric.add(j);
      }
    }
    int n = lines.size() - 1;
    double[][] rows = new double[n][numeric.size()];
    String[] keys = new String[n];
    String[] classes = classColumn < 0 ? null : new String[n];
    for (int i = 0; i < n; i++) {
      String[] cells = lines.get(i + 1).split(",", -1);
      for (int j = 0; j < numeric.size(); j++) {
        rows[i][j] = Double.parseDouble(cells[numeric.get(j)]);
      }
      keys[i] = keyColumn < 0 ? "Row" + i : cells[keyColumn];
      if (classes != null) {
        classes[i] = cells[classColumn];
      }
    }
    String[] columns = numeric.stream().map(j -> header[j]).toArray(String[]::new);
    return new Table(DenseMatrix.of(rows), keys, columns, classes);
  }

  /**
   * @param dataset e.g. "usarrests"
   * @param variant "raw" or "zscore"
   * @return the oracle file, parsed
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> json(String dataset, String variant) {
    String text = lines("/oracles/" + dataset + "." + variant + ".json").stream().collect(Collectors.joining("\n"));
    return (Map<String, Object>) TinyJson.parse(text);
  }

  /**
   * @param root a parsed JSON object
   * @param path keys to follow
   * @return the value there
   */
  @SuppressWarnings("unchecked")
  public static <T> T at(Map<String, Object> root, String... path) {
    Object v = root;
    for (String key : path) {
      v = ((Map<String, Object>) v).get(key);
      if (v == null) {
        throw new AssertionError("no " + key + " in the oracle (path " + String.join(".", path) + ")");
      }
    }
    return (T) v;
  }

  /**
   * @param list a JSON array of numbers
   * @return its values
   */
  public static double[] doubles(List<?> list) {
    double[] v = new double[list.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = (Double) list.get(i);
    }
    return v;
  }

  /**
   * The z-scored data as the oracle file states it: (x - mean) / std with the file's own mean and population
   * standard deviation per column (no zero-variance columns in these datasets).
   */
  public static DenseMatrix zscore(DenseMatrix raw, Map<String, Object> oracle) {
    double[] mean = doubles(at(oracle, "standardisation", "mean"));
    double[] std = doubles(at(oracle, "standardisation", "std"));
    double[][] rows = raw.toRows();
    for (double[] row : rows) {
      for (int j = 0; j < row.length; j++) {
        row[j] = (row[j] - mean[j]) / std[j];
      }
    }
    return DenseMatrix.of(rows);
  }

  /**
   * The k clusters left when the last k - 1 merges of a SciPy linkage matrix are undone, by a union-find over
   * its first n - k rows (independent of the project's own cut).
   *
   * @param linkage the (n-1) x 4 rows [i, j, height, size]
   * @param k the number of clusters
   * @return a cluster id per row (the id of a representative row; compare as partitions)
   */
  public static int[] scipyCutByCount(List<List<Double>> linkage, int k) {
    int n = linkage.size() + 1;
    return unionFind(linkage, n, n - k, Double.POSITIVE_INFINITY);
  }

  /**
   * The clusters of a monotone SciPy tree cut at height h: merges at or below h are done.
   *
   * @param linkage the linkage matrix
   * @param h the height
   * @return a cluster id per row
   */
  public static int[] scipyCutByHeight(List<List<Double>> linkage, double h) {
    return unionFind(linkage, linkage.size() + 1, linkage.size(), h);
  }

  /**
   * The k clusters left when the last k - 1 rows of an R {@code merge} matrix are undone ({@code -i}: 1-based row
   * i; {@code +t}: the cluster of merge row t), by a union-find over its first n - k rows.
   *
   * @param merge the (n-1) x 2 merge matrix in R's convention
   * @param k the number of clusters
   * @return a cluster id per row
   */
  public static int[] rCutByCount(List<List<Double>> merge, int k) {
    int n = merge.size() + 1;
    int[] parent = new int[2 * n - 1];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int t = 0; t < n - k; t++) {
      for (double v : merge.get(t)) {
        int id = v < 0 ? (int) -v - 1 : n + (int) v - 1;
        parent[find(parent, id)] = n + t;
      }
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = find(parent, i);
    }
    return out;
  }

  private static int[] unionFind(List<List<Double>> linkage, int n, int merges, double maxHeight) {
    int[] parent = new int[2 * n - 1];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int t = 0; t < merges; t++) {
      List<Double> row = linkage.get(t);
      if (row.get(2) > maxHeight) {
        continue;
      }
      parent[find(parent, row.get(0).intValue())] = n + t;
      parent[find(parent, row.get(1).intValue())] = n + t;
    }
    int[] out = new int[n];
    for (int i = 0; i < n; i++) {
      out[i] = find(parent, i);
    }
    return out;
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      x = parent[x];
    }
    return x;
  }

  /**
   * @param a a cluster id per row
   * @param b another
   * @return whether they are the same partition (a one-to-one contingency)
   */
  public static boolean samePartition(int[] a, int[] b) {
    if (a.length != b.length) {
      return false;
    }
    Map<Integer, Integer> ab = new HashMap<>();
    Map<Integer, Integer> ba = new HashMap<>();
    for (int i = 0; i < a.length; i++) {
      Integer mappedB = ab.putIfAbsent(a[i], b[i]);
      Integer mappedA = ba.putIfAbsent(b[i], a[i]);
      if (mappedB != null && mappedB.intValue() != b[i] || mappedA != null && mappedA.intValue() != a[i]) {
        return false;
      }
    }
    return true;
  }

  private static List<String> lines(String resource) {
    List<String> out = new ArrayList<>();
    try (InputStream in = Oracles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new AssertionError("not on the test class path: " + resource);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank()) {
          out.add(line);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
    return out;
  }
}
