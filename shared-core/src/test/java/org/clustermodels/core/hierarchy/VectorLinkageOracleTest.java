package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.testing.OracleData;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * The vector-based linkages against SciPy's {@code linkage(pdist(X), method)} in the oracle files
 * ({@code agglomerative.scipy.methods}), for every public dataset, raw and z-scored. Single-linkage heights do
 * not depend on tie-breaking, so they are checked everywhere; Ward, centroid and median heights and merge lists
 * only on the tie-free files (wine, usarrests), where SciPy, fastcluster and R agree (see the oracle README,
 * "Ties"). Relative tolerance 1e-9: |a - b| &lt;= 1e-9 max(|a|, |b|).
 */
@RunWith(Parameterized.class)
public class VectorLinkageOracleTest {
  private static final double TOLERANCE = 1e-9;
  private static final List<String> TIE_FREE = List.of("wine", "usarrests");

  private final String dataset;
  private final String variant;

  public VectorLinkageOracleTest(String dataset, String variant) {
    this.dataset = dataset;
    this.variant = variant;
  }

  @Parameters(name = "{0}.{1}")
  public static List<Object[]> files() {
    List<Object[]> out = new ArrayList<>();
    for (String ds : List.of("iris", "wine", "usarrests", "faithful")) {
      for (String v : List.of("raw", "zscore")) {
        out.add(new Object[] {ds, v});
      }
    }
    return out;
  }

  private OracleData oracle() {
    return OracleData.load(dataset, variant);
  }

  private JsonNode scipy(String method) {
    return oracle().json().get("agglomerative").get("scipy").get("methods").get(method);
  }

  @Test
  public void singleLinkageSortedHeightsEqualScipys() {
    Dendrogram tree = VectorSingleLinkage.fit(oracle().matrix(), 2, ProgressMonitor.none());
    assertSortedHeights("single", tree);
    assertEquals(0, tree.inversions());
  }

  /** Ward, centroid and median: the whole merge list on the tie-free files, with two threads. */
  @Test
  public void mergeListsEqualScipysOnTieFreeData() {
    if (TIE_FREE.contains(dataset)) {
      fitCentroidLinkages(2).forEach(this::assertSameLinkage);
    }
  }

  /**
   * With ties the tools may legitimately disagree (the oracle README, "Ties"), so on every file our sorted
   * Ward, centroid and median heights must equal those of at least one of SciPy, fastcluster and R (R's
   * centroid and median heights are square-rooted, as R ran them on squared distances).
   */
  @Test
  public void sortedHeightsEqualOneToolsWhereTiesExist() {
    fitCentroidLinkages(1).forEach(this::assertSortedHeightsOfSomeTool);
  }

  /** @return the Ward, centroid and median trees of this file's data, by SciPy's method name */
  private Map<String, Dendrogram> fitCentroidLinkages(int threads) {
    DenseMatrix x = oracle().matrix();
    Map<String, Dendrogram> fits = new LinkedHashMap<>();
    fits.put("ward", VectorWardLinkage.fit(x, threads, ProgressMonitor.none()));
    fits.put("centroid", VectorCentroidLinkage.fit(x, threads, ProgressMonitor.none()));
    fits.put("median", VectorMedianLinkage.fit(x, threads, ProgressMonitor.none()));
    return fits;
  }

  private void assertSortedHeightsOfSomeTool(String method, Dendrogram tree) {
    JsonNode agglomerative = oracle().json().get("agglomerative");
    Map<String, double[]> tools = new LinkedHashMap<>();
    tools.put("scipy", OracleData.doubles(scipy(method).get("heights_sorted")));
    JsonNode fastcluster = agglomerative.get("fastcluster").get("methods").get(method);
    if (fastcluster.has("heights_sorted")) {
      tools.put("fastcluster", OracleData.doubles(fastcluster.get("heights_sorted")));
    }
    JsonNode r = agglomerative.get("r_hclust").get("methods").get(method.equals("ward") ? "ward.D2" : method);
    tools.put("R", OracleData.doubles(r.get(r.has("sqrt_heights_sorted") ? "sqrt_heights_sorted" : "heights_sorted")));
    double[] actual = tree.heights();
    Arrays.sort(actual);
    StringBuilder misses = new StringBuilder();
    for (Map.Entry<String, double[]> tool : tools.entrySet()) {
      String miss = firstMismatch(tool.getValue(), actual);
      if (miss == null) {
        return;
      }
      misses.append("; ").append(tool.getKey()).append(": ").append(miss);
    }
    throw new AssertionError(name() + " " + method + " sorted heights match no tool" + misses);
  }

  private static String firstMismatch(double[] expected, double[] actual) {
    if (expected.length != actual.length) {
      return expected.length + " heights, we have " + actual.length;
    }
    for (int t = 0; t < expected.length; t++) {
      if (!close(expected[t], actual[t])) {
        return "height " + t + " is " + expected[t] + ", ours " + actual[t];
      }
    }
    return null;
  }

  private void assertSortedHeights(String method, Dendrogram tree) {
    double[] expected = OracleData.doubles(scipy(method).get("heights_sorted"));
    double[] actual = tree.heights();
    Arrays.sort(actual);
    assertEquals(expected.length, actual.length);
    for (int t = 0; t < expected.length; t++) {
      assertClose(method + " sorted height " + t, expected[t], actual[t]);
    }
  }

  /**
   * The whole merge list equals SciPy's row by row: ids and sizes exactly, heights to 1e-9. The oracle must say
   * that no two merge heights are equal, so that the order of the rows is unique.
   */
  private void assertSameLinkage(String method, Dendrogram tree) {
    JsonNode expected = scipy(method);
    assertEquals(name() + " " + method + " must be tie-free for a row-by-row comparison", 0,
        expected.get("n_tied_merge_heights").asInt());
    assertSortedHeights(method, tree);
    JsonNode rows = expected.get("linkage");
    double[][] actual = tree.toLinkage();
    assertEquals(rows.size(), actual.length);
    for (int t = 0; t < actual.length; t++) {
      double[] want = OracleData.doubles(rows.get(t));
      String where = name() + " " + method + " row " + t;
      assertEquals(where + " left", want[0], actual[t][0], 0.0);
      assertEquals(where + " right", want[1], actual[t][1], 0.0);
      assertClose(where + " height", want[2], actual[t][2]);
      assertEquals(where + " size", want[3], actual[t][3], 0.0);
    }
  }

  private void assertClose(String what, double expected, double actual) {
    if (!close(expected, actual)) {
      throw new AssertionError(name() + " " + what + ": expected " + expected + ", got " + actual);
    }
  }

  private static boolean close(double expected, double actual) {
    return Math.abs(expected - actual) <= TOLERANCE * Math.max(Math.abs(expected), Math.abs(actual));
  }

  private String name() {
    return dataset + "." + variant;
  }
}
