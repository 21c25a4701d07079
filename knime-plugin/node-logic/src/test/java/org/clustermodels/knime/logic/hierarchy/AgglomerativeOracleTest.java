package org.clustermodels.knime.logic.hierarchy;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.clustermodels.knime.logic.assign.NearestCentreAssigner;
import org.clustermodels.knime.logic.assign.RowAssignment;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.hierarchy.LinkageMethod;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.quality.AdjustedRandIndex;
import org.junit.Test;

/**
 * The agglomerative node's clusters against SciPy: on USArrests (a strict oracle, raw and z-scored) every linkage
 * cut into k = 2..8 clusters and at heights between merges gives SciPy's partition (cut independently from SciPy's
 * linkage matrix); on iris the adjusted Rand index against the species equals the oracle's for SciPy's
 * {@code fcluster(maxclust=3)}; the centres are the means of the z-scored rows, recomputed here.
 */
public class AgglomerativeOracleTest {
  private static final Oracles.Table USARRESTS = Oracles.table("usarrests");

  private static HierarchyResult run(Oracles.Table table, LinkageMethod linkage, Standardization scaling,
      ClusterCut cut) {
    AgglomerativeNodeSettings settings = AgglomerativeNodeSettings.builder().linkage(linkage).scaling(scaling)
        .cut(cut).build();
    return AgglomerativeNodeRun.run(settings, table.data(), table.rowKeys(), table.columns(), ProgressMonitor.none(),
        MemoryCheck.runtime());
  }

  @Test
  public void everyLinkageCutIntoKClustersGivesScipysPartitionOnUsArrests() {
    int compared = 0;
    for (String variant : List.of("raw", "zscore")) {
      Map<String, Object> oracle = Oracles.json("usarrests", variant);
      Standardization scaling = variant.equals("raw") ? Standardization.NONE : Standardization.ZSCORE;
      for (LinkageMethod linkage : LinkageMethod.values()) {
        List<List<Double>> z = Oracles.at(oracle, "agglomerative", "scipy", "methods", linkage.id(), "linkage");
        int n = z.size() + 1;
        for (int k = 2; k <= 8; k++) {
          if (z.get(n - k - 1).get(2).equals(z.get(n - k).get(2))) {
            continue; // the merges on both sides of the cut are tied: either order is right
          }
          HierarchyResult result = run(USARRESTS, linkage, scaling, ClusterCut.byCount(k));
          String what = variant + " " + linkage.id() + " k=" + k;
          assertEquals(what, k, result.clusterCount());
          assertTrue(what, Oracles.samePartition(Oracles.scipyCutByCount(z, k), result.clusterIndices()));
          compared++;
        }
      }
    }
    assertTrue("compared " + compared, compared >= 90);
  }

  @Test
  public void monotoneLinkagesCutAtAHeightGiveScipysPartitionOnUsArrests() {
    Map<String, Object> oracle = Oracles.json("usarrests", "zscore");
    for (LinkageMethod linkage : List.of(LinkageMethod.SINGLE, LinkageMethod.COMPLETE, LinkageMethod.AVERAGE,
        LinkageMethod.WEIGHTED, LinkageMethod.WARD)) {
      List<List<Double>> z = Oracles.at(oracle, "agglomerative", "scipy", "methods", linkage.id(), "linkage");
      int n = z.size() + 1;
      for (int k : new int[] {2, 3, 5, 9, 20}) {
        double h = (z.get(n - k - 1).get(2) + z.get(n - k).get(2)) / 2;
        HierarchyResult result = run(USARRESTS, linkage, Standardization.ZSCORE, ClusterCut.byHeight(h));
        int[] expected = Oracles.scipyCutByHeight(z, h);
        assertEquals(linkage.id() + " h=" + h, java.util.Arrays.stream(expected).distinct().count(),
            result.clusterCount());
        assertTrue(linkage.id() + " h=" + h, Oracles.samePartition(expected, result.clusterIndices()));
      }
    }
  }

  @Test
  public void clustersAreNamedClusterZeroUpInTheOrderOfTheirFirstRow() {
    HierarchyResult result = run(USARRESTS, LinkageMethod.COMPLETE, Standardization.ZSCORE, ClusterCut.byCount(4));
    assertEquals(List.of("cluster_0", "cluster_1", "cluster_2", "cluster_3"), result.clusterNames());
    String[] labels = result.rowLabels();
    assertEquals(50, labels.length);
    int next = 0;
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (String label : labels) {
      if (seen.add(label)) {
        assertEquals("cluster_" + next++, label);
      }
    }
    assertEquals(4, next);
    assertEquals("cluster_0", result.clusterName(0));
  }

