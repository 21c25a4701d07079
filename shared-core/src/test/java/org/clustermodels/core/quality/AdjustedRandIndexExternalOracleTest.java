package org.clustermodels.core.quality;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clustermodels.core.testing.OracleData;
import org.junit.Test;

/**
 * ARI of partitions against the true classes, against the oracle's {@code external.ari} (scikit-learn's
 * {@code adjusted_rand_score(classes, labels)} at k = {@code n_classes}), for the labelled files (iris, wine; raw
 * and zscore). Tolerance: 1e-12 absolute.
 */
public class AdjustedRandIndexExternalOracleTest {
  private static final double TOLERANCE = 1e-12;
  private static final List<String> LABELLED = List.of("iris.raw", "iris.zscore", "wine.raw", "wine.zscore");

  @Test
  public void kmeansPartitionsAtTheNumberOfClassesMatchScikitLearn() {
    for (String file : LABELLED) {
      OracleData oracle = OracleData.load(file);
      JsonNode external = oracle.json().get("external");
      int k = external.get("n_classes").asInt();
      int[] classes = oracle.classLabels();
      assertEquals(file, external.get("ari").get("kmeans_sklearn_best").asDouble(),
          AdjustedRandIndex.score(classes, oracle.sklearnLabels(k)), TOLERANCE);
      assertEquals(file, external.get("ari").get("kmeans_r_best").asDouble(),
          AdjustedRandIndex.score(classes, oracle.rLabels(k)), TOLERANCE);
    }
  }

  /**
   * The flat cuts {@code fcluster(Z, t=n_classes, criterion='maxclust')} of SciPy's monotonic linkages, rebuilt
   * from the oracle's linkage matrix (see {@link #maxclust}); the number of clusters obtained is checked against
   * {@code n_clusters_obtained} first.
   */
  @Test
  public void scipyMaxclustCutsMatchScikitLearn() {
    for (String file : LABELLED) {
      OracleData oracle = OracleData.load(file);
      JsonNode external = oracle.json().get("external");
      int k = external.get("n_classes").asInt();
      int[] classes = oracle.classLabels();
      for (String method : List.of("ward", "average", "complete", "single")) {
        String key = "scipy_" + method + "_maxclust";
        JsonNode linkage = oracle.json().get("agglomerative").get("scipy").get("methods").get(method).get("linkage");
        int[] cut = maxclust(linkage, classes.length, k);
        assertEquals(file + " " + key, external.get("n_clusters_obtained").get(key).asInt(), countDistinct(cut));
        assertEquals(file + " " + key, external.get("ari").get(key).asDouble(),
            AdjustedRandIndex.score(classes, cut), TOLERANCE);
      }
    }
  }

  /**
   * SciPy's maxclust cut of a monotonic linkage (rows in non-decreasing height): the smallest threshold t among
   * the merge heights that leaves at most k clusters is the height of merge row n - k - 1 (0-based), and the flat
   * clusters are the connected components of all merges with height &lt;= t (ties at t included, which can leave
   * fewer than k clusters).
   */
  private static int[] maxclust(JsonNode linkage, int n, int k) {
    for (int t = 1; t < linkage.size(); t++) {
      assertTrue("linkage must be monotonic", linkage.get(t).get(2).asDouble() >= linkage.get(t - 1).get(2).asDouble());
    }
    double threshold = linkage.get(n - k - 1).get(2).asDouble();
    int[] parent = new int[2 * n - 1];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int t = 0; t < linkage.size() && linkage.get(t).get(2).asDouble() <= threshold; t++) {
      parent[find(parent, linkage.get(t).get(0).asInt())] = n + t;
      parent[find(parent, linkage.get(t).get(1).asInt())] = n + t;
    }
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = find(parent, i);
    }
    return labels;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  private static int countDistinct(int[] labels) {
    Set<Integer> distinct = new HashSet<>();
    for (int label : labels) {
      distinct.add(label);
    }
    return distinct.size();
  }
}
