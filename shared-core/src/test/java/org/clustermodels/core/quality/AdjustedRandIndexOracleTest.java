package org.clustermodels.core.quality;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.clustermodels.core.testing.OracleData;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * ARI between scikit-learn's and R's k-means partitions against the oracle's {@code ari_sklearn_vs_r}
 * (scikit-learn's {@code adjusted_rand_score}), for every oracle file (chelsea included: 135,300 rows, where the
 * products of pair counts overflow a long) and every k. Tolerance: 1e-12 absolute (ARI lies in [-0.5, 1]).
 */
@RunWith(Parameterized.class)
public class AdjustedRandIndexOracleTest {
  private static final double TOLERANCE = 1e-12;

  private final String file;
  private final int k;

  public AdjustedRandIndexOracleTest(String file, int k) {
    this.file = file;
    this.k = k;
  }

  @Parameters(name = "{0} k={1}")
  public static Collection<Object[]> cases() {
    List<Object[]> cases = new ArrayList<>();
    for (String file : OracleData.KMEANS_FILES) {
      for (int k : OracleData.load(file).kmeansKs()) {
        cases.add(new Object[] {file, k});
      }
    }
    return cases;
  }

  @Test
  public void matchesScikitLearnOnSklearnVersusRPartitions() {
    OracleData oracle = OracleData.load(file);
    JsonNode expected = oracle.kmeans(k).get("ari_sklearn_vs_r");
    assertEquals(file + " k=" + k, expected.asDouble(),
        AdjustedRandIndex.score(oracle.sklearnLabels(k), oracle.rLabels(k)), TOLERANCE);
  }
}
