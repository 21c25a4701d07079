package org.clustermodels.knime.logic.hierarchy;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.hierarchy.LinkageMethod;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.knime.logic.settings.MapSettings;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.table.ColumnKind;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.junit.Test;

/**
 * The minimum cluster size: the settings key (absent in old settings = off), the appended "Outlier" and "Anomaly
 * score" columns, and their values against a direct computation on a small hand-made table.
 */
public class MinClusterSizeTest {
  /**
   * Rows a (0, 0), b (0, 1), c (1, 0), d (10, 10), e (10, 11), f (30, 0). Single linkage merges a, b, c and d, e at
   * 1, then {a, b, c} with {d, e} at |c - d| = sqrt(181) = 13.5, last f at |d - f| = sqrt(500) = 22.4; so the cut
   * into 3 clusters is {a, b, c}, {d, e}, {f}. Min-max scaled (x / 30, y / 11) the merges come in the same order
   * (0.957 before 0.967), so the cut is the same.
   */
  private static final double[][] ROWS = {{0, 0}, {0, 1}, {1, 0}, {10, 10}, {10, 11}, {30, 0}};
  private static final int[] CUT = {0, 0, 0, 1, 1, 2};
  private static final String[] KEYS = {"a", "b", "c", "d", "e", "f"};
  private static final String[] COLUMNS = {"x", "y"};

  private static AgglomerativeNodeSettings single(int minClusterSize, Standardization scaling) {
    return AgglomerativeNodeSettings.builder().linkage(LinkageMethod.SINGLE).cut(ClusterCut.byCount(3))
        .scaling(scaling).minClusterSize(minClusterSize).build();
  }

  private static HierarchyResult run(AgglomerativeNodeSettings s) {
    return AgglomerativeNodeRun.run(s, DenseMatrix.of(ROWS), KEYS, COLUMNS, ProgressMonitor.none(),
        MemoryCheck.runtime());
  }

