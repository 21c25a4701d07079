package org.clustermodels.knime.logic.assign;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.clustermodels.core.distance.DistanceMetric;
import org.clustermodels.knime.logic.settings.MapSettings;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SkippingWriter;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.logic.table.RowEncoder;
import org.clustermodels.knime.logic.table.Scaling;
import org.junit.Test;

public class CentreModelTest {
  private static CentreModel model() {
    return CentreModel.of(RowEncoder.of(List.of("x", "y"), MissingValuePolicy.MEAN, new double[] {1, 2}),
        ColumnScaling.of(Scaling.ZSCORE, new double[] {1, 2}, new double[] {2, 4}),
        new double[][] {{-1, 0.5}, {1, -0.5}}, List.of("cluster_0", "cluster_1"), DistanceMetric.EUCLIDEAN);
  }

  @Test
  public void givenAModelWithAnOutlierRule_whenSavedAndLoaded_thenItIsEqualUnderTheDocumentedKeys()
      throws SettingsException {
    CentreModel m = model().withOutlierRule(0.95, new double[] {1.5, 2.5});
    MapSettings s = new MapSettings();
    m.saveTo(s);
    assertEquals(List.of("encoder (group)", "  columns (string[]) = [x, y]", "  missingValues (string) = mean",
        "  fillValues (double[]) = [1.0, 2.0]", "scaling (group)", "  scaling (string) = zscore",
        "  offsets (double[]) = [1.0, 2.0]", "  divisors (double[]) = [2.0, 4.0]",
        "centres (double[]) = [-1.0, 0.5, 1.0, -0.5]", "labels (string[]) = [cluster_0, cluster_1]",
        "metric (string) = euclidean", "hasOutlierRule (boolean) = true", "outlierQuantile (double) = 0.95",
        "outlierThresholds (double[]) = [1.5, 2.5]"), s.lines());
    CentreModel loaded = CentreModel.loadFrom(s);
    assertEquals(m, loaded);
    assertTrue(loaded.isOutlier(1, 2.6));
    assertFalse(loaded.isOutlier(1, 2.5));
  }

  @Test
  public void givenAModelWithoutOutlierRule_whenSavedAndLoaded_thenItHasNone() throws SettingsException {
    MapSettings s = new MapSettings();
    model().saveTo(s);
    CentreModel loaded = CentreModel.loadFrom(s);
    assertEquals(model(), loaded);
    assertFalse(loaded.hasOutlierRule());
  }

  @Test
  public void givenScaledCentres_whenAskedInOriginalUnits_thenTheScalingIsUndone() {
    assertArrayEquals(new double[] {-1 * 2 + 1, 0.5 * 4 + 2}, model().centresOriginalUnits()[0], 0);
  }

  @Test
  public void givenAnUnknownStoredMetric_whenLoaded_thenTheMessageListsTheMetrics() {
    MapSettings s = new MapSettings();
    model().saveTo(new SkippingWriter(s, CentreModel.KEY_METRIC));
    s.putString(CentreModel.KEY_METRIC, "mahalanobis");
    SettingsException e = assertThrows(SettingsException.class, () -> CentreModel.loadFrom(s));
    assertTrue(e.getMessage(), e.getMessage().startsWith("The cluster model is invalid: unknown metric "
        + "'mahalanobis'; the metrics are euclidean, sqeuclidean"));
  }

  @Test
  public void givenCentresThatDoNotFitTheColumns_whenLoaded_thenTheMessageSaysSo() {
    MapSettings s = new MapSettings();
    model().saveTo(new SkippingWriter(s, CentreModel.KEY_CENTRES));
    s.putDoubleArray(CentreModel.KEY_CENTRES, 1, 2, 3);
    SettingsException e = assertThrows(SettingsException.class, () -> CentreModel.loadFrom(s));
    assertEquals("The cluster model is invalid: 3 centre values for 2 labels and 2 columns", e.getMessage());
  }

  @Test
  public void givenTwoEqualLabels_whenAModelIsMade_thenItIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CentreModel.of(
        RowEncoder.of(List.of("x"), MissingValuePolicy.FAIL, null), ColumnScaling.none(1),
        new double[][] {{0}, {1}}, List.of("a", "a"), DistanceMetric.EUCLIDEAN));
    assertEquals("a label occurs twice: [a, a]", e.getMessage());
  }
}
