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
 * {@link Silhouette#exact} on scikit-learn's k-means partitions against the oracle's
 * {@code kmeans.per_k.<k>.silhouette_sklearn_labels} ({@code sklearn.metrics.silhouette_score}), for every oracle
 * file and k where it is not null (iris, wine, usarrests, faithful; raw and zscore; k = 2..10: 72 cases; chelsea
 * has none). The data is the oracle's own preprocessed matrix, rebuilt and fingerprint-checked by
 * {@link OracleData}. Tolerance: 1e-9 absolute (silhouettes lie in [-1, 1]).
 *
 * <p>Observed agreement: within 1e-13 everywhere except faithful.zscore (up to 8e-11). faithful has 16
 * duplicate rows, and scikit-learn's distances sqrt(|x|^2 - 2 x.y + |y|^2) give such pairs about 4e-8 instead of
 * 0; this class computes sqrt(sum (x - y)^2), which is exactly 0 there.
 */
@RunWith(Parameterized.class)
public class SilhouetteOracleTest {
  private static final double TOLERANCE = 1e-9;

  private final String file;
  private final int k;

  public SilhouetteOracleTest(String file, int k) {
    this.file = file;
    this.k = k;
  }

  @Parameters(name = "{0} k={1}")
  public static Collection<Object[]> cases() {
    List<Object[]> cases = new ArrayList<>();
    for (String file : OracleData.KMEANS_FILES) {
      OracleData oracle = OracleData.load(file);
      for (int k : oracle.kmeansKs()) {
        if (!oracle.kmeans(k).path("silhouette_sklearn_labels").isNull()) {
          cases.add(new Object[] {file, k});
        }
      }
    }
    return cases;
  }

  @Test
  public void matchesScikitLearnSilhouetteScore() {
    OracleData oracle = OracleData.load(file);
    JsonNode expected = oracle.kmeans(k).get("silhouette_sklearn_labels");
    assertEquals(file + " k=" + k, expected.asDouble(), Silhouette.exact(oracle.matrix(), oracle.sklearnLabels(k)),
        TOLERANCE);
  }
}
