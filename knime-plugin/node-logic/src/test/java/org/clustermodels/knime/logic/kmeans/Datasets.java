package org.clustermodels.knime.logic.kmeans;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.logic.table.TrainingRows;

/**
 * Test access to the project's datasets (test resources copied from {@code data/}, see data/README.md) and their
 * scikit-learn / R oracles ({@code data/oracles/README.md}), plus small direct computations the tests compare with.
 */
public final class Datasets {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Datasets() {
  }

  /**
   * A CSV dataset: its numeric attributes (the "class" column dropped) as rows with row keys "Row0", "Row1", ...
   *
   * @param columns the attribute names
   * @param rows the values, one array per row
   */
  public record Table(List<String> columns, double[][] rows) {
    /** @return the row keys KNIME would give the rows of a CSV read: Row0, Row1, ... */
    public String key(int row) {
      return "Row" + row;
    }

    /**
     * @param policy the missing-value policy
     * @return the rows read as the glue reads them
     */
    public TrainingRows trainingRows(MissingValuePolicy policy) {
      TrainingRows.Builder b = TrainingRows.builder(columns, policy, MemoryCheck.runtime());
      for (int i = 0; i < rows.length; i++) {
        b.add(key(i), rows[i]);
      }
      return b.build();
    }
  }

  /**
   * @param name "iris" or "wine"
   * @return the dataset
   */
  public static Table csv(String name) {
    try (InputStream in = resource("/" + name + ".csv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      List<String> header = Arrays.asList(r.readLine().split(","));
      int drop = header.indexOf("class");
      List<String> columns = new ArrayList<>(header);
      columns.remove(drop);
      List<double[]> rows = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.split(",");
        double[] row = new double[columns.size()];
        for (int j = 0, c = 0; j < cells.length; j++) {
          if (j != drop) {
            row[c++] = Double.parseDouble(cells[j]);
          }
        }
        rows.add(row);
      }
      return new Table(List.copyOf(columns), rows.toArray(new double[0][]));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param file e.g. "iris.raw"
   * @return the oracle's k-means entry for k, {@code kmeans.per_k."k"}
   */
  public static JsonNode kmeansOracle(String file, int k) {
    try (InputStream in = resource("/oracles/" + file + ".json")) {
      return MAPPER.readTree(in).get("kmeans").get("per_k").get(Integer.toString(k));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param node a JSON array of ints
   * @return it as an array
   */
  public static int[] ints(JsonNode node) {
    int[] out = new int[node.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = node.get(i).asInt();
    }
    return out;
  }

  /**
   * @param labels labels of a partition
   * @return the same partition relabelled 0, 1, ... in order of first appearance (the oracles' convention)
   */
  public static int[] canonical(int[] labels) {
    int[] map = new int[Arrays.stream(labels).max().orElse(-1) + 1];
    Arrays.fill(map, -1);
    int next = 0;
    int[] out = new int[labels.length];
    for (int i = 0; i < labels.length; i++) {
      if (map[labels[i]] < 0) {
        map[labels[i]] = next++;
      }
      out[i] = map[labels[i]];
    }
    return out;
  }

  /**
   * Z-scores computed directly: (x - mean) / population standard deviation, 0 for a constant column.
   *
   * @param rows the rows
   * @return new rows
   */
  public static double[][] zscores(double[][] rows) {
    int n = rows.length;
    int d = rows[0].length;
    double[][] out = new double[n][d];
    for (int j = 0; j < d; j++) {
      double mean = 0;
      for (double[] row : rows) {
        mean += row[j];
      }
      mean /= n;
      double ss = 0;
      for (double[] row : rows) {
        ss += (row[j] - mean) * (row[j] - mean);
      }
      double sd = Math.sqrt(ss / n);
      for (int i = 0; i < n; i++) {
        out[i][j] = sd > 0 ? (rows[i][j] - mean) / sd : 0;
      }
    }
    return out;
  }

  /**
   * @param rows rows
   * @param labels a label in [0, k) per row
   * @param k number of clusters
   * @return the mean of each cluster's rows
   */
  public static double[][] means(double[][] rows, int[] labels, int k) {
    double[][] sum = new double[k][rows[0].length];
    int[] count = new int[k];
    for (int i = 0; i < rows.length; i++) {
      count[labels[i]]++;
      for (int j = 0; j < rows[i].length; j++) {
        sum[labels[i]][j] += rows[i][j];
      }
    }
    for (int c = 0; c < k; c++) {
      for (int j = 0; j < sum[c].length; j++) {
        sum[c][j] /= count[c];
      }
    }
    return sum;
  }

  /**
   * @param a a row
   * @param b another
   * @return their Euclidean distance
   */
  public static double euclidean(double[] a, double[] b) {
    double s = 0;
    for (int j = 0; j < a.length; j++) {
      s += (a[j] - b[j]) * (a[j] - b[j]);
    }
    return Math.sqrt(s);
  }

  private static InputStream resource(String name) {
    InputStream in = Datasets.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("test resource " + name + " not found (copied from data/ by the pom)");
    }
    return in;
  }
}