  @Test
  public void theAdjustedRandIndexWithTheIrisSpeciesIsScipysForMaxclustThree() {
    Oracles.Table iris = Oracles.table("iris");
    Map<String, Object> oracle = Oracles.json("iris", "zscore");
    int[] species = new int[iris.classes().length];
    List<String> names = Oracles.at(oracle, "external", "class_values_sorted");
    for (int i = 0; i < species.length; i++) {
      species[i] = names.indexOf(iris.classes()[i]);
    }
    for (LinkageMethod linkage : List.of(LinkageMethod.WARD, LinkageMethod.AVERAGE, LinkageMethod.COMPLETE,
        LinkageMethod.SINGLE)) {
      double expected = Oracles.<Double>at(oracle, "external", "ari", "scipy_" + linkage.id() + "_maxclust");
      HierarchyResult result = run(iris, linkage, Standardization.ZSCORE, ClusterCut.byCount(3));
      assertEquals(linkage.id(), expected, AdjustedRandIndex.score(result.clusterIndices(), species), 1e-12);
    }
  }

  @Test
  public void theModelsCentresAreTheMeansOfTheZScoredRowsOfEachCluster() {
    Map<String, Object> oracle = Oracles.json("usarrests", "zscore");
    DenseMatrix z = Oracles.zscore(USARRESTS.data(), oracle);
    HierarchyResult result = run(USARRESTS, LinkageMethod.WARD, Standardization.ZSCORE, ClusterCut.byCount(4));
    int[] labels = result.clusterIndices();
    DendrogramModelContent model = result.model();
    double[][] centers = model.centers();
    int[] sizes = model.clusterSizes();
    for (int c = 0; c < 4; c++) {
      double[] sum = new double[z.cols()];
      int size = 0;
      for (int i = 0; i < z.rows(); i++) {
        if (labels[i] == c) {
          size++;
          for (int j = 0; j < z.cols(); j++) {
            sum[j] += z.get(i, j);
          }
        }
      }
      assertEquals(size, sizes[c]);
      for (int j = 0; j < z.cols(); j++) {
        assertEquals("cluster " + c + " column " + j, sum[j] / size, centers[c][j], 1e-12);
      }
    }
    // the fill values are the raw column means
    double[] fill = model.fillValues();
    for (int j = 0; j < fill.length; j++) {
      double s = 0;
      for (int i = 0; i < 50; i++) {
        s += USARRESTS.data().get(i, j);
      }
      assertEquals(s / 50, fill[j], 1e-12);
    }
    assertArrayEquals(USARRESTS.rowKeys(), model.rowKeys());
    assertEquals(List.of(USARRESTS.columns()), model.columnNames());
    assertEquals("euclidean distance (ward linkage)", model.heightLabel());
  }

  @Test
  public void aTrainingRowIsNearestToTheCentreOfItsOwnWardCluster() {
    HierarchyResult result = run(USARRESTS, LinkageMethod.WARD, Standardization.ZSCORE, ClusterCut.byCount(2));
    DendrogramModelContent model = result.model();
    Map<String, Object> oracle = Oracles.json("usarrests", "zscore");
    DenseMatrix z = Oracles.zscore(USARRESTS.data(), oracle);
    double[][] centers = model.centers();
    for (int i = 0; i < 50; i++) {
      // brute force, in the test's own z-scores
      double best = Double.POSITIVE_INFINITY;
      int expected = -1;
      for (int c = 0; c < centers.length; c++) {
        double s = 0;
        for (int j = 0; j < z.cols(); j++) {
          s += (z.get(i, j) - centers[c][j]) * (z.get(i, j) - centers[c][j]);
        }
        if (Math.sqrt(s) < best) {
          best = Math.sqrt(s);
          expected = c;
        }
      }
      RowAssignment a = NearestCentreAssigner.of(model.centreModel()).assign(USARRESTS.rowKeys()[i],
          USARRESTS.data().row(i));
      assertEquals(USARRESTS.rowKeys()[i], expected, a.cluster());
      assertEquals(model.clusterNames().get(expected), a.label());
      assertEquals(best, a.distance(), 1e-12);
    }
  }
}
