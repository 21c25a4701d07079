package org.clustermodels.knime.logic.kmeans;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import org.clustermodels.core.data.Standardization;
import org.clustermodels.core.kmeans.InitMethod;
import org.clustermodels.core.kmeans.KMeansAlgorithm;
import org.clustermodels.core.kmeans.KMeansParams;
import org.clustermodels.knime.logic.settings.MapSettings;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SkippingWriter;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.logic.table.Scaling;
import org.junit.Test;

public class KMeansNodeSettingsTest {

  /** The frozen keys, types and defaults: changing this list breaks saved workflows. */
  @Test
  public void givenTheDefaults_whenSaved_thenTheKeysTypesAndValuesAreTheFrozenOnes() {
    MapSettings s = new MapSettings();
    KMeansNodeSettings.defaults().saveTo(s);
    assertEquals(List.of(
        "numClusters (int) = 3",
        "autoK (boolean) = false",
        "minClusters (int) = 2",
        "maxClusters (int) = 10",
        "init (string) = kmeans++",
        "algorithm (string) = auto",
        "restarts (int) = 10",
        "maxIterations (int) = 300",
        "tolerance (double) = 1.0E-4",
        "scaling (string) = none",
        "seed (long) = 0",
        "missingValues (string) = skip",
        "threads (int) = 0",
        "outlierFlag (boolean) = false",
        "outlierQuantile (double) = 0.99",
        "pmmlOutput (boolean) = true"), s.lines());
  }

  @Test
  public void givenEveryOptionChanged_whenSavedAndLoaded_thenTheSettingsAreEqual() throws SettingsException {
    KMeansNodeSettings s = KMeansNodeSettings.builder().numClusters(7).autoK(true).kRange(3, 12)
        .init(InitChoice.RANDOM).algorithm(AlgorithmChoice.ELKAN).restarts(4).maxIterations(50).tolerance(0)
        .scaling(Scaling.MINMAX).seed(-99L).missingValues(MissingValuePolicy.MEAN).threads(2).outlierFlag(true)
        .outlierQuantile(0.5).pmmlOutput(false).build();
    MapSettings m = new MapSettings();
    s.saveTo(m);
    KMeansNodeSettings loaded = KMeansNodeSettings.loadFrom(m);
    assertEquals(s, loaded);
    assertEquals(s, loaded.toBuilder().build());
  }

  @Test
  public void givenSettings_whenTurnedIntoCoreParameters_thenEachOptionArrives() {
    KMeansParams p = KMeansNodeSettings.builder().init(InitChoice.RANDOM).algorithm(AlgorithmChoice.LLOYD)
        .restarts(4).maxIterations(50).tolerance(0.5).scaling(Scaling.ZSCORE).seed(17).threads(2).build().params(5);
    assertEquals(5, p.numClusters());
    assertEquals(InitMethod.RANDOM, p.init());
    assertEquals(KMeansAlgorithm.LLOYD, p.algorithm());
    assertEquals(4, p.restarts());
    assertEquals(50, p.maxIterations());
    assertEquals(0.5, p.tolerance(), 0);
    assertEquals(Standardization.ZSCORE, p.standardization());
    assertEquals(17, p.seed());
    assertEquals(2, p.threads());
  }

  private static String invalid(KMeansNodeSettings.Builder b) {
    return assertThrows(SettingsException.class, () -> b.build().validate()).getMessage();
  }

  @Test
  public void givenValuesOutOfRange_whenValidated_thenTheMessageNamesTheOptionItsKeyAndTheValue() {
    KMeansNodeSettings d = KMeansNodeSettings.defaults();
    assertEquals("\"Number of clusters (k)\" (numClusters) must be at least 1, got 0.",
        invalid(d.toBuilder().numClusters(0)));
    assertEquals("\"Smallest k\" (minClusters) must be at least 2, got 1.", invalid(d.toBuilder().kRange(1, 5)));
    assertEquals("\"Largest k\" (maxClusters) must be at least \"Smallest k\" (minClusters) (4), got 3.",
        invalid(d.toBuilder().kRange(4, 3)));
    assertEquals("\"Restarts\" (restarts) must be at least 1, got 0.", invalid(d.toBuilder().restarts(0)));
    assertEquals("\"Maximum iterations\" (maxIterations) must be at least 1, got -1.",
        invalid(d.toBuilder().maxIterations(-1)));
    assertEquals("\"Tolerance\" (tolerance) must be a finite number >= 0, got NaN.",
        invalid(d.toBuilder().tolerance(Double.NaN)));
    assertEquals("\"Tolerance\" (tolerance) must be a finite number >= 0, got -0.1.",
        invalid(d.toBuilder().tolerance(-0.1)));
    assertEquals("\"Threads\" (threads) must be at least 0, got -2.", invalid(d.toBuilder().threads(-2)));
    assertEquals("\"Outlier quantile\" (outlierQuantile) must be between 0 and 1, got 1.5.",
        invalid(d.toBuilder().outlierQuantile(1.5)));
  }

  @Test
  public void givenStoredSettingsOutOfRange_whenLoaded_thenTheyAreRefused() {
    MapSettings m = new MapSettings();
    KMeansNodeSettings.defaults().toBuilder().restarts(0).build().saveTo(m);
    SettingsException e = assertThrows(SettingsException.class, () -> KMeansNodeSettings.loadFrom(m));
    assertEquals("\"Restarts\" (restarts) must be at least 1, got 0.", e.getMessage());
  }

  @Test
  public void givenAMissingKey_whenLoaded_thenTheMessageNamesTheOption() {
    MapSettings m = new MapSettings();
    KMeansNodeSettings.defaults().saveTo(new SkippingWriter(m, KMeansOption.SEED.key()));
    SettingsException e = assertThrows(SettingsException.class, () -> KMeansNodeSettings.loadFrom(m));
    assertEquals("The option \"Random seed\" (seed) cannot be read: Config for key \"seed\" not found.",
        e.getMessage());
  }

  @Test
  public void givenAnUnknownChoice_whenLoaded_thenTheMessageNamesTheOptionAndTheAllowedValues() {
    MapSettings m = new MapSettings();
    KMeansNodeSettings.defaults().saveTo(new SkippingWriter(m, KMeansOption.ALGORITHM.key()));
    m.putString(KMeansOption.ALGORITHM.key(), "fastest");
    SettingsException e = assertThrows(SettingsException.class, () -> KMeansNodeSettings.loadFrom(m));
    assertEquals("Option \"algorithm\": the value \"fastest\" is unknown; allowed: auto, lloyd, hamerly, elkan, "
        + "minibatch", e.getMessage());
  }
}
