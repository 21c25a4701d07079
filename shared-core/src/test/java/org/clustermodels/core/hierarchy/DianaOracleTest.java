package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.testing.OracleData;
import org.junit.Test;

/**
 * DIANA against R {@code cluster::diana} ({@code divisive.r_diana} of every oracle file that has it): sorted
 * heights and divisive coefficient to 1e-9 relative, and the tree itself through R's banner ({@code order},
 * {@code height}) and the {@code merge} R rebuilds from it.
 */
public class DianaOracleTest {
  /** Every oracle file with {@code divisive.r_diana} (the image has no divisive results). */
  private static final List<String> FILES = List.of("iris.raw", "iris.zscore", "wine.raw", "wine.zscore",
      "usarrests.raw", "usarrests.zscore", "faithful.raw", "faithful.zscore");
  private static final double TOL = 1e-9;

  private static JsonNode diana(OracleData o) {
    JsonNode node = o.json().path("divisive").path("r_diana");
    assertTrue(o.name() + " has no r_diana", node.isObject());
    return node;
  }

  private static DivisiveResult fit(OracleData o) {
    return new Diana().fit(DivisiveTrees.condensed(DivisiveTrees.euclidean(o.matrix())), ProgressMonitor.none());
  }

  private static void assertClose(String what, double expected, double actual) {
    assertTrue(what + ": expected " + expected + ", got " + actual,
        Math.abs(expected - actual) <= TOL * Math.max(Math.abs(expected), Math.abs(actual)));
  }

  private static int[][] rMerge(OracleData o) {
    JsonNode merge = diana(o).get("merge");
    int[][] out = new int[merge.size()][];
    for (int t = 0; t < out.length; t++) {
      out[t] = OracleData.ints(merge.get(t));
    }
    return out;
  }

  @Test
  public void sortedHeightsAndCoefficientEqualR() {
    for (String file : FILES) {
      OracleData o = OracleData.load(file);
      DivisiveResult r = fit(o);
      double[] expected = OracleData.doubles(diana(o).get("heights_sorted"));
      double[] actual = r.dendrogram().heights();
      Arrays.sort(actual);
      assertEquals(file, expected.length, actual.length);
      for (int t = 0; t < expected.length; t++) {
        assertClose(file + " sorted height " + t, expected[t], actual[t]);
      }
      assertClose(file + " dc", diana(o).get("dc").asDouble(), r.divisiveCoefficient());
    }
  }

  /**
   * The tree is R's, also on tied data: its banner (leaf order, and the height between neighbours) equals R's
   * {@code order} and {@code height}, and the merges R rebuilds from that banner equal R's {@code merge}. (R's
   * {@code merge} is rebuilt from the banner, so where a part keeps the diameter of the cluster it came from, which
   * happens whenever the farthest pair stays together, even on tie-free wine, R's {@code merge} need not be the
   * split tree itself, and a comparison of split clusters with it would be wrong; the banner is the split tree.)
   */
  @Test
  public void bannerAndMergeEqualR() {
    for (String file : FILES) {
      OracleData o = OracleData.load(file);
      Dendrogram tree = fit(o).dendrogram();
      int n = tree.leafCount();
      int[] order = new int[n];
      double[] banner = new double[n - 1];
      DivisiveTrees.banner(tree, order, banner);
      int[] rOrder = OracleData.ints(diana(o).get("order"));
      for (int i = 0; i < n; i++) {
        assertEquals(file + " order[" + i + "]", rOrder[i], order[i] + 1);
      }
      double[] rHeight = OracleData.doubles(diana(o).get("height"));
      for (int i = 0; i < n - 1; i++) {
        assertClose(file + " banner height " + i, rHeight[i], banner[i]);
      }
      int[][] merge = DivisiveTrees.mergeFromBanner(order, rHeight);
      int[][] expected = rMerge(o);
      for (int t = 0; t < n - 1; t++) {
        assertArrayEquals(file + " merge row " + (t + 1), expected[t], merge[t]);
      }
    }
  }

  /** The facade: raw wine, z-scored by {@link Standardization#ZSCORE}, gives R's result on the z-scored file. */
  @Test
  public void facadeWithZscoreMatchesZscoreOracle() {
    OracleData raw = OracleData.load("wine", "raw");
    OracleData z = OracleData.load("wine", "zscore");
    DivisiveResult r = new Divisive().fit(raw.matrix(),
        DivisiveParams.builder(DivisiveMethod.DIANA).standardization(Standardization.ZSCORE).build());
    assertEquals(DivisiveMethod.DIANA, r.method());
    double[] expected = OracleData.doubles(diana(z).get("heights_sorted"));
    double[] actual = r.dendrogram().heights();
    Arrays.sort(actual);
    for (int t = 0; t < expected.length; t++) {
      assertClose("wine zscore via facade, sorted height " + t, expected[t], actual[t]);
    }
    assertClose("wine zscore via facade, dc", diana(z).get("dc").asDouble(), r.divisiveCoefficient());
  }
}
