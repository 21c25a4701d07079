package org.clustermodels.knime.logic.kmeans;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.knime.logic.assign.RowAssignment;
import org.clustermodels.knime.logic.settings.MapSettings;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SkippingWriter;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.logic.table.Scaling;
import org.junit.Test;

public class KMeansModelContentTest {
  private static final Datasets.Table WINE = Datasets.csv("wine");

  private static KMeansLearnerResult fit(KMeansNodeSettings s) {
    return KMeansLearner.run(s, WINE.trainingRows(s.missingValues()), ProgressMonitor.none(), MemoryCheck.runtime());
  }

  @Test
  public void givenAFittedModel_whenSavedAndLoaded_thenItIsEqualAndAssignsAsBefore() throws SettingsException {
    KMeansLearnerResult r = fit(KMeansNodeSettings.builder().numClusters(4).scaling(Scaling.ZSCORE)
        .missingValues(MissingValuePolicy.MEAN).outlierFlag(true).outlierQuantile(0.95).build());
    MapSettings s = new MapSettings();
    r.model().saveTo(s);
    KMeansModelContent loaded = KMeansModelContent.loadFrom(s);
    assertEquals(r.model(), loaded);
    for (int i = 0; i < WINE.rows().length; i++) {
      RowAssignment a = loaded.assigner().assign(WINE.key(i), WINE.rows()[i]);
      RowAssignment b = r.row(i);
      assertEquals(b.label(), a.label());
      assertEquals(b.distance(), a.distance(), 0);
      assertEquals(b.outlier(), a.outlier());
    }
  }

  @Test
  public void givenAModel_whenSaved_thenTheTopLevelKeysAreTheDocumentedOnes() {
    MapSettings s = new MapSettings();
    fit(KMeansNodeSettings.builder().numClusters(2).algorithm(AlgorithmChoice.LLOYD).build()).model().saveTo(s);
    List<String> top = s.lines().stream().filter(l -> !l.startsWith(" ")).map(l -> l.split(" ")[0]).toList();
    assertEquals(List.of("formatVersion", "centreModel", "clusterSizes", "clusterSse", "inertia", "iterations",
        "converged", "algorithm"), top);
    assertEquals("formatVersion (int) = 1", s.lines().get(0));
    assertEquals("algorithm (string) = lloyd", s.lines().get(s.lines().size() - 1));
  }

  @Test
  public void givenAModelFromANewerFormat_whenLoaded_thenTheMessageAsksForAnUpdate() {
    MapSettings s = new MapSettings();
    fit(KMeansNodeSettings.defaults()).model().saveTo(new SkippingWriter(s, KMeansModelContent.KEY_FORMAT_VERSION));
    s.putInt(KMeansModelContent.KEY_FORMAT_VERSION, 2);
    SettingsException e = assertThrows(SettingsException.class, () -> KMeansModelContent.loadFrom(s));
    assertEquals("The k-means model was saved in format 2 by a newer version of the ClusterModels extension; this "
        + "version reads format 1. Update the extension.", e.getMessage());
  }

  @Test
  public void givenViewDataWithAScan_whenSavedAndLoaded_thenItIsEqual() throws SettingsException {
    KMeansViewData v = fit(KMeansNodeSettings.builder().autoK(true).kRange(2, 5).build()).viewData();
    assertEquals(4, v.scan().size());
    MapSettings s = new MapSettings();
    v.saveTo(s);
    assertEquals(v, KMeansViewData.loadFrom(s));
  }

  @Test
  public void givenAModel_whenItsSpecIsTaken_thenItNamesKindColumnsAndK() {
    KMeansModelContent m = fit(KMeansNodeSettings.defaults()).model();
    assertEquals("k-means", m.spec().kind());
    assertEquals(WINE.columns(), m.spec().columns());
    assertEquals(3, m.spec().numClusters());
  }
}
