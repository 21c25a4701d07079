package org.clustermodels.knime.logic.hierarchy;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.clustermodels.knime.logic.assign.NearestCentreAssigner;
import org.clustermodels.knime.logic.assign.RowAssignment;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.core.hierarchy.DivisiveMethod;
import org.clustermodels.core.hierarchy.LinkageMethod;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.knime.logic.settings.MapSettings;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsWriter;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.junit.Test;

/** The dendrogram model: frozen keys, exact round trips (also of a large tree), and damaged content refused. */
public class DendrogramModelContentTest {
  /** Rows 0, 1, 5, 7 in one column: single linkage merges 0+1 at 1, 5+7 at 2, then both at 4. */
  private static HierarchyResult small() {
    AgglomerativeNodeSettings s = AgglomerativeNodeSettings.builder().linkage(LinkageMethod.SINGLE)
        .cut(ClusterCut.byCount(2)).missingValues(MissingValuePolicy.MEAN).build();
    return AgglomerativeNodeRun.run(s, DenseMatrix.of(new double[][] {{0}, {1}, {5}, {7}}),
        new String[] {"a", "b", "c", "d"}, new String[] {"x"}, ProgressMonitor.none(), MemoryCheck.runtime());
  }

  private static MapSettings saved(DendrogramModelContent model) {
    MapSettings map = new MapSettings();
    model.saveTo(map);
    return map;
  }

  @Test
  public void aSmallModelIsStoredUnderTheFrozenKeys() {
    List<String> lines = saved(small().model()).lines();
    assertEquals(List.of(
        "format_version (int) = 1",
        "kind (string) = agglomerative",
        "algorithm (string) = single",
        "height_label (string) = euclidean distance (single linkage)",
        "metric (string) = euclidean",
        "columns (string[]) = [x]",
        "cut_by (string) = count",
        "cut_count (int) = 2",
        "cut_height (double) = 1.0",
        "cluster_names (string[]) = [cluster_0, cluster_1]",
        "row_keys (string[]) = [a, b, c, d]",
        "merge_left (int[]) = [0, 2, 4]",
        "merge_right (int[]) = [1, 3, 5]",
        "merge_height (double[]) = [1.0, 2.0, 4.0]",
        "scaler (group)",
        "  standardization (string) = none",
        "  offsets (double[]) = [0.0]",
        "  divisors (double[]) = [1.0]",
        "cluster_sizes (int[]) = [2, 2]",
        "centers (double[]) = [0.5, 6.0]",
        "missing_values (string) = mean",
        "fill_values (double[]) = [3.25]"), lines);
  }

  @Test
  public void aTreeOfThousandsOfLeavesComesBackExactly() throws SettingsException {
    int n = 3000;
    Random r = new Random(11);
    double[][] rows = new double[n][3];
    String[] keys = new String[n];
    for (int i = 0; i < n; i++) {
      rows[i] = new double[] {r.nextGaussian() * 3, r.nextGaussian(), 100 + r.nextGaussian() * 20};
      keys[i] = "Row" + i + (i % 7 == 0 ? " \"quoted\", ünïcode" : "");
    }
    DivisiveNodeSettings s = DivisiveNodeSettings.builder().algorithm(DivisiveMethod.BISECTING_KMEANS)
        .scaling(Standardization.ZSCORE).cut(ClusterCut.byHeight(400)).seed(3).build();
    HierarchyResult result = DivisiveNodeRun.run(s, DenseMatrix.of(rows), keys, new String[] {"a", "b", "c"},
        ProgressMonitor.none(), MemoryCheck.runtime());
    DendrogramModelContent model = result.model();
    DendrogramModelContent loaded = DendrogramModelContent.loadFrom(saved(model));
    assertEquals(model.dendrogram(), loaded.dendrogram());
    assertEquals(n, loaded.dendrogram().leafCount());
    assertArrayEquals(keys, loaded.rowKeys());
    assertEquals(model.spec(), loaded.spec());
    assertEquals(model.cut(), loaded.cut());
    assertEquals(Standardization.ZSCORE, loaded.scaler().method());
    assertArrayEquals(model.scaler().offsets(), loaded.scaler().offsets(), 0);
    assertArrayEquals(model.scaler().divisors(), loaded.scaler().divisors(), 0);
    assertArrayEquals(model.centers(), loaded.centers());
    assertArrayEquals(model.clusterSizes(), loaded.clusterSizes());
    assertArrayEquals(model.fillValues(), loaded.fillValues(), 0);
    assertEquals(model.missingValues(), loaded.missingValues());
    assertEquals(DistanceMetric.EUCLIDEAN, loaded.metric());
    assertArrayEquals(result.clusterIndices(), loaded.trainingLabels());
    assertTrue(loaded.clusterCount() > 1);
    for (int i = 0; i < 200; i++) {
      double[] row = {r.nextGaussian() * 3, r.nextGaussian(), 100 + r.nextGaussian() * 20};
      RowAssignment before = NearestCentreAssigner.of(model.centreModel()).assign("r" + i, row);
      RowAssignment after = NearestCentreAssigner.of(loaded.centreModel()).assign("r" + i, row);
      assertEquals(before.cluster(), after.cluster());
      assertEquals(before.distance(), after.distance(), 0);
    }
    // and once more: saving the loaded model writes the same content
    assertEquals(saved(model).lines(), saved(loaded).lines());
  }

