package org.clustermodels.core.hierarchy;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.clustermodels.core.quality.AdjustedRandIndex;
import org.clustermodels.core.testing.OracleData;
import org.junit.Test;

/** Cuts by number of clusters: SciPy's documented partitions, SciPy's {@code maxclust} on the oracles, validation. */
public class CutByCountTest {
  private static final Dendrogram WARD = DendrogramTestTrees.scipyWard();

  /** Undoing the last 3 (or 7) merges of the documented ward tree gives SciPy's documented cuts at t = 3 (t = 1.1). */
  @Test
  public void givenScipyDocumentationWardTree_whenCutByCount_thenScipyPartitions() {
    assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3}, WARD.cutByCount(4));
    assertArrayEquals(new int[] {0, 0, 1, 2, 2, 3, 4, 4, 5, 6, 6, 7}, WARD.cutByCount(8));
    assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}, WARD.cutByCount(12));
    assertArrayEquals(new int[12], WARD.cutByCount(1));
  }

  /** Merge order, not height order: the last merge of the median tree is the root, although it is not the highest. */
  @Test
  public void givenTreeWithInversion_whenCutByCount_thenLastMergesInMergeOrderUndone() {
    Dendrogram median = DendrogramTestTrees.scipyMedian();
    assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1}, median.cutByCount(2));
    assertArrayEquals(new int[] {0, 0, 0, 1, 1, 1, 2, 2, 2, 2, 2, 2}, median.cutByCount(3));
  }

  /**
   * {@code external.ari.scipy_<m>_maxclust} is the adjusted Rand index between SciPy's
   * {@code fcluster(Z, 3, 'maxclust')} and the true classes. Where SciPy got 3 clusters and no tie sits at the
   * cut, maxclust is the cut at the height that leaves 3 clusters, which our cut by count must reproduce.
   */
  @Test
  public void givenOracleLinkages_whenCutIntoTheClassCount_thenScipyMaxclustAri() {
    for (String file : new String[] {"iris.raw", "iris.zscore", "wine.raw", "wine.zscore"}) {
      OracleData oracle = OracleData.load(file);
      JsonNode external = oracle.json().get("external");
      int k = external.get("n_classes").asInt();
      for (String method : new String[] {"ward", "average", "complete", "single"}) {
        String key = "scipy_" + method + "_maxclust";
        assertEquals(file + " " + key, k, external.get("n_clusters_obtained").get(key).asInt());
        Dendrogram tree = DendrogramOracles.scipyTree(oracle, method);
        assertTrue(file + " " + method + ": a tie at the cut", tree.heightForCount(k).isPresent());
        double expected = external.get("ari").get(key).asDouble();
        int[] byCount = tree.cutByCount(k);
        assertEquals(file + " " + method, expected, AdjustedRandIndex.score(byCount, oracle.classLabels()), 1e-12);
        assertArrayEquals(file + " " + method, byCount, tree.cutByHeight(tree.heightForCount(k).getAsDouble()));
      }
    }
  }

  @Test
  public void givenCountOutsideOneToN_whenCutByCount_thenRejectedNamingTheRange() {
    for (int k : new int[] {0, -1, 13}) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WARD.cutByCount(k));
      assertTrue(e.getMessage(), e.getMessage().contains("between 1 and the number of rows n = 12")
          && e.getMessage().contains("k = " + k));
    }
  }
}
