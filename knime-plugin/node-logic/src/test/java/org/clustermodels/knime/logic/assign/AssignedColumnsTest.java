package org.clustermodels.knime.logic.assign;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.knime.logic.settings.MapSettings;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.logic.table.Scaling;
import org.junit.Test;

public class AssignedColumnsTest {

  @Test
  public void givenAnUnscaledEuclideanModel_whenColumnsAreMade_thenTheyAreClusterWithDomainDistanceAndOutlier() {
    assertEquals(List.of(OutputColumn.ofString("Cluster", List.of("cluster_0", "cluster_1")),
        OutputColumn.ofDouble("Distance to centre"), OutputColumn.ofBoolean("Outlier")),
        AssignedColumns.of(List.of("cluster_0", "cluster_1"), Scaling.NONE, DistanceMetric.EUCLIDEAN, true,
            List.of("a", "b")));
  }

  @Test
  public void givenAScaledOrNonEuclideanModel_whenColumnsAreMade_thenTheDistanceColumnSaysItsSpace() {
    assertEquals("Distance to centre (z-score units)", AssignedColumns.of(List.of(), Scaling.ZSCORE,
        DistanceMetric.EUCLIDEAN, false, List.of()).get(1).name());
    assertEquals("Distance to centre (manhattan, min-max units)", AssignedColumns.of(List.of(), Scaling.MINMAX,
        DistanceMetric.MANHATTAN, false, List.of()).get(1).name());
  }

  @Test
  public void givenAnInputThatHasAClusterColumn_whenColumnsAreMade_thenKnimesUniqueNameRuleApplies() {
    List<OutputColumn> c = AssignedColumns.of(List.of(), Scaling.NONE, DistanceMetric.EUCLIDEAN, false,
        List.of("Cluster", "Distance to centre"));
    assertEquals("Cluster (#1)", c.get(0).name());
    assertEquals("Distance to centre (#1)", c.get(1).name());
  }

  @Test
  public void givenASpec_whenSavedAndLoaded_thenItIsEqual() throws SettingsException {
    ClusterModelSpec spec = new ClusterModelSpec("k-means", List.of("x", "y"), 3);
    MapSettings s = new MapSettings();
    spec.saveTo(s);
    assertEquals(List.of("kind (string) = k-means", "columns (string[]) = [x, y]", "numClusters (int) = 3"),
        s.lines());
    assertEquals(spec, ClusterModelSpec.loadFrom(s));
  }
}
