package org.clustermodels.core.kmeans;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * Hamerly and Elkan give exactly Lloyd's run on every bundled dataset, raw and z-scored, for k = 2..10, from
 * random-row and k-means++ starts, with tolerance 0 and with the default relative tolerance 1e-4.
 */
@RunWith(Parameterized.class)
public class ExactVariantsDatasetTest {
  private final String dataset;
  private final boolean zscore;
  private final TestData.Matrix data;

  public ExactVariantsDatasetTest(String dataset, String variant) {
    this.dataset = dataset;
    this.zscore = variant.equals("zscore");
    TestData.Matrix raw = TestData.load(dataset);
    this.data = zscore ? TestData.zscore(raw) : raw;
  }

  @Parameters(name = "{0}.{1}")
  public static List<Object[]> parameters() {
    List<Object[]> out = new ArrayList<>();
    for (String name : TestData.DATASETS) {
      out.add(new Object[] {name, "raw"});
      out.add(new Object[] {name, "zscore"});
    }
    return out;
  }

  @Test
  public void dataMatchesTheOracleFingerprint() throws IOException {
    JsonNode oracle;
    try (InputStream in = getClass().getResourceAsStream("/oracles/" + dataset + (zscore ? ".zscore" : ".raw")
        + ".json")) {
      oracle = new ObjectMapper().readTree(in);
    }
    assertEquals(oracle.get("n").asInt(), data.n());
    assertEquals(oracle.get("d").asInt(), data.d());
    JsonNode sums = oracle.get("data_fingerprint").get("column_sums");
    for (int j = 0; j < data.d(); j++) {
      double s = 0;
      double scale = 0;
      for (int i = 0; i < data.n(); i++) {
        s += data.x()[i * data.d() + j];
        scale += Math.abs(data.x()[i * data.d() + j]);
      }
      assertEquals("column " + j, sums.get(j).asDouble(), s, 1e-12 * scale);
    }
  }

  @Test
  public void hamerlyAndElkanEqualLloyd() {
    double[] w = data.unitWeights();
    double meanVariance = KMeans.meanColumnVariance(data.x(), data.n(), data.d());
    int runs = 0;
    for (int k = 2; k <= 10; k++) {
      for (double tol : new double[] {0, 1e-4 * meanVariance}) {
        KMeansProblem p = TestData.problem(data, w, k, 300, tol, EmptyClusterPolicy.FARTHEST_POINT);
        for (int seed = 1; seed <= 5; seed++) {
          SplittableRandom rng = new SplittableRandom(seed);
          double[] start = seed <= 3 ? RandomRows.initialCenters(p, rng) : KMeansPlusPlus.initialCenters(p, rng);
          SingleRun lloyd = LloydKMeans.INSTANCE.run(p, start);
          String what = dataset + (zscore ? ".zscore" : ".raw") + " k=" + k + " tol=" + tol + " seed=" + seed;
          TestData.assertSameRun(what + " hamerly", lloyd, HamerlyKMeans.INSTANCE.run(p, start));
          TestData.assertSameRun(what + " elkan", lloyd, ElkanKMeans.INSTANCE.run(p, start));
          runs++;
        }
      }
    }
    assertTrue(runs == 9 * 2 * 5);
  }
}
