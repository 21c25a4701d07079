package org.clustermodels.knime.logic.assign;

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.knime.logic.settings.MapSettings;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.logic.table.OutputColumn;
import org.clustermodels.knime.logic.table.RowEncoder;
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
  public void givenASpec_whenSavedAndLoaded_thenItIsEqualUnderTheDocumentedKeys() throws SettingsException {
    ClusterModelSpec spec = new ClusterModelSpec("k-means", List.of("x", "y"), List.of("c0", "c1"), Scaling.ZSCORE,
        DistanceMetric.EUCLIDEAN, true);
    MapSettings s = new MapSettings();
    spec.saveTo(s);
    assertEquals(List.of("kind (string) = k-means", "columns (string[]) = [x, y]", "labels (string[]) = [c0, c1]",
        "scaling (string) = zscore", "metric (string) = euclidean", "hasOutlierRule (boolean) = true"), s.lines());
    assertEquals(spec, ClusterModelSpec.loadFrom(s));
    assertEquals(2, spec.numClusters());
  }

  @Test
  public void givenASpec_whenTheAssignersColumnsAreMade_thenTheyEqualThoseOfTheModelItDescribes() {
    CentreModel model = CentreModel.of(RowEncoder.of(List.of("x", "y"), MissingValuePolicy.FAIL, null),
        ColumnScaling.of(Scaling.MINMAX, new double[] {0, 0}, new double[] {1, 2}), new double[][] {{0, 0}, {1, 1}},
        List.of("a", "b"), DistanceMetric.EUCLIDEAN).withOutlierRule(0.5, new double[] {1, 1});
    ClusterModelSpec spec = ClusterModelSpec.of("k-means", model);
    List<String> input = List.of("x", "y", "Outlier");
    assertEquals(AssignedColumns.of(model, true, input), AssignedColumns.of(spec, true, input));
    assertEquals(List.of("Cluster", "Distance to centre (min-max units)", "Outlier (#1)"),
        AssignedColumns.of(spec, true, input).stream().map(OutputColumn::name).toList());
    ClusterModelSpec noRule = new ClusterModelSpec("k-means", List.of("x"), List.of(), Scaling.NONE,
        DistanceMetric.EUCLIDEAN, false);
    assertEquals(2, AssignedColumns.of(noRule, true, input).size());
  }
}