  /** Each row's distance to the nearest mean of a cluster of {@link #CUT} with at least m rows, computed here. */
  private static double[] expectedScores(double[][] x, int m) {
    int k = 3;
    double[][] sums = new double[k][2];
    int[] sizes = new int[k];
    for (int i = 0; i < x.length; i++) {
      sizes[CUT[i]]++;
      sums[CUT[i]][0] += x[i][0];
      sums[CUT[i]][1] += x[i][1];
    }
    double[] out = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      out[i] = Double.POSITIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        if (sizes[c] >= m) {
          out[i] = Math.min(out[i], Math.hypot(x[i][0] - sums[c][0] / sizes[c], x[i][1] - sums[c][1] / sizes[c]));
        }
      }
    }
    return out;
  }

  private static void assertScores(HierarchyResult r, double[] expected, boolean[] outliers) {
    assertArrayEquals(CUT, r.clusterIndices());
    assertTrue(r.hasScores());
    for (int i = 0; i < ROWS.length; i++) {
      assertEquals(KEYS[i], outliers[i], r.isOutlier(i));
      assertEquals(KEYS[i], expected[i], r.anomalyScore(i), 1e-12);
      assertArrayEquals(new Object[] {"cluster_" + CUT[i], outliers[i], r.anomalyScore(i)}, r.cells(i));
    }
  }

  @Test
  public void singletonsAreOutliersScoredByTheDistanceToTheNearestRegularMean() {
    HierarchyResult r = run(single(2, Standardization.NONE));
    assertScores(r, expectedScores(ROWS, 2), new boolean[] {false, false, false, false, false, true});
    assertEquals(1, r.outlierCount());
    // f (30, 0) is nearest to the mean (10, 10.5) of {d, e}: sqrt(400 + 110.25)
    assertEquals(Math.sqrt(510.25), r.anomalyScore(5), 1e-12);
  }

  @Test
  public void aLargerMinimumFlagsSmallClustersAndMeasuresToTheLargeOnesOnly() {
    HierarchyResult r = run(single(3, Standardization.NONE));
    assertScores(r, expectedScores(ROWS, 3), new boolean[] {false, false, false, true, true, true});
    // d (10, 10) to the mean (1/3, 1/3) of {a, b, c}
    assertEquals(Math.hypot(10 - 1.0 / 3, 10 - 1.0 / 3), r.anomalyScore(3), 1e-12);
  }

  @Test
  public void theScoresAreInTheScaledUnits() {
    double[][] scaled = new double[ROWS.length][];
    for (int i = 0; i < ROWS.length; i++) {
      scaled[i] = new double[] {ROWS[i][0] / 30, ROWS[i][1] / 11};
    }
    HierarchyResult r = run(single(2, Standardization.MINMAX));
    assertScores(r, expectedScores(scaled, 2), new boolean[] {false, false, false, false, false, true});
  }

  @Test
  public void theDivisiveNodeScoresItsCutToo() {
    // DIANA splits f off first (largest mean distance to the others), then {d, e} from {a, b, c}
    DivisiveNodeSettings s = DivisiveNodeSettings.builder().cut(ClusterCut.byCount(3)).minClusterSize(2).build();
    HierarchyResult r = DivisiveNodeRun.run(s, DenseMatrix.of(ROWS), KEYS, COLUMNS, ProgressMonitor.none(),
        MemoryCheck.runtime());
    assertScores(r, expectedScores(ROWS, 2), new boolean[] {false, false, false, false, false, true});
  }

  @Test
  public void offAndOneAddNoColumnsAndNoScores() {
    for (int m : new int[] {0, 1}) {
      AgglomerativeNodeSettings s = single(m, Standardization.NONE);
      assertFalse(s.scoresAnomalies());
      assertEquals(1, HierarchyOutputs.appendedColumns(s, List.of("x", "y")).size());
      HierarchyResult r = run(s);
      assertFalse(r.hasScores());
      assertEquals(0, r.outlierCount());
      assertArrayEquals(new Object[] {"cluster_2"}, r.cells(5));
      assertThrows(IllegalStateException.class, () -> r.isOutlier(0));
    }
  }

  @Test
  public void theTwoColumnsFollowTheClusterColumnWithUniqueNames() {
    AgglomerativeNodeSettings s = single(2, Standardization.NONE);
    List<OutputColumn> c = HierarchyOutputs.appendedColumns(s, List.of("x", "Outlier"));
    assertEquals(List.of("Cluster", "Outlier (#1)", "Anomaly score"), c.stream().map(OutputColumn::name).toList());
    assertEquals(List.of(ColumnKind.STRING, ColumnKind.BOOLEAN, ColumnKind.DOUBLE),
        c.stream().map(OutputColumn::kind).toList());
    assertEquals(List.of("cluster_0", "cluster_1", "cluster_2"), c.get(0).possibleValues());
    List<OutputColumn> after = HierarchyOutputs.appendedColumns(s, List.of("x", "y"), run(s));
    assertEquals(List.of("Cluster", "Outlier", "Anomaly score"), after.stream().map(OutputColumn::name).toList());
  }

  @Test
  public void noClusterLargeEnoughIsRefusedNamingTheOption() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> run(single(4, Standardization.NONE)));
    assertTrue(e.getMessage(), e.getMessage().startsWith("Minimum cluster size is 4, but the largest cluster of the "
        + "cut has 3 rows"));
  }

  @Test
  public void theKeyIsStoredAndSettingsWithoutItLoadAsOff() throws SettingsException {
    AgglomerativeNodeSettings s = single(4, Standardization.NONE);
    MapSettings map = new MapSettings();
    s.saveTo(map);
    assertTrue(map.lines().contains("min_cluster_size (int) = 4"));
    assertEquals(s, AgglomerativeNodeSettings.loadFrom(map));
    MapSettings old = new MapSettings();
    for (String line : map.lines()) {
      if (!line.startsWith("min_cluster_size ")) {
        NodeSettingsTest.copyLine(line, old);
      }
    }
    assertEquals(0, AgglomerativeNodeSettings.loadFrom(old).minClusterSize());
    assertEquals(s.toBuilder().minClusterSize(0).build(), AgglomerativeNodeSettings.loadFrom(old));
    MapSettings divisive = new MapSettings();
    DivisiveNodeSettings.builder().minClusterSize(3).build().saveTo(divisive);
    assertEquals(3, DivisiveNodeSettings.loadFrom(divisive).minClusterSize());
  }

  @Test
  public void aNegativeSizeIsRefusedNamingTheOption() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> DivisiveNodeSettings.builder().minClusterSize(-1).build());
    assertEquals("Minimum cluster size must be >= 0 (0 = off), got -1", e.getMessage());
  }
}
