package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

  @Test
  public void wardEqualsScipyOnTieFreeData() {
    if (TIE_FREE.contains(dataset)) {
      assertSameLinkage("ward", VectorWardLinkage.fit(oracle().matrix(), 2, ProgressMonitor.none()));
    }
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
    double scale = Math.max(Math.abs(expected), Math.abs(actual));
    if (Math.abs(expected - actual) > TOLERANCE * scale) {
      throw new AssertionError(name() + " " + what + ": expected " + expected + ", got " + actual);
    }
  }

  private String name() {
    return dataset + "." + variant;
  }
}
