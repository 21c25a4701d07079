package org.clustermodels.knime.logic.hierarchy;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.hierarchy.LinkageMethod;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.knime.logic.table.ColumnKind;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.logic.table.OutputTable;
import org.junit.Test;

/**
 * The appended cluster column: its name (unique among the input's) and its domain at configure and after; the
 * segment profile of the cut.
 */
public class HierarchyOutputsTest {
  @Test
  public void aCutByCountKnowsItsClusterNamesAtConfigureTime() {
    AgglomerativeNodeSettings s = AgglomerativeNodeSettings.builder().cut(ClusterCut.byCount(4)).build();
    OutputColumn c = HierarchyOutputs.clusterColumn(s, List.of("x", "y"));
    assertEquals("Cluster", c.name());
    assertEquals(ColumnKind.STRING, c.kind());
    assertEquals(List.of("cluster_0", "cluster_1", "cluster_2", "cluster_3"), c.possibleValues());
  }

  @Test
  public void aCutAtAHeightKnowsItsClustersOnlyAfterTheRun() {
    // 1-d rows 0, 0.5, 5, 5.5, 20: single linkage merges at 0.5, 0.5, 4.5 and 14.5, so at height 1 the clusters
    // are {0, 0.5}, {5, 5.5} and {20}
    DivisiveNodeSettings s = DivisiveNodeSettings.builder().cut(ClusterCut.byHeight(1)).build();
    assertEquals(List.of(), HierarchyOutputs.clusterColumn(s, List.of("x")).possibleValues());
    AgglomerativeNodeSettings single = AgglomerativeNodeSettings.builder().linkage(LinkageMethod.SINGLE)
        .cut(ClusterCut.byHeight(1)).build();
    HierarchyResult result = AgglomerativeNodeRun.run(single, DenseMatrix.of(new double[][] {{0}, {0.5}, {5}, {5.5},
        {20}}), new String[] {"a", "b", "c", "d", "e"}, new String[] {"x"}, ProgressMonitor.none(),
        MemoryCheck.runtime());
    OutputColumn c = HierarchyOutputs.clusterColumn(single, List.of("x"), result);
    assertEquals(List.of("cluster_0", "cluster_1", "cluster_2"), c.possibleValues());
    assertEquals(List.of("cluster_0", "cluster_0", "cluster_1", "cluster_1", "cluster_2"),
        List.of(result.rowLabels()));
  }

  @Test
  public void theColumnNameIsMadeUniqueByKnimesRule() {
    AgglomerativeNodeSettings s = AgglomerativeNodeSettings.builder().outputColumn(" Group ").build();
    assertEquals("Group", HierarchyOutputs.clusterColumn(s, List.of("Cluster")).name());
    assertEquals("Group (#2)", HierarchyOutputs.clusterColumn(s, List.of("Group", "Group (#1)")).name());
    assertEquals("Cluster (#1)", HierarchyOutputs.clusterColumn(AgglomerativeNodeSettings.defaults(),
        List.of("Cluster", "x")).name());
  }

  @Test
  public void theProfileDescribesTheCutsClustersInOriginalUnits() {
    // standardised, the rows (0, 10), (1, 10), (9, 30), (10, 30), (11, 30) still fall into {0, 1} and {9, 10, 11}
    AgglomerativeNodeSettings s = AgglomerativeNodeSettings.builder().cut(ClusterCut.byCount(2))
        .scaling(org.clustermodels.core.data.Standardization.ZSCORE).build();
    assertEquals(List.of("all", "cluster_0", "cluster_1"), HierarchyOutputs.profileColumns(s).get(0)
        .possibleValues());
    assertEquals(List.of(), HierarchyOutputs.profileColumns(AgglomerativeNodeSettings.builder()
        .cut(ClusterCut.byHeight(1)).build()).get(0).possibleValues());
    DenseMatrix x = DenseMatrix.of(new double[][] {{0, 10}, {1, 10}, {9, 30}, {10, 30}, {11, 30}});
    HierarchyResult result = AgglomerativeNodeRun.run(s, x, new String[] {"a", "b", "c", "d", "e"},
        new String[] {"u", "v"}, ProgressMonitor.none(), MemoryCheck.runtime());
    OutputTable p = HierarchyOutputs.profile(x, List.of("u", "v"), result);
    assertEquals(HierarchyOutputs.profileColumns(s), p.columns());
    assertEquals(2 + 2 * 2, p.rowCount());
    // u: overall mean 31 / 5 = 6.2; population variance (6.2^2 + 5.2^2 + 2.8^2 + 3.8^2 + 4.8^2) / 5 = 22.16
    double sdU = Math.sqrt(22.16);
    assertEquals(row("all", 5, 1.0, "u", 6.2, sdU, 0.0), round(p.row(0)));
    // v: overall mean 22, variance (3 * 64 + 2 * 144) / 5 = 96
    assertEquals(row("all", 5, 1.0, "v", 22.0, Math.sqrt(96), 0.0), round(p.row(1)));
    assertEquals(row("cluster_0", 2, 0.4, "u", 0.5, 0.5, (0.5 - 6.2) / sdU), round(p.row(2)));
    assertEquals(row("cluster_0", 2, 0.4, "v", 10.0, 0.0, (10 - 22) / Math.sqrt(96)), round(p.row(3)));
    assertEquals(row("cluster_1", 3, 0.6, "u", 10.0, Math.sqrt(2 / 3.0), (10 - 6.2) / sdU), round(p.row(4)));
    assertEquals(row("cluster_1", 3, 0.6, "v", 30.0, 0.0, (30 - 22) / Math.sqrt(96)), round(p.row(5)));
  }

  /** The row with its doubles rounded to 12 significant digits, to compare with hand-computed figures. */
  private static List<Object> round(Object[] row) {
    return java.util.Arrays.stream(row).map(v -> v instanceof Double d ? Double.valueOf(String.format(
        java.util.Locale.ROOT, "%.12g", d)) : v).toList();
  }

  private static List<Object> row(Object... values) {
    return round(values);
  }
}
