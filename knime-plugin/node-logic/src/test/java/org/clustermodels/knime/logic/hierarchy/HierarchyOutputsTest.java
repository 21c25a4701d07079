package org.clustermodels.knime.logic.hierarchy;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.hierarchy.LinkageMethod;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.knime.logic.table.ColumnKind;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.junit.Test;

/** The appended cluster column: its name (unique among the input's) and its domain at configure and after. */
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
}
