package org.clustermodels.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.clustermodels.core.data.DenseMatrix;

/**
 * Test-only access to the bundled datasets and their reference oracles (test resources copied from
 * {@code data/}; every JSON field is described in {@code data/oracles/README.md}).
 *
 * <p>{@link #load(String, String)} reads one oracle file, e.g. {@code load("iris", "zscore")} for
 * {@code /oracles/iris.zscore.json}, and the n x d matrix the oracle was computed from, rebuilt from the CSV (or
 * PNG) and verified against the oracle's standardisation and data fingerprint by {@link OracleInput#rebuild}.
 * Accessors give the k-means partitions and true classes; static helpers convert JSON arrays.
 *
 * <p>Loaded files are cached for the whole test run: treat the returned {@link JsonNode} as read-only.
 */
public final class OracleData {
  /** Oracle files (dataset.variant) that have a data matrix and k-means results, in a fixed order. */
  public static final List<String> KMEANS_FILES = List.of("iris.raw", "iris.zscore", "wine.raw", "wine.zscore",
      "usarrests.raw", "usarrests.zscore", "faithful.raw", "faithful.zscore", "chelsea.raw");

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Map<String, OracleData> CACHE = new ConcurrentHashMap<>();

  private final String dataset;
  private final String variant;
  private final JsonNode json;
  private final DenseMatrix matrix;
  private final String[] classColumn;

  private OracleData(String dataset, String variant, JsonNode json, DenseMatrix matrix, String[] classColumn) {
    this.dataset = dataset;
    this.variant = variant;
    this.json = json;
    this.matrix = matrix;
    this.classColumn = classColumn;
  }

  /**
   * Loads an oracle file and the matrix it was computed from, checked against its fingerprint; cached.
   *
   * @param dataset dataset name, e.g. "iris"
   * @param variant "raw" or "zscore"
   * @return the oracle data
   * @throws AssertionError if the rebuilt matrix does not match the oracle's fingerprint
   */
  public static OracleData load(String dataset, String variant) {
    return CACHE.computeIfAbsent(dataset + "." + variant, key -> read(dataset, variant));
  }

  /**
   * @param fileName a name from {@link #KMEANS_FILES}, "dataset.variant"
   * @return {@link #load(String, String)} of it
   */
  public static OracleData load(String fileName) {
    int dot = fileName.indexOf('.');
    return load(fileName.substring(0, dot), fileName.substring(dot + 1));
  }

  private static OracleData read(String dataset, String variant) {
    JsonNode json = parseJson("/oracles/" + dataset + "." + variant + ".json");
    OracleInput.Rebuilt input = OracleInput.rebuild(json);
    return new OracleData(dataset, variant, json, input.matrix(), input.classColumn());
  }

  /**
   * Parses a JSON resource (not cached), e.g. {@code "/oracles/zoo.jaccard.json"}.
   *
   * @param resource classpath resource name
   * @return the parsed tree
   */
  public static JsonNode parseJson(String resource) {
    try (InputStream in = OracleInput.open(resource)) {
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(resource, e);
    }
  }

  /** @return the dataset name, e.g. "iris" */
  public String dataset() {
    return dataset;
  }

  /** @return the variant, "raw" or "zscore" */
  public String variant() {
    return variant;
  }

  /** @return "dataset.variant", e.g. "iris.zscore" */
  public String name() {
    return dataset + "." + variant;
  }

  /** @return the preprocessed n x d matrix the oracle was computed from */
  public DenseMatrix matrix() {
    return matrix;
  }

  /** @return the whole oracle, read-only */
  public JsonNode json() {
    return json;
  }

  /** @return the k values of {@code kmeans.per_k}, ascending */
  public List<Integer> kmeansKs() {
    List<Integer> ks = new ArrayList<>();
    json.get("kmeans").get("per_k").fieldNames().forEachRemaining(k -> ks.add(Integer.parseInt(k)));
    ks.sort(null);
    return ks;
  }

  /**
   * @param k number of clusters
   * @return {@code kmeans.per_k."k"}
   * @throws AssertionError if the oracle has no results for k
   */
  public JsonNode kmeans(int k) {
    JsonNode node = json.get("kmeans").get("per_k").get(Integer.toString(k));
    if (node == null) {
      throw new AssertionError(name() + " has no k-means results for k = " + k);
    }
    return node;
  }

  /**
   * @param k number of clusters
   * @return scikit-learn's k-means labels for k (0-based, in first-appearance order)
   */
  public int[] sklearnLabels(int k) {
    return ints(kmeans(k).get("sklearn_labels"));
  }

  /**
   * @param k number of clusters
   * @return R's k-means labels for k (0-based, in first-appearance order)
   */
  public int[] rLabels(int k) {
    return ints(kmeans(k).get("r_labels"));
  }

  /** @return whether the dataset has true classes (the CSV's {@code class} column and the oracle's {@code external}) */
  public boolean hasClasses() {
    return classColumn != null && json.has("external");
  }

  /**
   * @return the true class of each row as its index in {@code external.class_values_sorted}
   * @throws AssertionError if the dataset has no classes or a value is not listed
   */
  public int[] classLabels() {
    if (!hasClasses()) {
      throw new AssertionError(name() + " has no class column");
    }
    List<String> values = strings(json.get("external").get("class_values_sorted"));
    int[] labels = new int[classColumn.length];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = values.indexOf(classColumn[i]);
      if (labels[i] < 0) {
        throw new AssertionError(name() + ": row " + i + " has class " + classColumn[i] + ", not in " + values);
      }
    }
    return labels;
  }

  /**
   * @param array a JSON array of integers
   * @return its values
   */
  public static int[] ints(JsonNode array) {
    int[] out = new int[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asInt();
    }
    return out;
  }

  /**
   * @param array a JSON array of numbers
   * @return its values, parsed exactly
   */
  public static double[] doubles(JsonNode array) {
    double[] out = new double[array.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = array.get(i).asDouble();
    }
    return out;
  }

  /**
   * @param array a JSON array of strings
   * @return its values
   */
  public static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(node -> out.add(node.asText()));
    return out;
  }
}