  @Test
  public void theSpecIsKnownAtConfigureTimeWithNamesOnlyForACutByCount() throws SettingsException {
    DendrogramModelSpec byCount = DendrogramModelSpec.of(AgglomerativeNodeSettings.builder()
        .linkage(LinkageMethod.WARD).cut(ClusterCut.byCount(4)).build(), List.of("u", "v"));
    assertEquals(Optional.of(List.of("cluster_0", "cluster_1", "cluster_2", "cluster_3")), byCount.clusterNames());
    assertEquals("agglomerative, ward linkage, euclidean, 2 columns, cut into 4 clusters", byCount.describe());
    DendrogramModelSpec byHeight = DendrogramModelSpec.of(DivisiveNodeSettings.builder()
        .metric(DistanceMetric.MANHATTAN).cut(ClusterCut.byHeight(2.5)).build(), List.of("u"));
    assertFalse(byHeight.clusterNames().isPresent());
    assertEquals("divisive, DIANA, manhattan, 1 column, cut at height 2.5", byHeight.describe());
    assertEquals("diameter (largest manhattan distance inside the split cluster)", byHeight.heightLabel());
    for (DendrogramModelSpec spec : List.of(byCount, byHeight)) {
      MapSettings map = new MapSettings();
      spec.saveTo(map);
      assertEquals(spec, DendrogramModelSpec.loadFrom(map));
    }
    // after execution the spec of a cut by height knows its clusters
    assertEquals(List.of("cluster_0", "cluster_1"), small().model().spec().clusterNames().orElseThrow());
  }

  private static String loadFails(DendrogramModelContent model, String key, Object replacement) {
    MapSettings map = new MapSettings();
    SettingsWriter tamper = new Tamper(map, key, replacement);
    model.saveTo(tamper);
    return assertThrows(SettingsException.class, () -> DendrogramModelContent.loadFrom(map)).getMessage();
  }

  @Test
  public void damagedContentIsRefusedSayingWhatIsWrong() {
    DendrogramModelContent model = small().model();
    assertEquals("Dendrogram model: format version 2 is not known to this version of the extension (it reads "
        + "version 1); update the ClusterModels extension", loadFails(model, "format_version", 2));
    assertEquals("Option \"Dendrogram model\" (settings key \"row_keys\"): is missing from the settings",
        loadFails(model, "row_keys", null));
    assertEquals("Dendrogram model: 3 row keys for a tree of 4 rows", loadFails(model, "row_keys",
        new String[] {"a", "b", "c"}));
    assertEquals("Dendrogram model: merge 3 uses id 1, which an earlier merge already used", loadFails(model,
        "merge_right", new int[] {1, 3, 1}));
    assertEquals("Dendrogram model: 3 centre values for 2 clusters of 1 columns", loadFails(model, "centers",
        new double[] {1, 2, 3}));
    assertEquals("Dendrogram model: the cluster sizes sum to 5, not to the 4 rows", loadFails(model,
        "cluster_sizes", new int[] {2, 3}));
    assertEquals("Dendrogram model: the stored scaling is invalid: column 1 of a scaler without standardisation "
        + "has offset 0.5 and divisor 1.0; expected 0 and 1", loadFails(model, "offsets", new double[] {0.5}));
    assertTrue(loadFails(model, "divisors", new double[] {1, 1}).startsWith("Dendrogram model: the stored scaling "
        + "is invalid: a scaler needs one offset and one divisor per column"));
    assertTrue(loadFails(model, "metric", "canberra").startsWith("Option \"Dendrogram model spec\" (settings key "
        + "\"metric\"): unknown metric 'canberra'"));
    assertEquals("Dendrogram model: the cluster names of the cut are missing", loadFails(model, "cluster_names",
        null));
  }
}
