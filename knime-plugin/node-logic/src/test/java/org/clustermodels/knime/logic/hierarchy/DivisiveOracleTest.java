package org.clustermodels.knime.logic.hierarchy;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.hierarchy.DivisiveMethod;
import org.clustermodels.core.progress.ProgressMonitor;
import org.junit.Test;

/**
 * The divisive node's clusters: DIANA cut into k = 2..8 clusters gives R {@code cluster::diana}'s partition on
 * USArrests (raw and z-scored; cut independently from R's merge matrix); bisecting k-means finds three
 * well-separated groups made by hand.
 */
public class DivisiveOracleTest {
  private static final Oracles.Table USARRESTS = Oracles.table("usarrests");

  @Test
  public void dianaCutIntoKClustersGivesRsPartitionOnUsArrests() {
    int compared = 0;
    for (String variant : List.of("raw", "zscore")) {
      Map<String, Object> oracle = Oracles.json("usarrests", variant);
      List<List<Double>> merge = Oracles.at(oracle, "divisive", "r_diana", "merge");
      double[] sorted = Oracles.doubles(Oracles.at(oracle, "divisive", "r_diana", "heights_sorted"));
      int n = merge.size() + 1;
      for (int k = 2; k <= 8; k++) {
        if (sorted[n - k - 1] == sorted[n - k]) {
          continue; // tied diameters at the cut
        }
        DivisiveNodeSettings settings = DivisiveNodeSettings.builder().algorithm(DivisiveMethod.DIANA)
            .scaling(variant.equals("raw") ? Standardization.NONE : Standardization.ZSCORE)
            .cut(ClusterCut.byCount(k)).build();
        HierarchyResult result = DivisiveNodeRun.run(settings, USARRESTS.data(), USARRESTS.rowKeys(),
            USARRESTS.columns(), ProgressMonitor.none(), MemoryCheck.runtime());
        assertEquals(k, result.clusterCount());
        assertTrue(variant + " k=" + k, Oracles.samePartition(Oracles.rCutByCount(merge, k),
            result.clusterIndices()));
        compared++;
      }
      // the largest diameter is the root's height
      HierarchyResult any = DivisiveNodeRun.run(DivisiveNodeSettings.builder()
          .scaling(variant.equals("raw") ? Standardization.NONE : Standardization.ZSCORE).build(), USARRESTS.data(),
          USARRESTS.rowKeys(), USARRESTS.columns(), ProgressMonitor.none(), MemoryCheck.runtime());
      assertEquals(sorted[n - 2], any.model().dendrogram().height(n - 2), 1e-9 * sorted[n - 2]);
    }
    assertTrue("compared " + compared, compared >= 12);
  }

  @Test
  public void bisectingKMeansFindsThreeSeparatedGroupsAndTheirCentres() {
    double[][] rows = new double[30][];
    String[] keys = new String[30];
    int[] group = new int[30];
    double[][] offsets = {{0, 0}, {100, 0}, {0, 100}};
    for (int i = 0; i < 30; i++) {
      group[i] = i % 3;
      rows[i] = new double[] {offsets[group[i]][0] + (i * 7 % 5), offsets[group[i]][1] + (i * 3 % 4)};
      keys[i] = "Row" + i;
    }
    DivisiveNodeSettings settings = DivisiveNodeSettings.builder().algorithm(DivisiveMethod.BISECTING_KMEANS)
        .seed(7).cut(ClusterCut.byCount(3)).build();
    HierarchyResult result = DivisiveNodeRun.run(settings, DenseMatrix.of(rows), keys, new String[] {"x", "y"},
        ProgressMonitor.none(), MemoryCheck.runtime());
    assertTrue(Oracles.samePartition(group, result.clusterIndices()));
    double[][] centers = result.model().centers();
    for (int c = 0; c < 3; c++) {
      double sx = 0;
      double sy = 0;
      int size = 0;
      for (int i = 0; i < 30; i++) {
        if (result.clusterIndex(i) == c) {
          sx += rows[i][0];
          sy += rows[i][1];
          size++;
        }
      }
      assertEquals(10, size);
      assertEquals(sx / size, centers[c][0], 1e-12);
      assertEquals(sy / size, centers[c][1], 1e-12);
    }
    assertEquals("SSE of the split cluster", result.model().heightLabel());
    assertEquals("bisecting_kmeans", result.model().algorithm());
  }
}
