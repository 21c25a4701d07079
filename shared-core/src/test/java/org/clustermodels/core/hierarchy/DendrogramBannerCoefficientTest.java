package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import org.clustermodels.core.hierarchy.DendrogramTestTrees.AnyTrees;
import org.clustermodels.core.testing.OracleData;
import org.junit.Test;

/**
 * The banner coefficient against R's {@code cluster} package: {@code agnes(method = "average")$ac} from SciPy's
 * average-linkage tree on the tie-free files, and {@code agnes()$ac} and {@code diana()$dc} from R's own trees
 * (R's merge matrix, with each merge's height read off R's banner) on every file.
 */
public class DendrogramBannerCoefficientTest {
  private static final double TOLERANCE = 1e-9;

  /** On tie-free data SciPy's average linkage is agnes's tree, so its coefficient is agnes's {@code ac}. */
  @Test
  public void givenScipyAverageLinkageOnTieFreeData_whenBannerCoefficient_thenAgnesAc() {
    for (String file : new String[] {"wine.raw", "wine.zscore", "usarrests.raw", "usarrests.zscore"}) {
      OracleData oracle = OracleData.load(file);
      double expected = oracle.json().get("divisive").get("r_agnes_average").get("ac").asDouble();
      assertEquals(file, expected, DendrogramOracles.scipyTree(oracle, "average").bannerCoefficient(), TOLERANCE);
    }
  }

  @Test
  public void givenRAgnesAndDianaTrees_whenBannerCoefficient_thenAcAndDc() {
    for (String file : DendrogramOracles.FILES) {
      JsonNode divisive = OracleData.load(file).json().get("divisive");
      JsonNode agnes = divisive.get("r_agnes_average");
      JsonNode diana = divisive.get("r_diana");
      assertEquals(file + " agnes", agnes.get("ac").asDouble(), fromR(agnes).bannerCoefficient(), TOLERANCE);
      assertEquals(file + " diana", diana.get("dc").asDouble(), fromR(diana).bannerCoefficient(), TOLERANCE);
    }
  }

  /** Rows 0 and 1 first merge at 1, row 2 at the top (4): mean of 3/4, 3/4 and 0. */
  @Test
  public void givenSmallTree_whenBannerCoefficient_thenMeanOfOneMinusFirstMergeOverTop() {
    Dendrogram tree = Dendrogram.of(new int[] {0, 2}, new int[] {1, 3}, new double[] {1, 4});
    assertEquals(0.5, tree.bannerCoefficient(), 1e-15);
  }

  @Test
  public void givenOneRowOrAllHeightsZero_whenBannerCoefficient_thenNaN() {
    assertTrue(Double.isNaN(Dendrogram.of(new int[0], new int[0], new double[0]).bannerCoefficient()));
    assertTrue(Double.isNaN(Dendrogram.of(new int[] {0}, new int[] {1}, new double[] {0}).bannerCoefficient()));
  }

  @Property
  void isBetweenZeroAndOne(@ForAll @From(supplier = AnyTrees.class) Dendrogram tree) {
    double c = tree.bannerCoefficient();
    assertTrue(c + "", Double.isNaN(c) ? tree.leafCount() < 2 || max(tree.heights()) == 0 : c >= 0 && c <= 1);
  }

  private static double max(double[] values) {
    double m = 0;
    for (double v : values) {
      m = Math.max(m, v);
    }
    return m;
  }

  /**
   * An R {@code agnes}/{@code diana} result as a dendrogram. R's merge row t joins -i (1-based row i) or +s (the
   * cluster of merge row s); the two joined clusters are adjacent in R's {@code order}, and {@code height[p]} is
   * the height at which {@code order[p]} and {@code order[p + 1]} join, so the merge's height is the banner value
   * at the border between its two blocks.
   */
  private static Dendrogram fromR(JsonNode result) {
    JsonNode merge = result.get("merge");
    double[] banner = OracleData.doubles(result.get("height"));
    int[] order = OracleData.ints(result.get("order"));
    int m = merge.size();
    int n = m + 1;
    int[] position = new int[n];
    for (int p = 0; p < n; p++) {
      position[order[p] - 1] = p;
    }
    int[] first = new int[2 * n - 1];
    int[] last = new int[2 * n - 1];
    for (int i = 0; i < n; i++) {
      first[i] = position[i];
      last[i] = position[i];
    }
    int[] a = new int[m];
    int[] b = new int[m];
    double[] h = new double[m];
    for (int t = 0; t < m; t++) {
      a[t] = id(merge.get(t).get(0).asInt(), n);
      b[t] = id(merge.get(t).get(1).asInt(), n);
      int lower = first[a[t]] < first[b[t]] ? a[t] : b[t];
      int upper = lower == a[t] ? b[t] : a[t];
      assertEquals("merge " + (t + 1) + " joins adjacent blocks", last[lower] + 1, first[upper]);
      h[t] = banner[last[lower]];
      first[n + t] = first[lower];
      last[n + t] = last[upper];
    }
    return Dendrogram.of(a, b, h);
  }

  private static int id(int r, int n) {
    return r < 0 ? -r - 1 : n + r - 1;
  }
}
