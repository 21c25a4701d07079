package org.clustermodels.knime.logic.port;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.clustermodels.core.data.DenseMatrix;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.hierarchy.LinkageMethod;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.knime.logic.assign.ClusterModelSpec;
import org.clustermodels.knime.logic.assign.NearestCentreAssigner;
import org.clustermodels.knime.logic.assign.RowAssignment;
import org.clustermodels.knime.logic.hierarchy.AgglomerativeNodeRun;
import org.clustermodels.knime.logic.hierarchy.AgglomerativeNodeSettings;
import org.clustermodels.knime.logic.hierarchy.ClusterCut;
import org.clustermodels.knime.logic.hierarchy.DendrogramModelSpec;
import org.clustermodels.knime.logic.kmeans.KMeansLearner;
import org.clustermodels.knime.logic.kmeans.KMeansNodeSettings;
import org.clustermodels.knime.logic.settings.MapSettings;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.logic.table.TrainingRows;
import org.junit.Test;

/** The model port's content: both kinds round-trip, apply to new rows as before, and an unknown kind is named. */
public class ClusterModelContentTest {
  /** Two groups far apart on a line: rows a, b, c near 0 and d, e near 10. */
  private static final double[][] ROWS = {{0, 1}, {1, 0}, {0.5, 0.5}, {10, 11}, {11, 10}};
  private static final String[] KEYS = {"a", "b", "c", "d", "e"};
  private static final List<String> COLUMNS = List.of("x", "y");

  private static ClusterModelContent kmeans() {
    TrainingRows.Builder b = TrainingRows.builder(COLUMNS, MissingValuePolicy.SKIP_ROWS, MemoryCheck.runtime());
    for (int i = 0; i < ROWS.length; i++) {
      b.add(KEYS[i], ROWS[i]);
    }
    return ClusterModelContent.of(KMeansLearner.run(KMeansNodeSettings.builder().numClusters(2).build(), b.build(),
        ProgressMonitor.none(), MemoryCheck.runtime()).model());
  }

  private static AgglomerativeNodeSettings wardByCount() {
    return AgglomerativeNodeSettings.builder().linkage(LinkageMethod.WARD).cut(ClusterCut.byCount(2))
        .scaling(Standardization.ZSCORE).build();
  }

  private static ClusterModelContent dendrogram() {
    return ClusterModelContent.of(AgglomerativeNodeRun.run(wardByCount(), DenseMatrix.of(ROWS), KEYS,
        COLUMNS.toArray(new String[0]), ProgressMonitor.none(), MemoryCheck.runtime()).model());
  }

  private static ClusterModelContent roundTrip(ClusterModelContent c) throws SettingsException {
    MapSettings s = new MapSettings();
    c.saveTo(s);
    return ClusterModelContent.loadFrom(s);
  }

  @Test
  public void bothKindsComeBackAndAssignNewRowsAsBefore() throws SettingsException {
    for (ClusterModelContent c : List.of(kmeans(), dendrogram())) {
      ClusterModelContent loaded = roundTrip(c);
      assertEquals(c.kind(), loaded.kind());
      assertEquals(c.summary(), loaded.summary());
      double[] near0 = {0.2, 0.1};
      double[] near10 = {10.5, 10.4};
      RowAssignment a0 = NearestCentreAssigner.of(loaded.centreModel()).assign("n0", near0);
      RowAssignment a10 = NearestCentreAssigner.of(loaded.centreModel()).assign("n10", near10);
      assertTrue(c.kind(), a0.cluster() != a10.cluster());
      // the row with the same group as training row "a" lands in a's cluster
      assertEquals(NearestCentreAssigner.of(c.centreModel()).assign("a", ROWS[0]).label(), a0.label());
      assertEquals(NearestCentreAssigner.of(c.centreModel()).assign("n10", near10).distance(), a10.distance(), 0);
    }
    assertEquals("k-means", kmeans().kind());
    assertEquals("agglomerative", dendrogram().kind());
    assertTrue(kmeans().kmeans().isPresent() && kmeans().dendrogram().isEmpty());
    assertTrue(roundTrip(dendrogram()).dendrogram().isPresent());
  }

  @Test
  public void theSpecPromisedAtConfigureMatchesTheModelsSpec() {
    ClusterModelSpec promised = ClusterModelContent.specOf(DendrogramModelSpec.of(wardByCount(), COLUMNS),
        Standardization.ZSCORE);
    ClusterModelSpec actual = dendrogram().spec();
    assertEquals(actual.kind(), promised.kind());
    assertEquals(actual.columns(), promised.columns());
    assertEquals(List.of("cluster_0", "cluster_1"), promised.labels());
    assertEquals(actual.labels(), promised.labels());
    assertEquals(actual.scaling(), promised.scaling());
    assertEquals(actual.metric(), promised.metric());
  }

  @Test
  public void anUnknownKindIsNamed() {
    MapSettings s = new MapSettings();
    s.putString(ClusterModelContent.KEY_KIND, "k-medoids");
    s.addChild(ClusterModelContent.KEY_MODEL);
    assertThat(assertThrows(SettingsException.class, () -> ClusterModelContent.loadFrom(s)).getMessage(),
        containsString("unknown kind \"k-medoids\""));
  }

  @Test
  public void theSummaryNamesKindClustersAndCut() {
    assertEquals("k-means model: 2 clusters of 2 columns", kmeans().summary());
    assertEquals("agglomerative model: 2 clusters of 2 columns, cut at 2 clusters, 5 rows in the tree",
        dendrogram().summary());
  }
}
